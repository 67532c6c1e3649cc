/**
 * `npm run bench [-- options]`: the performance lab (issue 8). Builds the app into bench/.dist, serves it
 * with the peer pages, measures in headless Chromium and writes bench/results.json and bench/REPORT.md.
 *
 * Options:
 *   --quick            1 run per figure, 40 soak switches, no mobile Lighthouse desktop pair (≈3 min)
 *   --runs N           runs per timed figure (default 5)
 *   --soak N           soak switches (default 300)
 *   --check            exit 1 when a budget of bench/budgets.ts is broken
 *   --no-build         reuse bench/.dist
 *   --no-mobile        skip the mobile (slow 4G + 4× CPU) profile
 *   --no-lighthouse    skip Lighthouse
 *   --no-soak          skip the soak
 *   --site ID          site page to measure (default dong-tam-thanh)
 *   --port N           server port (default 4300; the bench uses 4300–4319)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser';
import { BUDGETS } from './budgets';
import { type BundleRow, bundleTable, measureBundle } from './checkBundle';
import { kioskPrecache, readSites, type SceneInfo } from './lib/content';
import {
  type Bytes,
  bytesBeforeFcp,
  bytesSince,
  type MemorySnapshot,
  memorySnapshot,
  openSession,
  type ProfileName,
  type Session,
  waitValue,
} from './lib/measure';
import { preparePeers } from './lib/peers';
import { type BenchServer, startServer } from './lib/server';
import { kb, rawSize } from './lib/sizes';
import { ms, pairedRatio, type Stat, stat } from './lib/stats';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const DIST = join(BENCH, '.dist');
const PEERS = join(BENCH, 'peers');
const PEERS_DIST = join(BENCH, '.peers-dist');

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
};
const quick = flag('--quick');
const opts = {
  quick,
  check: flag('--check'),
  runs: Number(option('--runs', quick ? '1' : '5')),
  soak: flag('--no-soak') ? 0 : Number(option('--soak', quick ? '40' : '300')),
  build: !flag('--no-build'),
  mobile: !flag('--no-mobile'),
  lighthouse: !flag('--no-lighthouse'),
  site: option('--site', 'dong-tam-thanh'),
  port: Number(option('--port', '4300')),
};
const started = Date.now();
const loadAtStart = loadavg().map((x) => Number(x.toFixed(2)));
const say = (msg: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

// ---------------------------------------------------------------- build and serve
if (opts.build || !existsSync(join(DIST, 'index.html'))) {
  say('building the app into bench/.dist …');
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (r.status !== 0) {
    console.error('bench: the build failed');
    process.exit(2);
  }
}
say('preparing the peer pages (bench/peers) …');
await preparePeers(PEERS, PEERS_DIST);

let server: BenchServer | null = null;
for (let port = opts.port; port < opts.port + 10 && !server; port++) {
  try {
    server = await startServer({ dist: DIST, peers: PEERS_DIST, port, compress: true });
  } catch {
    /* port taken: try the next one */
  }
}
if (!server) throw new Error(`no free port in ${opts.port}–${opts.port + 9}`);
const srv = server;
say(`serving on ${srv.url}`);

const resolveFile = (path: string): string | null => {
  const file = path.startsWith('/__peers/') ? join(PEERS_DIST, path.slice(9)) : join(DIST, path);
  return existsSync(file) ? file : null;
};

// ---------------------------------------------------------------- content
const sites = readSites(ROOT, DIST);
const mainSite = sites.find((s) => s.id === opts.site && s.model) ?? sites.find((s) => s.model);
const otherSite = sites.find((s) => s.model && s.id !== mainSite?.id);
const tourSite = sites.find((s) => s.scenes.length > 0);
const startScene: SceneInfo | undefined =
  tourSite?.scenes.find((s) => s.id === tourSite.start) ?? tourSite?.scenes[0];
const nextScene: SceneInfo | undefined =
  tourSite?.scenes.find((s) => startScene?.links.includes(s.id) && s.id !== startScene?.id) ??
  tourSite?.scenes.find((s) => s.id !== startScene?.id);

// ---------------------------------------------------------------- the timed runs
interface RunResult {
  mapFcp: number | null;
  mapIdle: number | null;
  siteFcp: number | null;
  siteFirstFrame: number | null;
  siteSwitch: number | null;
  panoPreview: number | null;
  panoFull: number | null;
  sceneSwitchPreview: number | null;
  sceneSwitchFull: number | null;
  mvFirstFrame: number | null;
  psvFirstFrame: number | null;
  errors: string[];
  bytes: Record<string, Bytes>;
}

const TIMEOUT = { desktop: 60_000, mobile: 180_000 };

async function phase(s: Session, fn: () => Promise<void>) {
  s.mark = srv.log.length;
  await fn();
}

async function withSession<T>(browser: Browser, profile: ProfileName, fn: (s: Session) => Promise<T>) {
  const s = await openSession(browser, profile);
  try {
    return await fn(s);
  } finally {
    await s.context.close();
  }
}

async function oneRun(browser: Browser, profile: ProfileName): Promise<RunResult> {
  const r: RunResult = {
    mapFcp: null,
    mapIdle: null,
    siteFcp: null,
    siteFirstFrame: null,
    siteSwitch: null,
    panoPreview: null,
    panoFull: null,
    sceneSwitchPreview: null,
    sceneSwitchFull: null,
    mvFirstFrame: null,
    psvFirstFrame: null,
    errors: [],
    bytes: {},
  };
  const timeout = TIMEOUT[profile];
  const err = (what: string, e: string | null) => {
    if (e) r.errors.push(`${what}: ${e}`);
  };

  // Map page: first MapLibre idle.
  await withSession(browser, profile, async (s) => {
    await phase(s, async () => {
      await s.page.goto(`${srv.url}/en`, { waitUntil: 'commit' });
      const w = await waitValue<number>(s.page, '() => window.__bench?.mapIdleAt ?? false', null, timeout);
      err('map idle', w.error);
      r.mapIdle = w.value;
      // Only what was requested up to the idle moment (the wait polls, and the app starts its deferred
      // work at idle): the server's clock and the page's Date.now() are the same machine's.
      const idleWall = await s.page.evaluate<number | null>('window.__bench?.mapIdleWall ?? null');
      r.bytes.mapInteractive = bytesSince(srv, s.mark, idleWall ?? Number.POSITIVE_INFINITY);
      const f = await bytesBeforeFcp(s.page, srv, resolveFile);
      r.mapFcp = f.fcp;
      r.bytes.mapFirstPaint = f.bytes;
    });
  });

  // Site page: first 3D frame, then an in-app switch to another site.
  if (mainSite) {
    await withSession(browser, profile, async (s) => {
      await phase(s, async () => {
        await s.page.goto(`${srv.url}/en/sites/${mainSite.id}`, { waitUntil: 'commit' });
        const w = await waitValue<number>(
          s.page,
          '() => (window.__xl3dViewer?.ready && window.__xl3dViewer.firstFrameMs) || false',
          null,
          timeout,
        );
        err('site first frame', w.error);
        r.siteFirstFrame = w.value;
        r.bytes.siteFirstFrame = bytesSince(srv, s.mark);
        r.siteFcp = (await bytesBeforeFcp(s.page, srv, resolveFile)).fcp;
      });
      if (otherSite && r.siteFirstFrame !== null) {
        const t0 = await s.page.evaluate((id) => {
          const t = performance.now();
          window.__xl3dNavigate?.(`/en/sites/${id}`);
          return t;
        }, otherSite.id);
        const w = await waitValue<number>(
          s.page,
          `(t0) => { const v = window.__xl3dViewer; return (v && v.ready && v.firstFrameMs !== null && v.firstFrameMs > t0 && location.pathname.endsWith('/${otherSite.id}')) ? v.firstFrameMs - t0 : false; }`,
          t0,
          timeout,
        );
        err('site switch', w.error);
        r.siteSwitch = w.value;
      }
    });
  }

  // Panorama page: preview then full image, then a scene switch.
  if (tourSite && startScene) {
    await withSession(browser, profile, async (s) => {
      await phase(s, async () => {
        await s.page.goto(`${srv.url}/en/sites/${tourSite.id}/360/${startScene.id}`, { waitUntil: 'commit' });
        const w = await waitValue<number>(
          s.page,
          `() => { const p = window.__xl3dPanorama; return (p && p.sceneId === '${startScene.id}' && p.previewAt) || false; }`,
          null,
          timeout,
        );
        err('panorama preview', w.error);
        r.panoPreview = w.value;
        r.bytes.panoramaPreview = bytesSince(srv, s.mark);
      });
      if (r.panoPreview !== null) {
        const w = await waitValue<number>(
          s.page,
          `() => { const p = window.__xl3dPanorama; return (p && p.fullAt) || (p && p.state === 'error' ? -1 : false); }`,
          null,
          timeout,
        );
        err('panorama full', w.error ?? (w.value === -1 ? 'state error' : null));
        r.panoFull = w.value === -1 ? null : w.value;
      }
      if (nextScene && r.panoPreview !== null) {
        const t0 = await s.page.evaluate((path) => {
          const t = performance.now();
          window.__xl3dNavigate?.(path);
          return t;
        }, `/en/sites/${tourSite.id}/360/${nextScene.id}`);
        const cond = (field: string) =>
          `(t0) => { const p = window.__xl3dPanorama; return (p && p.sceneId === '${nextScene.id}' && p.${field} && p.${field} > t0) ? p.${field} - t0 : false; }`;
        const wp = await waitValue<number>(s.page, cond('previewAt'), t0, timeout);
        err('scene switch preview', wp.error);
        r.sceneSwitchPreview = wp.value;
        const wf = await waitValue<number>(s.page, cond('fullAt'), t0, timeout);
        err('scene switch full', wf.error);
        r.sceneSwitchFull = wf.value;
      }
    });
  }

  // Peers on the same files.
  if (mainSite?.model) {
    await withSession(browser, profile, async (s) => {
      await phase(s, async () => {
        await s.page.goto(`${srv.url}/__peers/model-viewer.html?src=/${mainSite.model}`, {
          waitUntil: 'commit',
        });
        const w = await waitValue<number>(
          s.page,
          '() => window.__peer?.firstFrameMs || (window.__peer?.error ? -1 : false)',
          null,
          timeout,
        );
        err('model-viewer', w.error ?? (w.value === -1 ? 'model-viewer error event' : null));
        r.mvFirstFrame = w.value === -1 ? null : w.value;
        r.bytes.modelViewer = bytesSince(srv, s.mark);
      });
    });
  }
  if (startScene) {
    await withSession(browser, profile, async (s) => {
      await phase(s, async () => {
        await s.page.goto(`${srv.url}/__peers/psv.html?src=/${startScene.image}`, { waitUntil: 'commit' });
        const w = await waitValue<number>(
          s.page,
          '() => window.__peer?.firstFrameMs || (window.__peer?.error ? -1 : false)',
          null,
          timeout,
        );
        err('photo sphere viewer', w.error ?? (w.value === -1 ? 'PSV error event' : null));
        r.psvFirstFrame = w.value === -1 ? null : w.value;
        r.bytes.psv = bytesSince(srv, s.mark);
      });
    });
  }
  return r;
}

// ---------------------------------------------------------------- soak
interface SoakResult {
  available: boolean;
  note: string;
  switches: number;
  failures: number;
  cycle: string[];
  switchMs: Stat | null;
  start: MemorySnapshot | null;
  end: MemorySnapshot | null;
}

async function soak(browser: Browser, switches: number): Promise<SoakResult> {
  const modelSites = sites.filter((s) => s.model).slice(0, 6);
  const scenes = tourSite?.scenes.slice(0, 3) ?? [];
  const cycle: string[] = [];
  for (const [i, site] of modelSites.entries()) {
    cycle.push(`/en/sites/${site.id}`);
    const scene = scenes[i % Math.max(1, scenes.length)];
    if (scene && i % 2 === 1) cycle.push(`/en/sites/${scene.site}/360/${scene.id}`);
  }
  const empty: SoakResult = {
    available: false,
    note: '',
    switches: 0,
    failures: 0,
    cycle,
    switchMs: null,
    start: null,
    end: null,
  };
  if (cycle.length < 2) return { ...empty, note: 'not available: fewer than two sites with a model' };
  return withSession(browser, 'desktop', async (s) => {
    const times: number[] = [];
    let failures = 0;
    const go = async (path: string) => {
      const t0 = await s.page.evaluate((p) => {
        const t = performance.now();
        window.__xl3dNavigate?.(p);
        return t;
      }, path);
      const isPano = path.includes('/360/');
      const sceneId = path.split('/').at(-1);
      const fn = isPano
        ? `(t0) => { const p = window.__xl3dPanorama; return (p && p.sceneId === '${sceneId}' && p.fullAt && p.fullAt > t0) ? p.fullAt - t0 : false; }`
        : `(t0) => { const v = window.__xl3dViewer; return (v && v.ready && v.firstFrameMs && v.firstFrameMs > t0 && location.pathname === '${path}') ? v.firstFrameMs - t0 : false; }`;
      const w = await waitValue<number>(s.page, fn, t0, 30_000);
      if (w.value === null) failures++;
      else times.push(w.value);
    };
    await s.page.goto(`${srv.url}${cycle[0]}`);
    await waitValue(s.page, '() => window.__xl3dViewer?.firstFrameMs || false', null, 60_000);
    // Warm-up: one full cycle so every chunk and shared cache is loaded once, back on cycle[0].
    for (const path of [...cycle.slice(1), cycle[0] as string]) await go(path);
    failures = 0;
    times.length = 0;
    await s.page.waitForTimeout(500);
    const start = await memorySnapshot(s);
    const rounds = Math.max(1, Math.round(switches / cycle.length));
    let done = 0;
    for (let k = 0; k < rounds; k++) {
      for (const path of [...cycle.slice(1), cycle[0] as string]) {
        await go(path);
        done++;
      }
      if (k % 10 === 9) say(`soak: ${done} switches`);
    }
    await s.page.waitForTimeout(500);
    const end = await memorySnapshot(s);
    return {
      available: true,
      note: scenes.length ? '' : 'panorama scenes not available: the soak switched sites only',
      switches: done,
      failures,
      cycle,
      switchMs: stat(times),
      start,
      end,
    };
  });
}

// ---------------------------------------------------------------- Lighthouse
interface LighthouseResult {
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, number | null>;
  error: string | null;
}

function lighthouse(url: string, preset: 'mobile' | 'desktop', out: string): Promise<LighthouseResult> {
  const chrome = process.env.CHROME_PATH ?? chromiumPath() ?? '/usr/bin/chromium';
  const args = [
    url,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    '--quiet',
    '--port=4319',
    '--chrome-flags=--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader --disable-dev-shm-usage',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'lighthouse'), args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chrome },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(out)) {
        done({
          performance: null,
          accessibility: null,
          metrics: {},
          error: `exit ${code}: ${stderr.trim().split('\n').slice(-2).join(' ')}`,
        });
        return;
      }
      const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { numericValue?: number }>;
        runtimeError?: { message: string };
      };
      const score = (k: string) => {
        const v = lhr.categories[k]?.score;
        return typeof v === 'number' ? Math.round(v * 100) : null;
      };
      const metric = (k: string) => lhr.audits[k]?.numericValue ?? null;
      done({
        performance: score('performance'),
        accessibility: score('accessibility'),
        metrics: {
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          si: metric('speed-index'),
        },
        error: lhr.runtimeError?.message ?? null,
      });
    });
  });
}

// ---------------------------------------------------------------- go
const results: Record<string, unknown> = {};
const bundle = measureBundle(DIST);

say(`chromium: ${chromiumPath() ?? "Playwright's own"}; runs: ${opts.runs}; mobile: ${opts.mobile}`);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const browserVersion = browser.version();
const profiles: ProfileName[] = opts.mobile ? ['desktop', 'mobile'] : ['desktop'];
const runs: Record<ProfileName, RunResult[]> = { desktop: [], mobile: [] };
for (let i = 0; i < opts.runs; i++) {
  for (const profile of profiles) {
    say(`run ${i + 1}/${opts.runs} (${profile}) …`);
    const r = await oneRun(browser, profile);
    runs[profile].push(r);
    if (r.errors.length) say(`  ${r.errors.join(' | ')}`);
  }
}
let soakResult: SoakResult = {
  available: false,
  note: 'skipped (--no-soak)',
  switches: 0,
  failures: 0,
  cycle: [],
  switchMs: null,
  start: null,
  end: null,
};
if (opts.soak > 0) {
  say(`soak: ${opts.soak} switches …`);
  soakResult = await soak(browser, opts.soak);
}
await browser.close();

const lh: Record<string, Record<string, LighthouseResult>> = {};
if (opts.lighthouse) {
  mkdirSync(join(BENCH, '.lighthouse'), { recursive: true });
  const pages: [string, string][] = [
    ['map', '/en'],
    ['site', `/en/sites/${mainSite?.id ?? opts.site}`],
  ];
  for (const [name, path] of pages) {
    lh[name] = {};
    for (const preset of ['mobile', 'desktop'] as const) {
      say(`lighthouse ${name} ${preset} …`);
      const res = await lighthouse(
        `${srv.url}${path}`,
        preset,
        join(BENCH, '.lighthouse', `${name}-${preset}.json`),
      );
      if (res.error) say(`  lighthouse: ${res.error}`);
      (lh[name] as Record<string, LighthouseResult>)[preset] = res;
    }
  }
}
await srv.close();

// ---------------------------------------------------------------- figures
type TimeKey = Exclude<keyof RunResult, 'errors' | 'bytes'>;
const timeKeys: TimeKey[] = [
  'mapFcp',
  'mapIdle',
  'siteFcp',
  'siteFirstFrame',
  'siteSwitch',
  'panoPreview',
  'panoFull',
  'sceneSwitchPreview',
  'sceneSwitchFull',
  'mvFirstFrame',
  'psvFirstFrame',
];
const times: Record<string, Record<string, Stat>> = {};
for (const profile of profiles) {
  times[profile] = Object.fromEntries(timeKeys.map((k) => [k, stat(runs[profile].map((r) => r[k]))]));
}
const firstBytes = (key: string): Bytes | null => runs.desktop.find((r) => r.bytes[key])?.bytes[key] ?? null;
const bytes = {
  mapFirstPaint: firstBytes('mapFirstPaint'),
  mapInteractive: firstBytes('mapInteractive'),
  siteFirstFrame: firstBytes('siteFirstFrame'),
  panoramaPreview: firstBytes('panoramaPreview'),
  modelViewer: firstBytes('modelViewer'),
  psv: firstBytes('psv'),
};

const { inspectGlb } = await import('../scripts/models/inspectGlb');
const models: { site: string; bytes: number; triangles: number }[] = [];
for (const s of sites) {
  if (!s.model) continue;
  const report = await inspectGlb(new Uint8Array(readFileSync(join(DIST, s.model))));
  models.push({ site: s.id, bytes: report.bytes, triangles: report.triangles });
}
const previews = sites.flatMap((s) =>
  s.scenes.map((sc) => ({
    site: s.id,
    scene: sc.id,
    previewBytes: rawSize(join(DIST, sc.preview)),
    imageBytes: rawSize(join(DIST, sc.image)),
  })),
);
const kiosk = kioskPrecache(DIST);

// ---------------------------------------------------------------- budgets
interface BudgetRow {
  id: string;
  label: string;
  value: string;
  budget: string;
  ok: boolean | null;
}
const budgetRows: BudgetRow[] = [];
const check = (id: string, label: string, value: string, budget: string, ok: boolean | null) =>
  budgetRows.push({ id, label, value, budget, ok });

for (const row of bundle.rows.filter((r: BundleRow) => r.budget !== null)) {
  check(`bundle.${row.id}`, `${row.label} — from the build`, kb(row.value), `≤ ${kb(row.budget)}`, row.ok);
}
check(
  'bundle.noEngineOnMap',
  'map page reaches no three.js/panorama chunk',
  bundle.engineOnMap.length ? bundle.engineOnMap.join(', ') : 'none',
  'none',
  bundle.engineOnMap.length === 0,
);
if (bytes.mapFirstPaint) {
  const v = bytes.mapFirstPaint.js.gzip;
  // Informational: on a loaded machine the first paint comes late and everything has arrived by then;
  // the budget is checked on the build's module graph above.
  check(
    'measured.firstPaintJs',
    'map page: JS that arrived before first contentful paint (gzip) — measured, informational',
    kb(v),
    `(≤ ${kb(BUDGETS.firstPaintJsGzip)} checked on the build)`,
    null,
  );
}
if (bytes.mapInteractive) {
  const v = bytes.mapInteractive.js.gzip + bytes.mapInteractive.css.gzip;
  check(
    'measured.mapInteractive',
    'map page: JS+CSS before the map is idle (gzip) — measured',
    kb(v),
    `≤ ${kb(BUDGETS.mapInteractiveGzip)}`,
    v <= BUDGETS.mapInteractiveGzip,
  );
}
for (const m of models) {
  check(
    `model.${m.site}.bytes`,
    `model ${m.site}: size`,
    kb(m.bytes),
    `≤ ${kb(BUDGETS.modelBytes)}`,
    m.bytes <= BUDGETS.modelBytes,
  );
  check(
    `model.${m.site}.triangles`,
    `model ${m.site}: triangles`,
    m.triangles.toLocaleString('en'),
    `≤ ${BUDGETS.modelTriangles.toLocaleString('en')}`,
    m.triangles <= BUDGETS.modelTriangles,
  );
}
if (previews.length === 0)
  check(
    'panorama.preview',
    'panorama previews',
    'not available',
    `≤ ${kb(BUDGETS.panoramaPreviewBytes)}`,
    null,
  );
for (const p of previews) {
  check(
    `panorama.${p.site}.${p.scene}.preview`,
    `panorama preview ${p.site}/${p.scene}`,
    kb(p.previewBytes),
    `≤ ${kb(BUDGETS.panoramaPreviewBytes)}`,
    p.previewBytes <= BUDGETS.panoramaPreviewBytes,
  );
}
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null;
/** Ours / peer, run by run (see pairedRatio), as the report shows it: median, each run, and both medians. */
function peerRatio(
  profile: ProfileName,
  ours: 'siteFirstFrame' | 'panoPreview',
  peer: 'mvFirstFrame' | 'psvFirstFrame',
) {
  const t = times[profile] as Record<string, Stat>;
  const r = pairedRatio(
    runs[profile].map((x) => x[ours]),
    runs[profile].map((x) => x[peer]),
  );
  const shown =
    r.median === null
      ? 'not available'
      : `${r.median.toFixed(2)} (runs: ${r.ratios.map((x) => x.toFixed(2)).join(', ')}; medians ${ms(t[ours]?.median)} / ${ms(t[peer]?.median)})`;
  return { ratio: r.median, shown };
}
for (const profile of profiles) {
  const r3d = peerRatio(profile, 'siteFirstFrame', 'mvFirstFrame');
  check(
    `peer.${profile}.firstFrame3d`,
    `first 3D frame, ours / model-viewer (${profile}; median of the runs’ ratios)`,
    r3d.shown,
    `< ${BUDGETS.firstFrameRatioVsPeer}`,
    r3d.ratio === null ? null : r3d.ratio < BUDGETS.firstFrameRatioVsPeer,
  );
  const rPano = peerRatio(profile, 'panoPreview', 'psvFirstFrame');
  check(
    `peer.${profile}.firstFramePano`,
    `panorama first frame (preview), ours / Photo Sphere Viewer (${profile}; median of the runs’ ratios)`,
    rPano.shown,
    `< ${BUDGETS.firstFrameRatioVsPeer}`,
    rPano.ratio === null ? null : rPano.ratio < BUDGETS.firstFrameRatioVsPeer,
  );
}
for (const [name, presets] of Object.entries(lh)) {
  const m = presets.mobile;
  check(
    `lighthouse.${name}.performance`,
    `Lighthouse mobile performance, ${name} page`,
    m?.performance === null || m === undefined ? 'not available' : String(m.performance),
    `≥ ${BUDGETS.lighthouseMobilePerformance}`,
    m?.performance == null ? null : m.performance >= BUDGETS.lighthouseMobilePerformance,
  );
  check(
    `lighthouse.${name}.accessibility`,
    `Lighthouse mobile accessibility, ${name} page`,
    m?.accessibility == null ? 'not available' : String(m.accessibility),
    `= ${BUDGETS.lighthouseMobileAccessibility}`,
    m?.accessibility == null ? null : m.accessibility >= BUDGETS.lighthouseMobileAccessibility,
  );
}
if (soakResult.available && soakResult.start && soakResult.end) {
  const a = soakResult.start;
  const b = soakResult.end;
  const heapLimit = a.heapUsed * (1 + BUDGETS.soak.heapGrowth) + BUDGETS.soak.heapSlackBytes;
  check(
    'soak.heap',
    `soak: JS heap after ${soakResult.switches} switches`,
    `${kb(a.heapUsed)} → ${kb(b.heapUsed)}`,
    `≤ ${kb(heapLimit)}`,
    b.heapUsed <= heapLimit,
  );
  for (const k of ['geometries', 'textures'] as const) {
    const x = a[k];
    const y = b[k];
    check(
      `soak.${k}`,
      `soak: renderer ${k}`,
      `${x ?? 'n/a'} → ${y ?? 'n/a'}`,
      `≤ start + ${BUDGETS.soak.gpuSlack}`,
      x === null || y === null ? null : y <= x + BUDGETS.soak.gpuSlack,
    );
  }
  const domLimit = Math.ceil(a.domNodes * (1 + BUDGETS.soak.domGrowth));
  check(
    'soak.dom',
    'soak: DOM nodes (incl. detached)',
    `${a.domNodes} → ${b.domNodes}`,
    `≤ ${domLimit}`,
    b.domNodes <= domLimit,
  );
  check(
    'soak.failures',
    'soak: switches that did not reach a frame within 30 s',
    String(soakResult.failures),
    '0',
    soakResult.failures === 0,
  );
}

// ---------------------------------------------------------------- write
Object.assign(results, {
  meta: {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: loadAtStart, end: loadavg().map((x) => Number(x.toFixed(2))) },
    chromium: browserVersion,
    options: opts,
    site: mainSite?.id ?? null,
    otherSite: otherSite?.id ?? null,
    panorama: startScene ? { site: tourSite?.id, scene: startScene.id, next: nextScene?.id ?? null } : null,
    mobileProfile: 'slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) + 4× CPU slowdown, 390×844 @2x',
  },
  bundle,
  bytes,
  times,
  runs,
  models,
  panoramas: previews,
  kiosk,
  lighthouse: lh,
  soak: soakResult,
  budgets: budgetRows,
});
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(BENCH, 'REPORT.md'), report());
const broken = budgetRows.filter((b) => b.ok === false);
say(`wrote bench/results.json and bench/REPORT.md — ${broken.length} budget(s) broken`);
for (const b of broken) console.log(`  ❌ ${b.label}: ${b.value} (budget ${b.budget})`);
if (opts.check && broken.length) process.exit(1);

// ---------------------------------------------------------------- report
function report(): string {
  const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✅' : '❌');
  const bytesRow = (label: string, b: Bytes | null) =>
    b
      ? `| ${label} | ${kb(b.js.gzip)} | ${kb(b.js.brotli)} | ${kb(b.css.gzip)} | ${kb(b.css.brotli)} | ${kb(b.js.raw + b.css.raw)} | ${b.files.length} |`
      : `| ${label} | not available | | | | | |`;
  const tRow = (label: string, key: TimeKey) =>
    `| ${label} | ${profiles
      .map((p) => {
        const s = times[p]?.[key];
        if (!s || s.median === null) return 'n/a | ';
        return `**${ms(s.median)}** | ${ms(s.min)}–${ms(s.max)}${s.failures ? ` (${s.failures} failed)` : ''}`;
      })
      .join(' | ')} |`;
  const tHead = `| figure | ${profiles.map((p) => `${p} median | min–max`).join(' | ')} |\n|---|${profiles.map(() => '---:|---|').join('')}`;
  const d = times.desktop as Record<string, Stat>;
  const lines: string[] = [];
  lines.push('# Performance report — Xứ Lạng 3D');
  lines.push('');
  lines.push(
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Chromium ${browserVersion} (headless, SwiftShader WebGL) · Node ${process.version} · ${cpus().length} CPUs, load average ${loadAtStart[0]} at start and ${loadavg()[0]?.toFixed(2)} at the end (others share the machine: times are noisy) · ${opts.runs} run(s) per figure · ${((Date.now() - started) / 60000).toFixed(1)} min. Raw data: \`bench/results.json\`. Budgets: \`bench/budgets.ts\` (from DESIGN.md).`,
  );
  lines.push('');
  lines.push(
    `Site page: \`/en/sites/${mainSite?.id}\` (switch to \`${otherSite?.id}\`). Panorama: ${startScene ? `\`/en/sites/${tourSite?.id}/360/${startScene.id}\` (switch to \`${nextScene?.id ?? '–'}\`)` : '**not available** (no tour scene with its image and preview in the build)'}. Mobile profile: slow 4G (150 ms RTT, 1.6 Mbps down) + 4× CPU slowdown, 390×844 @2×.`,
  );
  lines.push('');
  lines.push('## Budgets');
  lines.push('');
  lines.push('| | figure | value | budget |');
  lines.push('|---|---|---|---|');
  for (const b of budgetRows) lines.push(`| ${mark(b.ok)} | ${b.label} | ${b.value} | ${b.budget} |`);
  lines.push('');
  lines.push('## Bytes (JS and CSS; gzip/brotli computed from the built files)');
  lines.push('');
  lines.push('Measured in the browser (desktop run 1: every JS/CSS file the server sent until the mark):');
  lines.push('');
  lines.push('| phase | JS gzip | JS brotli | CSS gzip | CSS brotli | raw | files |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  lines.push(bytesRow('map: before first contentful paint', bytes.mapFirstPaint));
  lines.push(bytesRow('map: before the map is idle (interactive)', bytes.mapInteractive));
  lines.push(bytesRow(`site: before the first 3D frame (${mainSite?.id})`, bytes.siteFirstFrame));
  lines.push(bytesRow('panorama: before the preview shows', bytes.panoramaPreview));
  lines.push('');
  lines.push(
    `From the build's module graph (${bundle.source}; what \`bench/checkBundle.ts\` checks in \`npm test\`):`,
  );
  lines.push('');
  lines.push(bundleTable(bundle.rows));
  lines.push('');
  lines.push(
    `Kiosk precache: ${kiosk.available ? `**${kb(kiosk.totalBytes)}** in ${kiosk.files} files (${kiosk.sources.join(', ')}${kiosk.missing ? `; ${kiosk.missing} listed files missing` : ''})` : kiosk.note}.`,
  );
  lines.push('');
  lines.push('## Times (ms after navigation start unless noted)');
  lines.push('');
  lines.push(tHead);
  lines.push(tRow('map: first contentful paint', 'mapFcp'));
  lines.push(tRow('map: idle (first MapLibre `idle`)', 'mapIdle'));
  lines.push(tRow('site: first contentful paint', 'siteFcp'));
  lines.push(tRow('site: first 3D frame', 'siteFirstFrame'));
  lines.push(tRow('site → site switch: first frame (after the click)', 'siteSwitch'));
  lines.push(tRow('panorama: preview shown', 'panoPreview'));
  lines.push(tRow('panorama: full image shown', 'panoFull'));
  lines.push(tRow('scene switch: preview (after the click)', 'sceneSwitchPreview'));
  lines.push(tRow('scene switch: full image (after the click)', 'sceneSwitchFull'));
  lines.push(tRow('peer: model-viewer first frame (same .glb)', 'mvFirstFrame'));
  lines.push(tRow('peer: Photo Sphere Viewer first frame (same JPEG)', 'psvFirstFrame'));
  lines.push('');
  lines.push('## Side by side with the peers (same run, same files)');
  lines.push('');
  lines.push(
    '| | JS gzip | time to first frame (desktop) | ours / peer: bytes | ours / peer: time (median of the runs’ ratios) |',
  );
  lines.push('|---|---:|---:|---:|---:|');
  const fmtRatio = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  lines.push(
    `| ours: site page, whole app (${mainSite?.id}) | ${kb(bytes.siteFirstFrame?.js.gzip)} | ${ms(d.siteFirstFrame?.median)} | ${fmtRatio(ratio(bytes.siteFirstFrame?.js.gzip, bytes.modelViewer?.js.gzip))} | ${fmtRatio(peerRatio('desktop', 'siteFirstFrame', 'mvFirstFrame').ratio)} |`,
  );
  lines.push(
    `| Google model-viewer 4.4.0 (bundles three 0.183) | ${kb(bytes.modelViewer?.js.gzip)} | ${ms(d.mvFirstFrame?.median)} | 1 | 1 |`,
  );
  lines.push(
    `| ours: panorama page, whole app | ${bytes.panoramaPreview ? kb(bytes.panoramaPreview.js.gzip) : 'n/a'} | ${ms(d.panoPreview?.median)} (preview) | ${fmtRatio(ratio(bytes.panoramaPreview?.js.gzip, bytes.psv?.js.gzip))} | ${fmtRatio(peerRatio('desktop', 'panoPreview', 'psvFirstFrame').ratio)} |`,
  );
  lines.push(
    `| Photo Sphere Viewer 5.15.1 (three 0.185) | ${kb(bytes.psv?.js.gzip)} | ${ms(d.psvFirstFrame?.median)} | 1 | 1 |`,
  );
  lines.push('');
  lines.push(
    'Our figures are for the whole app page (shell, content, narration, services list…); the peers are a bare page with only the viewer. Peers are dependencies of `bench/peers/package.json` only.',
  );
  lines.push('');
  lines.push('## Lighthouse 12.2.3');
  lines.push('');
  if (Object.keys(lh).length === 0) lines.push('Skipped (--no-lighthouse).');
  else {
    lines.push('| page | preset | performance | accessibility | FCP | LCP | TBT | CLS | Speed Index |');
    lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [name, presets] of Object.entries(lh)) {
      for (const [preset, r] of Object.entries(presets)) {
        const m = r.metrics;
        lines.push(
          `| ${name} | ${preset} | ${r.performance ?? 'n/a'} | ${r.accessibility ?? 'n/a'} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${ms(m.tbt)} | ${m.cls == null ? 'n/a' : m.cls.toFixed(3)} | ${ms(m.si)} |${r.error ? ` ${r.error}` : ''}`,
        );
      }
    }
  }
  lines.push('');
  lines.push('## Soak');
  lines.push('');
  if (!soakResult.available || !soakResult.start || !soakResult.end)
    lines.push(soakResult.note || 'not available');
  else {
    const a = soakResult.start;
    const b = soakResult.end;
    lines.push(
      `${soakResult.switches} in-app switches through ${soakResult.cycle.length} routes (${soakResult.cycle.join(' → ')}), desktop, after one warm-up cycle; each switch waits for the new model's first frame (panorama: its full image). Switch time median ${ms(soakResult.switchMs?.median)} (min ${ms(soakResult.switchMs?.min)}, max ${ms(soakResult.switchMs?.max)}); ${soakResult.failures} failed. ${soakResult.note}`,
    );
    lines.push('');
    lines.push('| | start | end |');
    lines.push('|---|---:|---:|');
    lines.push(`| JS heap (after GC) | ${kb(a.heapUsed)} | ${kb(b.heapUsed)} |`);
    lines.push(`| renderer geometries | ${a.geometries ?? 'n/a'} | ${b.geometries ?? 'n/a'} |`);
    lines.push(`| renderer textures | ${a.textures ?? 'n/a'} | ${b.textures ?? 'n/a'} |`);
    lines.push(`| DOM nodes (CDP, incl. detached) | ${a.domNodes} | ${b.domNodes} |`);
    lines.push(`| elements in the document | ${a.elements} | ${b.elements} |`);
    lines.push(`| JS event listeners | ${a.listeners} | ${b.listeners} |`);
  }
  lines.push('');
  lines.push('## Models');
  lines.push('');
  lines.push('| site | size | triangles |');
  lines.push('|---|---:|---:|');
  for (const m of models) lines.push(`| ${m.site} | ${kb(m.bytes)} | ${m.triangles.toLocaleString('en')} |`);
  lines.push('');
  const errs = profiles.flatMap((p) =>
    runs[p].flatMap((r, i) => r.errors.map((e) => `${p} run ${i + 1}: ${e}`)),
  );
  if (errs.length) {
    lines.push('## Errors during the runs');
    lines.push('');
    for (const e of errs) lines.push(`- ${e}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
