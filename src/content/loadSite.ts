import siteFiles from 'virtual:site-files';
import type { Site } from './schema';

// Each site's file, once loaded: a page shown again (or prepared before the first render) renders at once.
const loaded = new Map<string, Site | null>();

/**
 * One site in full, loaded on demand (its own chunk): checked and parsed by the Site schema at build time
 * (scripts/parsedSites.ts). undefined for an unknown id, null for a file that failed the check. A module
 * of its own (not in siteIndex) so the map's first chunks do not carry the 21 loaders.
 */
export async function loadSite(id: string): Promise<Site | null | undefined> {
  const loader = Object.hasOwn(siteFiles, id) ? siteFiles[id] : undefined;
  if (!loader) return undefined;
  const text = (await loader()).default;
  const site = text === null ? null : (JSON.parse(text) as Site);
  loaded.set(id, site);
  return site;
}

/** A site `loadSite` has already loaded (null: its file failed the check); undefined until then. */
export function loadedSite(id: string): Site | null | undefined {
  return loaded.get(id);
}
