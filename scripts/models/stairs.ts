import { type Rgb, shade } from './color';
import type { Pen } from './pen';
import { beam, block } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface StairsSpec {
  width: number;
  steps: number;
  color: Rgb;
  /** Ground height under a point, so each step reaches down to it. */
  ground?: (x: number, z: number) => number;
  /** Handrails on both sides (Phai Vệ's bamboo-style railings). */
  railing?: Rgb;
}

/** A straight flight of stone steps from `from` (bottom) to `to` (top). */
export function stairs(pen: Pen, from: Vec3, to: Vec3, spec: StairsSpec): void {
  const dx = to[0] - from[0];
  const dz = to[2] - from[2];
  const run = Math.hypot(dx, dz);
  const rise = to[1] - from[1];
  const a = Math.atan2(dx, dz);
  const local = pen.with(Xform.rotateY(a).andThen(Xform.translate(from[0], 0, from[2])));
  const n = spec.steps;
  const tread = run / n;
  const world = Xform.rotateY(a).andThen(Xform.translate(from[0], 0, from[2]));
  for (let i = 0; i < n; i++) {
    const z = tread * (i + 0.5);
    const top = from[1] + (rise * (i + 1)) / n;
    const p = world.apply([0, 0, z]);
    const g = spec.ground ? spec.ground(p[0], p[2]) - 0.25 : top - 0.6;
    const bottom = Math.min(g, top - 0.15);
    block(local, 0, bottom, z, spec.width, top - bottom, tread * 1.02, {
      side: shade(spec.color, 0.82),
      top: i % 2 === 0 ? spec.color : shade(spec.color, 0.95),
    });
  }
  if (spec.railing) {
    for (const sx of [-1, 1]) {
      const x = (sx * spec.width) / 2;
      const posts = Math.max(2, Math.round(run / 0.8));
      for (let k = 0; k <= posts; k++) {
        const t = k / posts;
        const y = from[1] + rise * t;
        beam(local, [x, y, run * t], [x, y + 0.35, run * t], 0.04, 0.04, spec.railing);
      }
      beam(local, [x, from[1] + 0.35, 0], [x, to[1] + 0.35, run], 0.05, 0.05, spec.railing);
    }
  }
}
