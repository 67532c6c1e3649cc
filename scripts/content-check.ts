/** npm run content:check [-- <content dir> <public dir>]: validates every content file and reference. */

import { formatProblem, validateContent } from '../src/content/validate';
import { readContentBundle } from './readContentBundle';

const contentDir = process.argv[2] ?? 'content';
const publicDir = process.argv[3] ?? 'public';

const bundle = readContentBundle(contentDir, publicDir);
const { problems, siteCount } = validateContent(bundle);
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  `content:check: ${siteCount} valid site(s) of ${bundle.sites.length}, ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
