/** In-browser measurements (Playwright + CDP) against the bench server. */
import { extname } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { BenchServer } from './server';
import { fileSizes, type Sizes, sumSizes } from './sizes';

export type ProfileName = 'desktop' | 'mobile';

export const PROFILES: Record<ProfileName, { viewport: { width: number; height: number }; mobile: boolean }> =
  {
    desktop: { viewport: { width: 1440, height: 900 }, mobile: false },
    mobile: { viewport: { width: 390, height: 844 }, mobile: true },
  };

/** Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4× CPU slowdown, like Lighthouse's mobile. */
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
export const MOBILE_CPU_RATE = 4;

export interface Bytes {
  js: Sizes;
  css: Sizes;
  /** Files requested (paths as served). */
  files: string[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Index into server.log where the current phase started. */
  mark: number;
}

/** Records the first MapLibre `idle` exactly: hooks the assignment of window.__xl3dMap. */
const INIT_SCRIPT = `(() => {
  let current;
  window.__bench = { mapIdleAt: null, mapIdleWall: null, mapCreatedAt: null };
  Object.defineProperty(window, '__xl3dMap', {
    configurable: true,
    get() { return current; },
    set(m) {
      current = m;
      if (m && window.__bench.mapCreatedAt === null) {
        window.__bench.mapCreatedAt = performance.now();
        m.once('idle', () => { window.__bench.mapIdleAt = performance.now(); window.__bench.mapIdleWall = Date.now(); });
      }
    },
  });
})();`;

export async function openSession(browser: Browser, profile: ProfileName): Promise<Session> {
  const p = PROFILES[profile];
  const context = await browser.newContext({
    viewport: p.viewport,
    isMobile: p.mobile,
    // No touch: a touch phone starts on posters (src/app/posterFirst.ts); these figures time the live engines.
    hasTouch: false,
    deviceScaleFactor: p.mobile ? 2 : 1,
    serviceWorkers: 'block',
    locale: 'en-US',
  });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile === 'mobile') {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_CPU_RATE });
  }
  return { context, page, cdp, mark: 0 };
}

/** JS/CSS files the server sent since `from` (includes worker scripts, which page events may miss). */
export function bytesSince(server: BenchServer, from: number, until = Number.POSITIVE_INFINITY): Bytes {
  const entries = server.log.slice(from).filter((e) => e.at <= until && e.file);
  const js = new Map<string, string>();
  const css = new Map<string, string>();
  for (const e of entries) {
    const ext = extname(e.file ?? '');
    if (['.js', '.mjs', '.cjs'].includes(ext)) js.set(e.path, e.file ?? '');
    else if (ext === '.css') css.set(e.path, e.file ?? '');
  }
  return {
    js: sumSizes([...js.values()].map((f) => fileSizes(f))),
    css: sumSizes([...css.values()].map((f) => fileSizes(f))),
    files: [...js.keys(), ...css.keys()],
  };
}

export const EMPTY_BYTES: Bytes = {
  js: { raw: 0, gzip: 0, brotli: 0 },
  css: { raw: 0, gzip: 0, brotli: 0 },
  files: [],
};

/** JS and CSS whose response ended before the first contentful paint (resource timing). */
export async function bytesBeforeFcp(
  page: Page,
  server: BenchServer,
  resolveFile: (path: string) => string | null,
): Promise<{ fcp: number | null; bytes: Bytes }> {
  const { fcp, res } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    res: performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
  }));
  void server;
  if (fcp === null) return { fcp, bytes: EMPTY_BYTES };
  const js: string[] = [];
  const css: string[] = [];
  for (const r of res) {
    if (r.end > fcp) continue;
    const path = new URL(r.name).pathname;
    const file = resolveFile(path);
    if (!file) continue;
    if (/\.m?js$/.test(path)) js.push(file);
    else if (path.endsWith('.css')) css.push(file);
  }
  // The entry script itself may not be in resource timing when it came with the document; add index.html's.
  return {
    fcp,
    bytes: {
      js: sumSizes([...new Set(js)].map((f) => fileSizes(f))),
      css: sumSizes([...new Set(css)].map((f) => fileSizes(f))),
      files: [...new Set([...js, ...css])],
    },
  };
}

export async function waitValue<T>(
  page: Page,
  fn: string,
  arg: unknown,
  timeout: number,
): Promise<{ value: T | null; error: string | null }> {
  try {
    // The condition is source text (it names page globals the app declares); compile it in the page.
    const handle = await page.waitForFunction(
      ({ src, value }) => {
        const f = new Function('value', `return (${src})(value);`) as (a: unknown) => unknown;
        return f(value);
      },
      { src: fn, value: arg },
      { timeout, polling: 50 },
    );
    return { value: (await handle.jsonValue()) as T, error: null };
  } catch (e) {
    return { value: null, error: (e as Error).message.split('\n')[0] ?? 'error' };
  }
}

/** CDP heap (after a forced GC), DOM counters and the renderer's counts. */
export async function memorySnapshot(s: Session) {
  await s.cdp.send('HeapProfiler.enable');
  await s.cdp.send('HeapProfiler.collectGarbage');
  await s.page.waitForTimeout(200);
  await s.cdp.send('HeapProfiler.collectGarbage');
  const heap = (await s.cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  const dom = (await s.cdp.send('Memory.getDOMCounters')) as {
    documents: number;
    nodes: number;
    jsEventListeners: number;
  };
  const page = await s.page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    gpu: window.__xl3dViewer?.memory() ?? null,
    url: location.pathname,
  }));
  return {
    heapUsed: heap.usedSize,
    domNodes: dom.nodes,
    documents: dom.documents,
    listeners: dom.jsEventListeners,
    elements: page.elements,
    geometries: page.gpu?.geometries ?? null,
    textures: page.gpu?.textures ?? null,
    url: page.url,
  };
}
export type MemorySnapshot = Awaited<ReturnType<typeof memorySnapshot>>;
