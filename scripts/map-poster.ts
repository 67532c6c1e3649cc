/** Writes public/map/poster.svg from the offline map data in public/map (see scripts/mapPoster.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapPosterSvg } from './mapPoster.ts';

export const POSTER_PATH = join(import.meta.dirname, '..', 'public', 'map', 'poster.svg');

export function readPosterInput(dir = join(import.meta.dirname, '..', 'public', 'map')) {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return {
    province: read('langson-boundary.geojson'),
    neighbours: read('neighbours.geojson'),
    rivers: read('rivers.geojson'),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const svg = mapPosterSvg(readPosterInput());
  writeFileSync(POSTER_PATH, svg);
  console.log(`wrote ${POSTER_PATH} (${(svg.length / 1024).toFixed(1)} KB)`);
}
