/**
 * The runtime caches the service worker fills with media (CacheFirst), one per folder of `public/`.
 * Shared by vite.config.ts (Workbox runtimeCaching) and the kiosk precache (src/offline/serviceWorker.ts),
 * so both put a file in the same cache. Pure data: no DOM, no Node.
 */
export interface MediaCache {
  /** URL path prefix under the app's base, e.g. `models/`. */
  prefix: string;
  cacheName: string;
  /** Generous limits: a kiosk keeps everything; an online visitor keeps what they viewed. */
  maxEntries: number;
  /** Audio is fetched with Range requests: serve slices of the cached file. */
  rangeRequests?: boolean;
}

export const MEDIA_CACHES: readonly MediaCache[] = [
  { prefix: 'models/', cacheName: 'xl3d-models', maxEntries: 200 },
  { prefix: 'posters/', cacheName: 'xl3d-posters', maxEntries: 400 },
  { prefix: 'panoramas/', cacheName: 'xl3d-panoramas', maxEntries: 2000 },
  { prefix: 'map/', cacheName: 'xl3d-map', maxEntries: 2000 },
  { prefix: 'decoders/', cacheName: 'xl3d-decoders', maxEntries: 50 },
  { prefix: 'narration/', cacheName: 'xl3d-narration', maxEntries: 2000, rangeRequests: true },
  // Web fonts not in the app-shell precache (the Chinese subsets): cached as they are used.
  { prefix: 'assets/', cacheName: 'xl3d-fonts', maxEntries: 1000 },
];

/** Media caches expire after 60 days without use (a kiosk re-checks its list on every online start). */
export const MEDIA_MAX_AGE_SECONDS = 60 * 24 * 3600;

/** Where a file of the kiosk list is cached: `models/x.glb` → xl3d-models; null for the precached shell. */
export function cacheNameFor(path: string): string | null {
  const p = path.replace(/^\//, '');
  if (p.startsWith('assets/')) return p.endsWith('.woff2') ? 'xl3d-fonts' : null;
  return MEDIA_CACHES.find((c) => p.startsWith(c.prefix))?.cacheName ?? null;
}

/** The build's list of what a kiosk caches (dist/kiosk-precache.json). */
export interface KioskPrecacheManifest {
  version: 1;
  /** Sum of `files[].size`, bytes. */
  bytes: number;
  files: { url: string; size: number; hash: string }[];
}

export const KIOSK_PRECACHE_FILE = 'kiosk-precache.json';
