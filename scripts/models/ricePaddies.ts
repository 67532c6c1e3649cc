import { type Rgb, vary } from './color';
import { PALETTE } from './palette';
import { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import type { Vec3 } from './vec';

export interface RicePaddySpec {
  name: string;
  seed: string;
  /** Where fields may lie. */
  accept: (x: number, z: number) => boolean;
  ground: (x: number, z: number) => number;
  /** Bounding square to tile (centre and half-size). */
  area: { x: number; z: number; half: number };
  cell?: number;
  angle?: number;
  /** Colours of the plots; repeating a colour makes it more common. */
  colors?: readonly Rgb[];
}

/** A patchwork of paddy plots with thin bunds between them (green and gold at harvest time). */
export function ricePaddies(scene: SceneBuilder, spec: RicePaddySpec): Vec3[] {
  const pen = scene.pen(spec.name, 'ground');
  const rng = Rng.from(spec.seed);
  const cell = spec.cell ?? 1.1;
  const a = ((spec.angle ?? 0) * Math.PI) / 180;
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const colors = spec.colors ?? [PALETTE.riceGold, PALETTE.riceGold, PALETTE.riceGreen, PALETTE.riceYoung];
  const toWorld = (u: number, v: number): [number, number] => [
    spec.area.x + u * ca - v * sa,
    spec.area.z + u * sa + v * ca,
  ];
  const centres: Vec3[] = [];
  const gap = 0.06;
  let v = -spec.area.half;
  while (v < spec.area.half) {
    const rowH = cell * rng.range(0.7, 1.2);
    let u = -spec.area.half + rng.range(0, cell * 0.5);
    while (u < spec.area.half) {
      const w = cell * rng.range(0.8, 1.6);
      const corners = [
        toWorld(u + gap, v + gap),
        toWorld(u + w - gap, v + gap),
        toWorld(u + w - gap, v + rowH - gap),
        toWorld(u + gap, v + rowH - gap),
      ];
      if (corners.every(([x, z]) => spec.accept(x, z) && Math.hypot(x, z) < 11.5)) {
        const pts = corners.map(([x, z]): Vec3 => [x, spec.ground(x, z) + 0.05, z]);
        const col = vary(rng, rng.pick(colors), 0.06);
        // corners run +u then +v, which is clockwise seen from above, so emit them reversed
        pen.quad(pts[3] as Vec3, pts[2] as Vec3, pts[1] as Vec3, pts[0] as Vec3, col);
        const [cx, cz] = toWorld(u + w / 2, v + rowH / 2);
        centres.push([cx, spec.ground(cx, cz) + 0.05, cz]);
      }
      u += w;
    }
    v += rowH;
  }
  return centres;
}
