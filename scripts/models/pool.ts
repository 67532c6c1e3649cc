import { type Rgb, shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import type { Rng } from './rng';
import type { Vec3 } from './vec';

/** A small irregular pool of still water with a stone rim (cave lakes, wells, ponds on terraces). */
export function pool(
  water: Pen,
  rim: Pen,
  c: Vec3,
  radius: number,
  rng: Rng,
  color: Rgb = PALETTE.river,
): void {
  const n = 14;
  const pts: Vec3[] = [];
  const outer: Vec3[] = [];
  for (let k = 0; k < n; k++) {
    const a = (k / n) * Math.PI * 2;
    const r = radius * (1 + rng.jitter(0.15));
    pts.push([c[0] + Math.cos(a) * r, c[1], c[2] - Math.sin(a) * r]);
    outer.push([c[0] + Math.cos(a) * (r + 0.12), c[1] + 0.05, c[2] - Math.sin(a) * (r + 0.12)]);
  }
  water.poly(pts, color);
  for (let k = 0; k < n; k++) {
    const a = pts[k] as Vec3;
    const b = pts[(k + 1) % n] as Vec3;
    const oa = outer[k] as Vec3;
    const ob = outer[(k + 1) % n] as Vec3;
    rim.quad(a, oa, ob, b, shade(PALETTE.stone, 0.9));
    rim.quad([oa[0], c[1] - 0.15, oa[2]], [ob[0], c[1] - 0.15, ob[2]], ob, oa, shade(PALETTE.stone, 0.75));
  }
}
