/** npm run content:check [-- <content dir> <public dir>]: validates every content file, reference and model. */
import { formatProblem, validateContent } from '../src/content/validate';
import { checkModels, MODEL_BUDGET } from './checkModels';
import { checkNarrationCaptions } from './checkNarrationCaptions';
import { readContentBundle } from './readContentBundle';

const contentDir = process.argv[2] ?? 'content';
const publicDir = process.argv[3] ?? 'public';

const bundle = readContentBundle(contentDir, publicDir);
const { problems, siteCount } = validateContent(bundle);
const models = await checkModels(bundle, publicDir);
problems.push(...models.problems, ...checkNarrationCaptions(bundle, publicDir));

if (models.rows.length > 0) {
  console.log(
    `models (budget ${MODEL_BUDGET.bytes / 1048576} MB, ${MODEL_BUDGET.triangles / 1000}k triangles):`,
  );
  for (const r of models.rows) {
    console.log(
      `  ${r.site.padEnd(30)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${String(r.triangles).padStart(8)} triangles  validator: ${r.errors} error(s), ${r.warnings} warning(s)`,
    );
  }
}
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  `content:check: ${siteCount} valid site(s) of ${bundle.sites.length}, ${models.rows.length} model(s) checked, ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
