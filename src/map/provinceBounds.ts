/** Bounding box of the province outline (SOURCES.md), [[west, south], [east, north]]. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [
  [106.093, 21.3253],
  [107.362, 22.4609],
];
