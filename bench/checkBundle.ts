/**
 * Fast bundle-size budget check (part of `npm test`): reads a production build and sums the gzip/brotli
 * size of the JS (and CSS) reached before the first paint and before the map is interactive.
 *
 *   npx tsx bench/checkBundle.ts [distDir=dist] [--json] [--warn]
 *
 * Exits 1 when a budget of bench/budgets.ts is broken (with --warn: prints the breach, exits 0). Uses dist/.vite/manifest.json when the build wrote
 * one, else index.html + the chunks' static imports.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGETS } from './budgets';
import { bundleGraph, type RouteFiles } from './lib/graph';
import { fileSizes, kb, type Sizes, sumSizes } from './lib/sizes';

export interface BundleRow {
  id: string;
  label: string;
  files: number;
  js: Sizes;
  css: Sizes;
  /** The figure compared with the budget (gzip bytes). */
  value: number;
  budget: number | null;
  ok: boolean | null;
}

export function measureBundle(dist: string): { source: string; rows: BundleRow[]; engineOnMap: string[] } {
  const graph = bundleGraph(dist);
  const sizes = (r: RouteFiles) => ({
    js: sumSizes(r.js.map((f) => fileSizes(join(dist, f)))),
    css: sumSizes(r.css.map((f) => fileSizes(join(dist, f)))),
    files: r.js.length + r.css.length,
  });
  const fp = sizes(graph.firstPaint);
  const map = sizes(graph.mapInteractive);
  const site = sizes(graph.siteViewer);
  const row = (
    id: string,
    label: string,
    s: ReturnType<typeof sizes>,
    value: number,
    budget: number | null,
  ): BundleRow => ({
    id,
    label,
    files: s.files,
    js: s.js,
    css: s.css,
    value,
    budget,
    ok: budget === null ? null : value <= budget,
  });
  const engineOnMap = graph.mapInteractive.js.filter((f) => graph.engine3d.includes(f));
  return {
    source: graph.source,
    engineOnMap,
    rows: [
      row('firstPaintJs', 'first paint: JS (gzip)', fp, fp.js.gzip, BUDGETS.firstPaintJsGzip),
      row(
        'mapInteractive',
        'map interactive: JS+CSS (gzip)',
        map,
        map.js.gzip + map.css.gzip,
        BUDGETS.mapInteractiveGzip,
      ),
      row('siteViewer', 'site page with 3D viewer: JS+CSS (gzip)', site, site.js.gzip + site.css.gzip, null),
    ],
  };
}

export function bundleTable(rows: BundleRow[]): string {
  const lines = [
    '| figure | files | JS gzip | JS brotli | CSS gzip | counted | budget | |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.files} | ${kb(r.js.gzip)} | ${kb(r.js.brotli)} | ${kb(r.css.gzip)} | ${kb(r.value)} | ${
        r.budget === null ? '–' : `≤ ${kb(r.budget)}`
      } | ${r.ok === null ? '' : r.ok ? '✅' : '❌'} |`,
    );
  }
  return lines.join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`bench/checkBundle: no build in ${dist} (run vite build first)`);
    process.exit(2);
  }
  const { source, rows, engineOnMap } = measureBundle(dist);
  if (args.includes('--json')) console.log(JSON.stringify({ source, rows, engineOnMap }, null, 2));
  else {
    console.log(
      `Bundle budgets (${dist}, from ${source === 'manifest' ? 'the Vite manifest' : 'index.html'})`,
    );
    console.log(bundleTable(rows));
    if (engineOnMap.length)
      console.log(`❌ the map page reaches 3D engine chunks: ${engineOnMap.join(', ')}`);
  }
  const broken = rows.filter((r) => r.ok === false).length + (engineOnMap.length ? 1 : 0);
  if (broken) {
    console.error(`${broken} bundle budget(s) broken`);
    if (!args.includes('--warn')) process.exit(1);
  }
}
