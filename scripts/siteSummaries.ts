/**
 * `virtual:site-summaries`: what the map and the site list need of every site, projected from
 * content/sites/*.json at build time, so the first chunks carry only these fields (not a site's media
 * credits, nor its location's sources and error estimates). The full files load with their pages.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readSiteFiles } from './readContentBundle.ts';

export const SITE_SUMMARIES_ID = 'virtual:site-summaries';
const RESOLVED = `\0${SITE_SUMMARIES_ID}`;

interface SiteFile {
  id?: unknown;
  tier?: unknown;
  category?: unknown;
  name?: unknown;
  summary?: unknown;
  area?: unknown;
  location?: { lat?: unknown; lng?: unknown; precision?: unknown };
  media?: { kind?: unknown; poster?: unknown }[];
}

/** One site's summary, or null when a field is missing (content:check reports the file). */
export function summarize(site: SiteFile | null | undefined): Record<string, unknown> | null {
  if (!site || typeof site !== 'object') return null;
  const { id, tier, category, name, summary, area, location } = site;
  if (!id || !tier || !category || !name || !summary || !area || !location) return null;
  const { lat, lng, precision } = location;
  if (typeof lat !== 'number' || typeof lng !== 'number') return null;
  const poster = site.media?.find((m) => m.kind === 'model')?.poster;
  return {
    id,
    tier,
    category,
    name,
    summary,
    area,
    location: { lat, lng, precision },
    ...(typeof poster === 'string' ? { poster } : {}),
  };
}

export function siteSummariesPlugin(contentDir = 'content/sites'): Plugin {
  return {
    name: 'xl3d-site-summaries',
    resolveId(id) {
      return id === SITE_SUMMARIES_ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      // A broken file is left out here; content:check names it.
      const summaries = readSiteFiles(resolve(contentDir)).flatMap(({ file, data }) => {
        this.addWatchFile(file);
        const s = summarize(data as SiteFile);
        return s ? [s] : [];
      });
      return `export default ${JSON.stringify(summaries)};`;
    },
  };
}
