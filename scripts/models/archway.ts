import type { Rgb } from './color';
import type { Pen } from './pen';
import type { Vec2, Vec3 } from './vec';

export interface ArchwaySpec {
  /** Outer block size: width (x), height (y), depth (z); centred on x and z, standing on y = 0. */
  width: number;
  height: number;
  depth: number;
  /** Opening width and the height where its round vault starts. */
  opening: number;
  spring: number;
  face: Rgb;
  inner?: Rgb;
  top?: Rgb;
  /** Fill the opening (a bricked-up gate) with this colour, set back slightly. */
  filled?: Rgb;
  segments?: number;
}

/** A block pierced by a round-arched passage along Z: city gates, vaulted doors. */
export function archway(pen: Pen, spec: ArchwaySpec): void {
  const W = spec.width / 2;
  const H = spec.height;
  const D = spec.depth / 2;
  const r = spec.opening / 2;
  const s = spec.spring;
  const n = spec.segments ?? 10;
  const inner = spec.inner ?? spec.face;
  const top = spec.top ?? spec.face;
  // rays from the arch centre; corners are added so every spandrel quad has its outer edge on one side
  const angles = new Set<number>();
  for (let k = 0; k <= n; k++) angles.add((k / n) * Math.PI);
  angles.add(Math.atan2(H - s, W));
  angles.add(Math.atan2(H - s, -W));
  const sorted = [...angles].sort((a, b) => a - b);
  const outerAt = (a: number): Vec2 => {
    const dx = Math.cos(a);
    const dy = Math.sin(a);
    const tSide = Math.abs(dx) > 1e-9 ? W / Math.abs(dx) : Number.POSITIVE_INFINITY;
    const tTop = dy > 1e-9 ? (H - s) / dy : Number.POSITIVE_INFINITY;
    const t = Math.min(tSide, tTop);
    return [dx * t, s + dy * t];
  };
  const innerAt = (a: number): Vec2 => [Math.cos(a) * r, s + Math.sin(a) * r];
  const faces = (z: number, front: boolean): void => {
    const q = (a: Vec2, b: Vec2, c: Vec2, d: Vec2): void => {
      const at = (p: Vec2): Vec3 => [p[0], p[1], z];
      if (front) pen.quad(at(a), at(b), at(c), at(d), spec.face);
      else pen.quad(at(d), at(c), at(b), at(a), spec.face);
    };
    q([r, 0], [W, 0], [W, s], [r, s]);
    q([-W, 0], [-r, 0], [-r, s], [-W, s]);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a0 = sorted[k] as number;
      const a1 = sorted[k + 1] as number;
      q(innerAt(a0), outerAt(a0), outerAt(a1), innerAt(a1));
    }
  };
  faces(D, true);
  faces(-D, false);
  // outer shell
  pen.quad([W, 0, D], [W, 0, -D], [W, H, -D], [W, H, D], spec.face);
  pen.quad([-W, 0, -D], [-W, 0, D], [-W, H, D], [-W, H, -D], spec.face);
  pen.quad([-W, H, D], [W, H, D], [W, H, -D], [-W, H, -D], top);
  // passage walls and vault, facing inwards
  pen.quad([r, 0, -D], [r, 0, D], [r, s, D], [r, s, -D], inner);
  pen.quad([-r, 0, D], [-r, 0, -D], [-r, s, -D], [-r, s, D], inner);
  for (let k = 0; k < n; k++) {
    const a0 = (k / n) * Math.PI;
    const a1 = ((k + 1) / n) * Math.PI;
    const p0 = innerAt(a0);
    const p1 = innerAt(a1);
    pen.quad([p0[0], p0[1], -D], [p0[0], p0[1], D], [p1[0], p1[1], D], [p1[0], p1[1], -D], inner);
  }
  if (spec.filled) {
    const z = D * 0.35;
    const pts: Vec3[] = [
      [-r, 0, z],
      [r, 0, z],
    ];
    for (let k = 0; k <= n; k++) {
      const p = innerAt((k / n) * Math.PI);
      pts.push([p[0], p[1], z]);
    }
    pen.poly(pts, spec.filled);
    pen.poly(
      [...pts].reverse().map((p): Vec3 => [p[0], p[1], -z]),
      spec.filled,
    );
  }
}
