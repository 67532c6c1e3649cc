import { Business } from '../content/businessSchema';
import { parseRegistryFeed } from './parseRegistryFeed';
import type { Located } from './registryTypes';

/** The businesses the app shows, and where they came from. */
export interface BusinessData {
  businesses: Business[];
  /** Shown as "Demo data" wherever the businesses appear. */
  demo: boolean;
  origin: 'bundled' | 'feed' | 'override';
}

export interface ResolveOptions {
  /** Test hook (window.__xl3dBusinessOverride): a registry export used instead of feed and bundle. */
  override?: unknown;
  /** VITE_BUSINESS_FEED_URL. */
  feedUrl?: string | undefined;
  /** Fetches and parses JSON; rejects on HTTP errors. Injected for tests. */
  fetchJson?: (url: string, signal: AbortSignal) => Promise<unknown>;
  timeoutMs?: number;
  /** content/businesses.json, loaded on demand (its own chunk). */
  loadBundled: () => Promise<unknown>;
  /** For the businesses' nearSiteIds. */
  sites: readonly Located[];
}

export const FEED_TIMEOUT_MS = 8000;

async function defaultFetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/** Rejects after `ms`, aborting the request. */
async function withTimeout<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The bundled file, entry by entry: a bad entry is dropped, never the whole directory. */
export function readBundled(json: unknown): BusinessData {
  const file = (json ?? {}) as { demo?: unknown; businesses?: unknown };
  const list = Array.isArray(file.businesses) ? file.businesses : [];
  const businesses: Business[] = [];
  for (const entry of list) {
    const parsed = Business.safeParse(entry);
    if (parsed.success) businesses.push(parsed.data);
  }
  return { businesses, demo: file.demo === true, origin: 'bundled' };
}

/**
 * Test override, else the live feed (validated, with a timeout), else the bundled data. A feed that
 * fails, times out or has no valid entry falls back to the bundle; the reason goes to the console.
 */
export async function resolveBusinesses(options: ResolveOptions): Promise<BusinessData> {
  const { sites } = options;
  if (options.override !== undefined) {
    const feed = parseRegistryFeed(options.override, { sites });
    if (feed.businesses.length > 0)
      return { businesses: feed.businesses, demo: feed.demo, origin: 'override' };
  }
  if (options.feedUrl) {
    const fetchJson = options.fetchJson ?? defaultFetchJson;
    const url = options.feedUrl;
    try {
      const json = await withTimeout(options.timeoutMs ?? FEED_TIMEOUT_MS, (signal) =>
        fetchJson(url, signal),
      );
      const feed = parseRegistryFeed(json, { sites });
      if (feed.problems.length > 0) {
        console.warn(`business feed: ${feed.problems.length} entr(ies) left out`, feed.problems.slice(0, 5));
      }
      if (feed.businesses.length > 0) return { businesses: feed.businesses, demo: feed.demo, origin: 'feed' };
      console.warn('business feed: no valid business; using the bundled data');
    } catch (error) {
      console.warn('business feed unavailable; using the bundled data:', error);
    }
  }
  return readBundled(await options.loadBundled());
}
