import { type Rgb, shade, vary } from './color';
import type { MaterialKey } from './materials';
import { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import { box, hexahedron } from './solids';
import type { Terrain } from './terrain';
import { resamplePolyline, type Vec2, type Vec3 } from './vec';

export interface StoneWallSpec {
  name: string;
  path: Vec2[];
  height: number;
  thickness: number;
  color: Rgb;
  seed: string;
  material?: MaterialKey;
  blockLength?: number;
  /** 0..1: how broken the top of the wall is. */
  ruin?: number;
  /** Spacing of loopholes along the wall (0 = none). */
  loopholes?: number;
  /** Projecting top course, as on the Đoàn Thành brick walls. */
  coping?: boolean;
  /** Override for the ground under the wall (e.g. a saddle top). */
  groundY?: (x: number, z: number) => number;
}

export interface WallInfo {
  /** Point on top of the wall at fraction t (0..1) of its length. */
  at(t: number): Vec3;
  /** Point on the outer face (left of the path direction) at fraction t, mid-height. */
  face(t: number, side?: 1 | -1): Vec3;
}

/** A masonry wall following a path over the terrain (citadel ramparts, temple enclosures). */
export function stoneWall(scene: SceneBuilder, terrain: Terrain, spec: StoneWallSpec): WallInfo {
  const pen = scene.pen(spec.name, spec.material ?? 'masonry');
  const rng = Rng.from(spec.seed);
  const pts = resamplePolyline(spec.path, spec.blockLength ?? 0.7);
  const ground = spec.groundY ?? ((x: number, z: number) => terrain.heightAt(x, z));
  const ruin = spec.ruin ?? 0;
  const tops = pts.map((p) => ground(p[0], p[1]) + spec.height * (1 - ruin * rng.next() * 0.45));
  const t2 = spec.thickness / 2;
  const perp = (i: number): Vec2 => {
    const a = pts[Math.max(0, i - 1)] as Vec2;
    const b = pts[Math.min(pts.length - 1, i + 1)] as Vec2;
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const l = Math.hypot(dx, dz) || 1;
    return [-dz / l, dx / l];
  };
  let acc = 0;
  let nextHole = (spec.loopholes ?? 0) / 2;
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i] as Vec2;
    const b = pts[i + 1] as Vec2;
    const na = perp(i);
    const nb = perp(i + 1);
    const ga = ground(a[0], a[1]) - 0.5;
    const gb = ground(b[0], b[1]) - 0.5;
    const ta = tops[i] as number;
    const tb = tops[i + 1] as number;
    const P = (p: Vec2, n: Vec2, s: number, y: number): Vec3 => [
      p[0] + n[0] * s * t2,
      y,
      p[1] + n[1] * s * t2,
    ];
    const col = vary(rng, spec.color, 0.08);
    hexahedron(
      pen,
      [
        P(a, na, -1, ga),
        P(b, nb, -1, gb),
        P(b, nb, -1, tb),
        P(a, na, -1, ta),
        P(a, na, 1, ga),
        P(b, nb, 1, gb),
        P(b, nb, 1, tb),
        P(a, na, 1, ta),
      ],
      { side: col, top: shade(col, 1.1), bottom: null },
    );
    if (spec.coping) {
      const c = shade(spec.color, 0.8);
      const k = 1 + 0.2 / t2;
      hexahedron(
        pen,
        [
          P(a, na, -k, ta - 0.1),
          P(b, nb, -k, tb - 0.1),
          P(b, nb, -k, tb + 0.02),
          P(a, na, -k, ta + 0.02),
          P(a, na, k, ta - 0.1),
          P(b, nb, k, tb - 0.1),
          P(b, nb, k, tb + 0.02),
          P(a, na, k, ta + 0.02),
        ],
        { side: c, bottom: c },
      );
    }
    const seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (spec.loopholes && spec.loopholes > 0) {
      while (nextHole < acc + seg) {
        const t = (nextHole - acc) / seg;
        const x = a[0] + (b[0] - a[0]) * t;
        const z = a[1] + (b[1] - a[1]) * t;
        const y = ground(x, z) + spec.height * 0.55;
        for (const side of [1, -1]) {
          const cx = x + na[0] * side * (t2 + 0.01);
          const cz = z + na[1] * side * (t2 + 0.01);
          box(pen, [cx - 0.07, y - 0.1, cz - 0.07], [cx + 0.07, y + 0.1, cz + 0.07], shade(spec.color, 0.3));
        }
        nextHole += spec.loopholes;
      }
    }
    acc += seg;
  }
  const total = acc;
  const locate = (t: number): { p: Vec2; i: number } => {
    let want = t * total;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i] as Vec2;
      const b = pts[i + 1] as Vec2;
      const seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (want <= seg || i + 2 === pts.length) {
        const f = seg > 0 ? Math.min(1, want / seg) : 0;
        return { p: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f], i };
      }
      want -= seg;
    }
    return { p: pts[0] as Vec2, i: 0 };
  };
  return {
    at(t) {
      const { p, i } = locate(t);
      return [p[0], tops[i] ?? ground(p[0], p[1]) + spec.height, p[1]];
    },
    face(t, side = 1) {
      const { p, i } = locate(t);
      const n = perp(i);
      return [
        p[0] + n[0] * side * (t2 + 0.05),
        ground(p[0], p[1]) + spec.height * 0.5,
        p[1] + n[1] * side * (t2 + 0.05),
      ];
    },
  };
}
