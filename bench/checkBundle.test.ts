import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundle } from './checkBundle';
import { bundleGraph } from './lib/graph';
import { stat } from './lib/stats';

/** A fake build: the entry and its import, two string chunks, the map's chunks (one hash with a '-'). */
function fakeDist(mapViewBytes = 2000): string {
  const dist = mkdtempSync(join(tmpdir(), 'xl3d-dist-'));
  const assets = join(dist, 'assets');
  mkdirSync(assets);
  const files: Record<string, string> = {
    'index-AAAAAAAA.js': 'import"./react-CCCCCCCC.js";console.log(1);',
    'react-CCCCCCCC.js': 'export const r=1;',
    'index-BBBBBBBB.css': 'body{margin:0}',
    'common-DDDDDDDD.js': `export default ${JSON.stringify({ strings: 'x'.repeat(900) })};`,
    'common-EEEEEEEE.js': 'export default {};',
    'MapPage-FFFFFFFF.js': 'import"./siteIndex-GGGGGGGG.js";export const m=1;',
    'siteIndex-GGGGGGGG.js': 'export const s=1;',
    'MapView-w4Ul_-00.js': `export const v=${JSON.stringify(randomBytes(mapViewBytes).toString('base64'))};`,
    'MapView-HHHHHHHH.css': '.map{color:red}',
    'maplibre-gl-worker-IIIIIIII.mjs': 'self.onmessage=()=>{};',
    'SitePage-JJJJJJJJ.js': 'import"./siteIndex-GGGGGGGG.js";',
    'SiteViewer-KKKKKKKK.js': 'export const three=1;',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(assets, name), text);
  writeFileSync(
    join(dist, 'index.html'),
    '<html><head><script type="module" crossorigin src="/assets/index-AAAAAAAA.js"></script>' +
      '<link rel="stylesheet" crossorigin href="/assets/index-BBBBBBBB.css"></head><body></body></html>',
  );
  return dist;
}

const checkBundle = (dist: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'bench/checkBundle.ts', dist], { encoding: 'utf8' });

describe('the bundle graph of a build', () => {
  const graph = bundleGraph(fakeDist());

  it('counts the entry, its imports and the largest language strings before the first paint', () => {
    expect(graph.firstPaint.js.sort()).toEqual(
      ['assets/common-DDDDDDDD.js', 'assets/index-AAAAAAAA.js', 'assets/react-CCCCCCCC.js'].sort(),
    );
    expect(graph.firstPaint.css).toEqual(['assets/index-BBBBBBBB.css']);
  });

  it('counts the map’s chunks, worker and CSS, also for a chunk whose hash contains a dash', () => {
    expect(graph.mapInteractive.js).toEqual(
      expect.arrayContaining([
        'assets/common-DDDDDDDD.js',
        'assets/MapPage-FFFFFFFF.js',
        'assets/siteIndex-GGGGGGGG.js',
        'assets/MapView-w4Ul_-00.js',
        'assets/maplibre-gl-worker-IIIIIIII.mjs',
      ]),
    );
    expect(graph.mapInteractive.js).not.toContain('assets/SiteViewer-KKKKKKKK.js');
    expect(graph.mapInteractive.css.sort()).toEqual([
      'assets/MapView-HHHHHHHH.css',
      'assets/index-BBBBBBBB.css',
    ]);
  });
});

describe('npm run bench:size', () => {
  it('passes a build within the budgets', () => {
    const dist = fakeDist();
    expect(measureBundle(dist).rows.every((r) => r.ok !== false)).toBe(true);
    expect(checkBundle(dist).status).toBe(0);
  });

  it('exits 1 and names the figure when the map is over its budget', () => {
    const dist = fakeDist(800 * 1024); // random bytes barely compress: well over 560 KB gzip
    const run = checkBundle(dist);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/map interactive.*❌/);
  });
});

describe('stat', () => {
  it('gives the median, min and max of the runs that reached the mark, and counts the others', () => {
    expect(stat([300, null, 100, 200])).toMatchObject({ median: 200, min: 100, max: 300, n: 3, failures: 1 });
    expect(stat([100, 200, 400, 300]).median).toBe(250);
    expect(stat([undefined]).median).toBeNull();
  });
});
