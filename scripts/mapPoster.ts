/**
 * The province poster: a static SVG of the offline map (neighbours, province, rivers, border) in the
 * live map's colours and frame. It is what phones show before the live map starts, and what every
 * screen shows while MapLibre loads. `npm run map:data` writes it to public/map/poster.svg.
 */
import simplify from 'simplify-js';
import { FRAME_ASPECT, frameFraction, POSTER_MARGIN, POSTER_UNITS } from '../src/map/posterFrame.ts';

type Position = number[];
interface Feature {
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown };
}
export interface PosterInput {
  province: { features: Feature[] };
  neighbours: { features: Feature[] };
  rivers: { features: Feature[] };
}

const W = POSTER_UNITS;
const H = POSTER_UNITS / FRAME_ASPECT;
const VIEW = {
  x0: -POSTER_MARGIN.x * W,
  y0: -POSTER_MARGIN.y * H,
  x1: (1 + POSTER_MARGIN.x) * W,
  y1: (1 + POSTER_MARGIN.y) * H,
};
// Shapes are clamped a little outside the picture so clamping never shows at its edge.
const PAD = 20;
// Simplification tolerance in poster units: the frame is 1000 units across 340–1000 screen pixels.
const TOLERANCE = 1.2;

function simplified(pts: [number, number][], closed: boolean): [number, number][] {
  const out = simplify(
    pts.map(([x, y]) => ({ x, y })),
    TOLERANCE,
    true,
  ).map((p): [number, number] => [p.x, p.y]);
  return closed && out.length < 4 ? [] : out;
}

function project([lng, lat]: Position): [number, number] {
  const f = frameFraction(lng ?? 0, lat ?? 0);
  return [Math.round(f.x * W), Math.round(f.y * H)];
}

const inside = ([x, y]: [number, number]) =>
  x >= VIEW.x0 - PAD && x <= VIEW.x1 + PAD && y >= VIEW.y0 - PAD && y <= VIEW.y1 + PAD;

function ringPath(coords: Position[]): string {
  const pts: [number, number][] = [];
  for (const p of coords) {
    const [x, y] = project(p);
    const c: [number, number] = [
      Math.min(Math.max(x, VIEW.x0 - PAD), VIEW.x1 + PAD),
      Math.min(Math.max(y, VIEW.y0 - PAD), VIEW.y1 + PAD),
    ];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== c[0] || last[1] !== c[1]) pts.push(c);
  }
  const ring = simplified(pts, true);
  return ring.length < 3 ? '' : `M${ring.map((p) => p.join(' ')).join('L')}Z`;
}

function linePaths(line: Position[]): string {
  let d = '';
  let run: [number, number][] = [];
  const flush = () => {
    const kept = simplified(run, false);
    if (kept.length > 1) d += `M${kept.map((p) => p.join(' ')).join('L')}`;
    run = [];
  };
  for (const p of line) {
    const c = project(p);
    if (!inside(c)) {
      flush();
      continue;
    }
    const last = run[run.length - 1];
    if (!last || last[0] !== c[0] || last[1] !== c[1]) run.push(c);
  }
  flush();
  return d;
}

function polygons(f: Feature): Position[][][] {
  const { type, coordinates } = f.geometry;
  if (type === 'Polygon') return [coordinates as Position[][]];
  if (type === 'MultiPolygon') return coordinates as Position[][][];
  return [];
}

function lines(f: Feature): Position[][] {
  const { type, coordinates } = f.geometry;
  if (type === 'LineString') return [coordinates as Position[]];
  if (type === 'MultiLineString' || type === 'Polygon') return coordinates as Position[][];
  if (type === 'MultiPolygon') return (coordinates as Position[][][]).flat();
  return [];
}

const areaPath = (features: Feature[]) =>
  features
    .flatMap(polygons)
    .flatMap((poly) => poly.map(ringPath))
    .join('');
const linePath = (features: Feature[]) => features.flatMap(lines).map(linePaths).join('');

/** The poster's SVG text. Colours follow src/map/buildStyle.ts. */
export function mapPosterSvg(input: PosterInput): string {
  const kind = (k: string) => input.neighbours.features.filter((f) => f.properties?.kind === k);
  const neighbours = areaPath(kind('province'));
  const border = linePath(kind('international_border'));
  const province = areaPath(input.province.features);
  const rivers = linePath(input.rivers.features);
  const vb = [VIEW.x0, VIEW.y0, VIEW.x1 - VIEW.x0, VIEW.y1 - VIEW.y0].map((n) => Math.round(n)).join(' ');
  const line =
    'fill="none" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb}" width="${Math.round(VIEW.x1 - VIEW.x0)}" height="${Math.round(VIEW.y1 - VIEW.y0)}" preserveAspectRatio="none">`,
    `<rect x="${VIEW.x0}" y="${Math.round(VIEW.y0)}" width="100%" height="100%" fill="#E4E0D6"/>`,
    `<defs><path id="p" d="${province}"/></defs>`,
    `<path d="${neighbours}" fill="#E1DDD3" stroke="#A8A398" stroke-width="0.8" vector-effect="non-scaling-stroke"/>`,
    `<use href="#p" fill="#F4F1EA"/>`,
    `<path d="${rivers}" ${line} stroke="#1C6E8C" stroke-opacity="0.65" stroke-width="1"/>`,
    `<use href="#p" ${line} stroke="#1F4E3D" stroke-opacity="0.12" stroke-width="6"/>`,
    `<use href="#p" ${line} stroke="#1F4E3D" stroke-width="1.6"/>`,
    `<path d="${border}" ${line} stroke="#8B2E3C" stroke-width="2" stroke-dasharray="3 1.5"/>`,
    '</svg>',
    '',
  ].join('\n');
}
