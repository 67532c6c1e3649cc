import { type Rgb, vary } from './color';
import type { Pen } from './pen';
import { Rng } from './rng';
import { resamplePolyline, type Vec2, type Vec3 } from './vec';

export interface RibbonSpec {
  width: number;
  color: Rgb;
  /** Height of the surface under a point (usually the terrain). */
  ground: (x: number, z: number) => number;
  lift?: number;
  spacing?: number;
  /** Dashed centre line (roads). */
  dashes?: Rgb;
  seed?: string;
}

const RIM = 11.95;

/** A strip draped over the ground along a path: roads, footpaths, streets. */
export function ribbon(pen: Pen, path: Vec2[], spec: RibbonSpec): void {
  const pts = resamplePolyline(path, spec.spacing ?? 0.5);
  const lift = spec.lift ?? 0.04;
  const rng = Rng.from(spec.seed ?? 'ribbon');
  const w = spec.width / 2;
  const cross = (i: number): Vec3[] => {
    const p = pts[i] as Vec2;
    const a = pts[Math.max(0, i - 1)] as Vec2;
    const b = pts[Math.min(pts.length - 1, i + 1)] as Vec2;
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const l = Math.hypot(dx, dz) || 1;
    const nx = -dz / l;
    const nz = dx / l;
    return [-1, 0, 1].map((s): Vec3 => {
      let x = p[0] + nx * w * s;
      let z = p[1] + nz * w * s;
      // keep the strip on the diorama: points past the rim are pulled back onto it
      const r = Math.hypot(x, z);
      if (r > RIM) {
        x *= RIM / r;
        z *= RIM / r;
      }
      return [x, spec.ground(x, z) + lift, z];
    });
  };
  let prev = cross(0);
  for (let i = 1; i < pts.length; i++) {
    const cur = cross(i);
    const col = vary(rng, spec.color, 0.04);
    for (let k = 0; k < 2; k++) {
      pen.quad(prev[k] as Vec3, prev[k + 1] as Vec3, cur[k + 1] as Vec3, cur[k] as Vec3, col);
    }
    if (spec.dashes && i % 2 === 0) {
      const m0 = prev[1] as Vec3;
      const m1 = cur[1] as Vec3;
      const dx = m1[0] - m0[0];
      const dz = m1[2] - m0[2];
      const l = Math.hypot(dx, dz) || 1;
      const nx = (-dz / l) * 0.05;
      const nz = (dx / l) * 0.05;
      const y0 = m0[1] + 0.01;
      const y1 = m1[1] + 0.01;
      pen.quad(
        [m0[0] - nx, y0, m0[2] - nz],
        [m0[0] + nx, y0, m0[2] + nz],
        [m1[0] + nx, y1, m1[2] + nz],
        [m1[0] - nx, y1, m1[2] - nz],
        spec.dashes,
      );
    }
    prev = cur;
  }
}
