/**
 * The app's service worker, seen from the page (docs/offline-and-signs.md).
 *
 * - Everyone: the app shell is precached by the worker (built by vite-plugin-pwa, see vite.config.ts) and
 *   media is cached as it is viewed.
 * - Kiosk (`?mode=kiosk`): `precacheKioskMedia()` also caches every file listed in the build's
 *   kiosk-precache.json (models, posters, panoramas, map data and terrain, decoders, narration, fonts),
 *   so the kiosk keeps working offline, reloads included. The kiosk checks for a new version every
 *   30 minutes; `updateWaiting()` tells the kiosk shell one is ready and `applyUpdate()` installs it
 *   (call it while the attract loop runs).
 */
import { Workbox } from 'workbox-window';
import { create } from 'zustand';
import { cacheNameFor, KIOSK_PRECACHE_FILE, type KioskPrecacheManifest } from './mediaCaches';

export interface KioskPrecacheProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  failed: number;
  /** The first files that could not be cached, with the reason. */
  failedFiles: string[];
}

export interface OfflineState {
  /** `unsupported`: no service worker (dev server, old browser, blocked); `active`: the worker runs. */
  worker: 'unsupported' | 'registering' | 'active' | 'error';
  /** True once the page is controlled by the worker (from the second load, or after the first install). */
  controlled: boolean;
  /** A new version is installed and waits for `applyUpdate()`. */
  updateWaiting: boolean;
  kioskPrecache: { status: 'idle' | 'running' | 'done' | 'error'; progress: KioskPrecacheProgress | null };
}

export const useOfflineStore = create<OfflineState>(() => ({
  worker: 'unsupported',
  controlled: false,
  updateWaiting: false,
  kioskPrecache: { status: 'idle', progress: null },
}));

declare global {
  interface Window {
    /** Test hook: the service worker and kiosk precache state. */
    __xl3dOffline?: OfflineState;
  }
}
if (typeof window !== 'undefined') {
  window.__xl3dOffline = useOfflineStore.getState();
  useOfflineStore.subscribe((s) => {
    window.__xl3dOffline = s;
  });
}

const BASE = import.meta.env.BASE_URL;
const KIOSK_FLAG = 'xl3d.kioskMode';
/** Where the kiosk keeps the hashes of what it cached, to refresh only files that changed. */
const KIOSK_META_CACHE = 'xl3d-kiosk-meta';
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/** Kiosk mode: `?mode=kiosk` in the URL, remembered for the tab so a reload of a deep page keeps it. */
export function isKioskLaunch(search: string = location.search): boolean {
  const mode = new URLSearchParams(search).get('mode');
  try {
    if (mode === 'kiosk') sessionStorage.setItem(KIOSK_FLAG, '1');
    else if (mode) sessionStorage.removeItem(KIOSK_FLAG);
    return mode === 'kiosk' || sessionStorage.getItem(KIOSK_FLAG) === '1';
  } catch {
    return mode === 'kiosk';
  }
}

let wb: Workbox | null = null;
let registered: Promise<void> | null = null;

/**
 * Registers the service worker once the page has loaded (production builds only). In kiosk mode it then
 * caches every kiosk file and checks for new versions periodically. Never throws.
 */
export function registerAppServiceWorker({ kiosk }: { kiosk: boolean }): Promise<void> {
  if (registered) return registered;
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    registered = Promise.resolve();
    return registered;
  }
  const set = useOfflineStore.setState;
  set({ worker: 'registering', controlled: Boolean(navigator.serviceWorker.controller) });
  const workbox = new Workbox(`${BASE}sw.js`, { scope: BASE });
  wb = workbox;
  workbox.addEventListener('waiting', () => set({ updateWaiting: true }));
  navigator.serviceWorker.addEventListener('controllerchange', () => set({ controlled: true }));

  registered = (async () => {
    try {
      // Waits for the window's load event: the worker's own downloads never compete with first paint.
      const registration = await workbox.register();
      if (!registration) throw new Error('service worker not registered');
      await navigator.serviceWorker.ready;
      set({ worker: 'active' });
      if (registration.waiting && navigator.serviceWorker.controller) set({ updateWaiting: true });
    } catch {
      set({ worker: 'error' });
      return;
    }
    if (!kiosk) return;
    void navigator.storage?.persist?.().catch(() => false);
    void precacheKioskMedia().catch(() => undefined);
    const check = () => {
      if (navigator.onLine) void workbox.update().catch(() => undefined);
    };
    window.setInterval(check, UPDATE_CHECK_MS);
    window.addEventListener('online', () => {
      check();
      // Finish a precache that the network cut short.
      if (useOfflineStore.getState().kioskPrecache.status === 'error')
        void precacheKioskMedia().catch(() => undefined);
    });
  })();
  return registered;
}

/** Whether a new version is installed and waiting (kiosk: apply it during the attract loop). */
export function updateWaiting(): boolean {
  return useOfflineStore.getState().updateWaiting;
}

/** Calls `listener` whenever `updateWaiting()` changes; returns the unsubscribe function. */
export function subscribeUpdateWaiting(listener: (waiting: boolean) => void): () => void {
  return useOfflineStore.subscribe((s, prev) => {
    if (s.updateWaiting !== prev.updateWaiting) listener(s.updateWaiting);
  });
}

/** Asks the service worker for a new version now (the kiosk also does it every 30 minutes). */
export async function checkForUpdate(): Promise<void> {
  await wb?.update();
}

/** Activates the waiting version and reloads the page into it. Resolves only if nothing was waiting. */
export async function applyUpdate(): Promise<void> {
  if (!wb || !updateWaiting()) return;
  const workbox = wb;
  await new Promise<void>((resolve) => {
    // A controlled page switches to the new worker ("controlling"); an uncontrolled one just reloads.
    const timer = window.setTimeout(resolve, 4000);
    workbox.addEventListener('controlling', () => {
      window.clearTimeout(timer);
      resolve();
    });
    workbox.messageSkipWaiting();
  });
  location.reload();
  await new Promise(() => undefined);
}

let precacheRun: Promise<KioskPrecacheProgress> | null = null;

/**
 * Caches every file of the build's kiosk list in the worker's runtime caches (same cache names, so the
 * worker serves them offline). Files already cached with the same content hash are skipped, changed ones
 * are replaced and files no longer listed are removed. Rejects when the list cannot be fetched (offline).
 */
export function precacheKioskMedia(
  onProgress?: (p: KioskPrecacheProgress) => void,
): Promise<KioskPrecacheProgress> {
  if (precacheRun) return precacheRun;
  const set = (status: OfflineState['kioskPrecache']['status'], progress: KioskPrecacheProgress | null) =>
    useOfflineStore.setState({ kioskPrecache: { status, progress } });
  precacheRun = (async () => {
    if (typeof caches === 'undefined') throw new Error('Cache Storage is not available');
    set('running', null);
    const listUrl = `${BASE}${KIOSK_PRECACHE_FILE}`;
    const res = await fetch(listUrl, { cache: 'no-store' });
    if (!res.ok) throw new Error(`${listUrl}: HTTP ${res.status}`);
    const list = (await res.json()) as KioskPrecacheManifest;
    const meta = await caches.open(KIOSK_META_CACHE);
    const previous = new Map<string, string>(
      Object.entries(((await (await meta.match(listUrl))?.json()) ?? {}) as Record<string, string>),
    );
    const open = new Map<string, Promise<Cache>>();
    const cacheFor = (name: string) => {
      let c = open.get(name);
      if (!c) {
        c = caches.open(name);
        open.set(name, c);
      }
      return c;
    };
    const progress: KioskPrecacheProgress = {
      done: 0,
      total: list.files.length,
      bytesDone: 0,
      bytesTotal: list.bytes,
      failed: 0,
      failedFiles: [],
    };
    const cached = new Map<string, string>();
    // Saved as the run goes too: a kiosk reset (a page reload) resumes the precache instead of restarting it.
    const saveMeta = (entries: Iterable<[string, string]>) =>
      meta.put(
        listUrl,
        new Response(JSON.stringify(Object.fromEntries(entries)), {
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    const queue = [...list.files];
    const step = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const name = cacheNameFor(file.url);
        if (name) {
          try {
            const cache = await cacheFor(name);
            const hit = await cache.match(file.url);
            if (!hit || previous.get(file.url) !== file.hash) {
              // Drop a stale copy first: a controlled page's fetch goes through the worker's CacheFirst.
              if (hit) await cache.delete(file.url);
              const r = await fetch(file.url, { cache: 'no-cache' });
              if (!r.ok) throw new Error(`HTTP ${r.status}`);
              await cache.put(file.url, r);
            }
            cached.set(file.url, file.hash);
          } catch (e) {
            progress.failed++;
            if (progress.failedFiles.length < 20) progress.failedFiles.push(`${file.url}: ${String(e)}`);
          }
        }
        progress.done++;
        progress.bytesDone += file.size;
        if (progress.done % 40 === 0) await saveMeta([...previous, ...cached]);
        onProgress?.({ ...progress });
        set('running', { ...progress });
      }
    };
    await Promise.all([step(), step(), step(), step()]);
    // Files no longer in the list (removed or renamed media) leave the kiosk's caches.
    for (const url of previous.keys()) {
      const name = cacheNameFor(url);
      if (!list.files.some((f) => f.url === url) && name) await (await cacheFor(name)).delete(url);
    }
    await saveMeta(cached);
    set(progress.failed ? 'error' : 'done', { ...progress });
    return progress;
  })();
  precacheRun
    .catch(() => set('error', useOfflineStore.getState().kioskPrecache.progress))
    .finally(() => {
      precacheRun = null;
    });
  return precacheRun;
}
