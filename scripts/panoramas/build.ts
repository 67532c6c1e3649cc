/**
 * npm run panoramas:build [-- --only site-a,site-b] [--quick] [--out DIR] [--no-content]
 *
 * Renders the 360° panoramas of the flagship sites' tours (scripts/panoramas/config.ts) from their
 * illustrative models in headless Chromium, writes public/panoramas/<site>/<scene>.jpg (4096×2048) and
 * <scene>-preview.jpg (1024×512, ≤ 100 KB), and records each site's `tour` in content/sites/<site>.json.
 * Seeded and offline: the same models and config give the same pictures.
 * --quick renders 1024×512 drafts into --out (default /tmp/xl3d-panoramas-quick) and leaves content alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import type { Hotspot } from '../../src/content/schema';
import { directionOf, equirectUv, type Vec3 } from '../../src/panorama/panoMath';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser';
import { EYE_HEIGHT, PANORAMA_CREDIT, type SceneSpec, TOURS } from './config';
import { buildTour, oneWayLinks, type PlacedScene, unreachable, withTour } from './sceneMath';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('quick');
const only = option('only')?.split(',') ?? [];
const writeContent = !quick && !flag('no-content');
const outRoot = option('out') ?? (quick ? '/tmp/xl3d-panoramas-quick' : 'public');
const WIDTH = quick ? 1024 : 4096;
const FACE = quick ? 512 : 2048;
const FULL_QUALITY = 0.86;
const PREVIEW = { width: 1024, maxBytes: 90 * 1024 };
/** How close the first surface on a sightline must be to a hotspot anchor for it to count as visible. */
const SIGHT_TOLERANCE = 0.6;
/** A viewpoint closer than this to a surface around the eye is reported as "in a wall". */
const MIN_CLEARANCE = 0.2;

/** The panorama convention check: directions and colours (pure colours survive the sRGB encode). */
const MARKERS: { yaw: number; pitch: number; color: [number, number, number] }[] = [
  { yaw: 0, pitch: 0, color: [255, 0, 0] },
  { yaw: 90, pitch: 0, color: [0, 255, 0] },
  { yaw: -90, pitch: 0, color: [0, 0, 255] },
  { yaw: -179, pitch: 0, color: [255, 255, 0] },
  { yaw: 45, pitch: 35, color: [255, 0, 255] },
  { yaw: -135, pitch: -40, color: [0, 255, 255] },
  { yaw: 20, pitch: 80, color: [255, 255, 255] },
];

async function freePort(from: number, to: number): Promise<number> {
  for (let p = from; p <= to; p++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = netServer();
      s.once('error', () => resolve(false));
      s.listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return p;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

type PanoApi = Window['__pano'];

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

const started = performance.now();
const port = await freePort(4291, 4299);
let vite: ViteDevServer | undefined;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const report: { site: string; scene: string; ms: number; full: number; preview: number; q: number }[] = [];
const warnings: string[] = [];
const written: string[] = [];
try {
  vite = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    cacheDir: 'node_modules/.vite-panoramas',
    server: { host: '127.0.0.1', port, strictPort: true, watch: null, hmr: false },
    optimizeDeps: {
      entries: ['scripts/panoramas/render.html'],
      include: [
        'three',
        'three/examples/jsm/loaders/GLTFLoader.js',
        'three/examples/jsm/libs/meshopt_decoder.module.js',
      ],
    },
  });
  await vite.listen();
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log(`  [page ${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => log(`  [page error] ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/scripts/panoramas/render.html`);
  await page.waitForFunction(() => window.__pano?.ready === true, null, { timeout: 120_000 });

  // 1. the direction convention (src/panorama/panoMath.ts) holds for the whole cube → equirect path
  let flipX = 1;
  const check = async (flip: number) => {
    const rows = await page.evaluate(([m, f]) => window.__pano.selfTest(m, f), [MARKERS, flip] as const);
    const bad = rows.filter((r) => r.found.some((c, i) => Math.abs(c - (r.expected[i] ?? 0)) > 40));
    return { rows, bad };
  };
  let result = await check(flipX);
  if (result.bad.length) {
    flipX = -1;
    const again = await check(flipX);
    if (again.bad.length) {
      throw new Error(
        `panorama direction self-test failed: ${JSON.stringify(result.bad)} / ${JSON.stringify(again.bad)}`,
      );
    }
    result = again;
  }
  await page.evaluate((f) => window.__pano.setFlipX(f), flipX);
  for (const r of result.rows) {
    const { u, v } = equirectUv(r.yaw, r.pitch);
    const d = directionOf(r.yaw, r.pitch).map((n) => n.toFixed(2));
    log(`self-test yaw ${r.yaw} pitch ${r.pitch} dir [${d}] uv (${u.toFixed(3)}, ${v.toFixed(3)}) ok`);
  }
  log(`self-test passed (cube sampling flipX = ${flipX})`);

  // 2. every site: place the eyes, check them, render, write
  for (const spec of TOURS) {
    if (only.length && !only.includes(spec.id)) continue;
    const sitePath = `content/sites/${spec.id}.json`;
    const site = JSON.parse(readFileSync(sitePath, 'utf8')) as { hotspots: Hotspot[] };
    const anchors = new Map(site.hotspots.map((h) => [h.id, h.anchor]));
    const loaded = await page.evaluate(([id, kind]) => window.__pano.loadSite(id, kind), [
      spec.id,
      spec.landscape,
    ] as const);
    log(`\n${spec.id}: model loaded (${loaded.meshes.length} mesh groups)`);

    const placed: PlacedScene[] = [];
    for (const sc of spec.scenes) placed.push(await place(page, spec.id, sc, anchors));

    const dir = join(outRoot, 'panoramas', spec.id);
    mkdirSync(dir, { recursive: true });
    for (const p of placed) {
      const t0 = performance.now();
      const out = await page.evaluate((o) => window.__pano.render(o), {
        eye: p.eye,
        width: WIDTH,
        face: FACE,
        quality: FULL_QUALITY,
        preview: PREVIEW,
      } as Parameters<PanoApi['render']>[0]);
      const full = Buffer.from(out.full, 'base64');
      const preview = Buffer.from(out.preview, 'base64');
      writeFileSync(join(dir, `${p.id}.jpg`), full);
      writeFileSync(join(dir, `${p.id}-preview.jpg`), preview);
      const ms = performance.now() - t0;
      report.push({
        site: spec.id,
        scene: p.id,
        ms,
        full: full.length,
        preview: preview.length,
        q: out.previewQuality,
      });
      if (preview.length > 100 * 1024)
        warnings.push(`${spec.id}/${p.id}: preview ${preview.length} B > 100 KB`);
      log(
        `  ${p.id}: ${(ms / 1000).toFixed(1)} s (page ${(out.ms / 1000).toFixed(1)} s), ` +
          `full ${(full.length / 1024).toFixed(0)} KB, preview ${(preview.length / 1024).toFixed(1)} KB @ q${out.previewQuality}`,
      );
    }

    const tour = buildTour(
      spec.id,
      spec.start ?? spec.scenes[0]?.id ?? '',
      placed,
      PANORAMA_CREDIT,
      EYE_HEIGHT,
    );
    const lost = unreachable(tour);
    const oneWay = oneWayLinks(tour);
    if (lost.length) warnings.push(`${spec.id}: scenes not reachable from start: ${lost.join(', ')}`);
    if (oneWay.length) warnings.push(`${spec.id}: one-way links: ${oneWay.join(', ')}`);
    if (writeContent) {
      // narrow read-modify-write: re-read right before writing, touch only `tour`
      writeFileSync(sitePath, withTour(readFileSync(sitePath, 'utf8'), tour));
      written.push(sitePath);
    } else {
      writeFileSync(join(dir, 'tour.json'), `${JSON.stringify(tour, null, 2)}\n`);
    }
  }
} finally {
  await browser.close();
  await vite?.close();
}

if (written.length) {
  // keep the content files in the formatter's layout so the lint gate stays green
  spawnSync('npx', ['biome', 'format', '--write', ...written], { stdio: 'inherit' });
}

log('\nscene                                   time   full KB  preview KB  q');
for (const r of report) {
  log(
    `${`${r.site}/${r.scene}`.padEnd(38)} ${(r.ms / 1000).toFixed(1).padStart(5)} s ${(r.full / 1024)
      .toFixed(0)
      .padStart(8)} ${(r.preview / 1024).toFixed(1).padStart(10)}  ${r.q}`,
  );
}
const total = (performance.now() - started) / 1000;
log(
  `${report.length} scenes in ${total.toFixed(0)} s (${(total / Math.max(1, report.length)).toFixed(1)} s per scene overall)`,
);
if (written.length) log(`tours written: ${written.join(', ')}`);
for (const w of warnings) log(`WARNING ${w}`);
if (warnings.some((w) => w.includes('preview'))) process.exitCode = 1;

/** Finds the eye for a scene, checks it is clear of walls, and keeps the hotspots it can see. */
async function place(
  page: import('@playwright/test').Page,
  siteId: string,
  sc: SceneSpec,
  anchors: Map<string, Vec3 | undefined>,
): Promise<PlacedScene> {
  const [x, z] = sc.at;
  const ground = await page.evaluate(([px, pz, fy]) => window.__pano.probe(px, pz, fy), [
    x,
    z,
    sc.fromY ?? 40,
  ] as const);
  if (!ground) throw new Error(`${siteId}/${sc.id}: no ground under (${x}, ${z})`);
  const eye: Vec3 = [x, ground.y + EYE_HEIGHT, z];
  if (/water|lake|pond|pool|river/i.test(ground.hit))
    warnings.push(`${siteId}/${sc.id}: standing on ${ground.hit}`);
  const clear = await page.evaluate((e) => window.__pano.clearance(e), eye);
  log(
    `  ${sc.id}: ground ${ground.y.toFixed(2)} on ${ground.hit}; eye [${eye.map((n) => n.toFixed(2))}]; ` +
      `clearance ${clear.minHorizontal.toFixed(2)}, up ${clear.up?.toFixed(2) ?? 'sky'}`,
  );
  if (clear.minHorizontal < MIN_CLEARANCE)
    warnings.push(`${siteId}/${sc.id}: a surface ${clear.minHorizontal.toFixed(2)} from the eye`);
  if (clear.backFaceHits > 2)
    warnings.push(`${siteId}/${sc.id}: eye seems to be inside a solid (${clear.backFaceHits} back faces)`);
  const hotspots: PlacedScene['hotspots'] = [];
  for (const id of sc.hotspots) {
    const anchor = anchors.get(id);
    if (!anchor) {
      warnings.push(`${siteId}/${sc.id}: hotspot "${id}" missing or without anchor`);
      continue;
    }
    const s = await page.evaluate(([e, a, t]) => window.__pano.sightline(e, a, t), [
      eye,
      anchor,
      SIGHT_TOLERANCE,
    ] as const);
    if (s.visible) hotspots.push({ id, anchor });
    else log(`    hotspot ${id} hidden (${s.hit}, anchor at ${s.distance.toFixed(2)})`);
  }
  let look: Vec3;
  if (typeof sc.look === 'string') {
    const a = anchors.get(sc.look);
    if (!a) throw new Error(`${siteId}/${sc.id}: look at unknown hotspot "${sc.look}"`);
    look = a;
  } else look = sc.look;
  const links =
    sc.links ??
    TOURS.find((t) => t.id === siteId)
      ?.scenes.filter((o) => o.id !== sc.id)
      .map((o) => o.id) ??
    [];
  return { id: sc.id, title: sc.title, eye, look, lookPitchOffset: sc.lookPitchOffset, hotspots, links };
}
