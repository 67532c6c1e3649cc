/**
 * npm run map:data: copies the offline map data from ../shared/data/geo into public/map and derives
 * one label point per neighbouring province (its multipolygons would otherwise get a label per island).
 */
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelPoint } from './labelPoint';

const from = process.argv[2] ?? '../shared/data/geo';
const to = 'public/map';
const files = [
  'langson-boundary.geojson',
  'neighbours.geojson',
  'places.geojson',
  'rivers.geojson',
  'SOURCES.md',
];

if (existsSync(from)) {
  for (const f of files) copyFileSync(join(from, f), join(to, f));
  cpSync(join(from, 'dem'), join(to, 'dem'), { recursive: true });
  console.log(`copied ${files.length} files and dem/ from ${from}`);
}

type Ring = [number, number][];
interface Feature {
  properties: { name: string; kind: string };
  geometry: { type: string; coordinates: unknown };
}
const neighbours = JSON.parse(readFileSync(join(to, 'neighbours.geojson'), 'utf8')) as {
  features: Feature[];
};
// The map window around Lạng Sơn: labels placed outside it would never be seen.
const WINDOW: [number, number, number, number] = [105.95, 21.2, 107.55, 22.7];
const labels = neighbours.features
  .filter((f) => f.properties.kind === 'province')
  .map((f) => {
    const polygons =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as Ring[]]
        : (f.geometry.coordinates as Ring[][]);
    const [lng, lat] = labelPoint(polygons, WINDOW);
    return {
      type: 'Feature',
      properties: { name: f.properties.name },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    };
  });
writeFileSync(
  join(to, 'neighbour-labels.geojson'),
  `${JSON.stringify({ type: 'FeatureCollection', features: labels })}\n`,
);
console.log(`wrote ${labels.length} neighbour label points`);
