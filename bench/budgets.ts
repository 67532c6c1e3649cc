/**
 * Every budget the benchmark checks, in one place. Source: ../shared/DESIGN.md, "Budgets".
 * `npm run bench -- --check` and `bench/checkBundle.ts` (run by `npm test`) exit 1 when one is broken.
 */

const KB = 1024;

export const BUDGETS = {
  /** JS (gzip) loaded before the first paint of the app shell (entry chunk + its static imports). */
  firstPaintJsGzip: 120 * KB,
  /** JS + CSS (gzip) loaded by the time the map is interactive (shell + map route + maplibre + worker). */
  mapInteractiveGzip: 560 * KB,
  /** A site's 3D model as transferred (GLB bytes) and its triangle count. */
  modelBytes: 1.5 * 1024 * KB,
  modelTriangles: 300_000,
  /** A panorama scene's preview image. */
  panoramaPreviewBytes: 100 * KB,
  /** Lighthouse, mobile preset, map page and a site page (scores 0–100). */
  lighthouseMobilePerformance: 90,
  lighthouseMobileAccessibility: 100,
  /** Ours / peer time to first frame must stay below this ratio (1 = as fast as the peer). */
  firstFrameRatioVsPeer: 1,
  /**
   * Soak "flat": after 300 site/scene switches, compared with the start (measured after one warm-up
   * cycle, on the same page state): JS heap (after forced GC) grows by at most `heapGrowth` (fraction)
   * plus `heapSlackBytes`; renderer geometries/textures by at most `gpuSlack` each; DOM nodes by at
   * most `domGrowth` (fraction).
   */
  soak: { heapGrowth: 0.1, heapSlackBytes: 2 * 1024 * KB, gpuSlack: 2, domGrowth: 0.05 },
} as const;

export type Budgets = typeof BUDGETS;
