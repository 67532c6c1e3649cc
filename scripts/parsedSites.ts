/**
 * `virtual:site-files`: a loader per site of content/sites, each its own chunk holding the site as the
 * Site schema parsed it at build time (defaults filled in). The browser then only runs JSON.parse: the
 * schema's check of a whole site cost a phone about 50 ms of main thread on every site page.
 * An invalid file becomes `null` (the page says the site cannot be shown) and a build warning names it.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { Site } from '../src/content/schema.ts';
import { listSiteFiles } from './readContentBundle.ts';

export const SITE_FILES_ID = 'virtual:site-files';
const RESOLVED = `\0${SITE_FILES_ID}`;
const SITE_PREFIX = 'virtual:site/';

/** The module id of one site's chunk, as it appears in the bundle (routePreloads looks it up). */
export const siteModuleId = (id: string) => `\0${SITE_PREFIX}${id}`;

/** One site file's module: the parsed site as a JSON string, or null with the problems found. */
export function parsedSiteModule(data: unknown): { code: string; problems: string[] } {
  const parsed = Site.safeParse(data);
  if (parsed.success)
    return { code: `export default ${JSON.stringify(JSON.stringify(parsed.data))};`, problems: [] };
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  return { code: 'export default null;', problems };
}

export function parsedSitesPlugin(contentDir = 'content/sites'): Plugin {
  const dir = resolve(contentDir);
  const fileOf = (id: string) => resolve(dir, `${id}.json`);
  return {
    name: 'xl3d-parsed-sites',
    resolveId(id) {
      if (id === SITE_FILES_ID) return RESOLVED;
      return id.startsWith(SITE_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === RESOLVED) {
        const ids = listSiteFiles(dir).map((f) => basename(f, '.json'));
        // Each file is watched (a directory cannot be: the dev server would treat it as an import).
        for (const s of ids) this.addWatchFile(fileOf(s));
        const entries = ids.map(
          (s) => `${JSON.stringify(s)}: () => import(${JSON.stringify(SITE_PREFIX + s)})`,
        );
        return `export default {${entries.join(',\n')}};`;
      }
      if (!id.startsWith(`\0${SITE_PREFIX}`)) return null;
      const siteId = id.slice(SITE_PREFIX.length + 1);
      const file = fileOf(siteId);
      this.addWatchFile(file);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        this.warn(
          `${relative(process.cwd(), file)} is not valid JSON and will not show: ${(e as Error).message}`,
        );
        return 'export default null;';
      }
      const { code, problems } = parsedSiteModule(data);
      if (problems.length > 0)
        this.warn(
          `${relative(process.cwd(), file)} is not a valid site and will not show: ${problems.slice(0, 5).join('; ')}`,
        );
      return code;
    },
  };
}
