import siteFiles from 'virtual:site-files';
import type { Site } from './schema';

/**
 * One site in full, loaded on demand (its own chunk): checked and parsed by the Site schema at build time
 * (scripts/parsedSites.ts). undefined for an unknown id, null for a file that failed the check. A module
 * of its own (not in siteIndex) so the map's first chunks do not carry the 21 loaders.
 */
export async function loadSite(id: string): Promise<Site | null | undefined> {
  const loader = Object.hasOwn(siteFiles, id) ? siteFiles[id] : undefined;
  if (!loader) return undefined;
  const text = (await loader()).default;
  return text === null ? null : (JSON.parse(text) as Site);
}
