import { SITES } from '../content/siteIndex';
import { type BusinessData, resolveBusinesses } from './resolveBusinesses';

declare global {
  interface Window {
    /** Test and benchmark hook: a registry export (same JSON as the live feed) used instead of the real data. */
    __xl3dBusinessOverride?: unknown;
  }
}

/** Loads the businesses once per page load: override, live feed (VITE_BUSINESS_FEED_URL) or the bundle. */
export function loadBusinesses(): Promise<BusinessData> {
  return resolveBusinesses({
    override: typeof window === 'undefined' ? undefined : window.__xl3dBusinessOverride,
    feedUrl: import.meta.env.VITE_BUSINESS_FEED_URL as string | undefined,
    // A separate chunk: the map page's first JS never carries the registry.
    loadBundled: async () => (await import('../../content/businesses.json')).default,
    sites: SITES,
  });
}
