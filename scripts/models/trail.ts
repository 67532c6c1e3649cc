import { type Rgb, shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { beam, block } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface TrailSpec {
  width: number;
  color: Rgb;
  /** Height of one step; slopes are broken into level treads of this rise. */
  stepRise?: number;
  /** Posts and a handrail on the outer side. */
  railing?: Rgb;
  /** Small lamp posts every few metres (Phai Vệ's LED-lit stairways). */
  lamps?: boolean;
}

/** A stepped footpath through a list of points (mountain stairways, summit paths). */
export function trail(pen: Pen, points: readonly Vec3[], spec: TrailSpec): void {
  const rise = spec.stepRise ?? 0.16;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Vec3;
    const b = points[i + 1] as Vec3;
    const dx = b[0] - a[0];
    const dz = b[2] - a[2];
    const run = Math.hypot(dx, dz);
    if (run < 1e-6) continue;
    const steps = Math.max(1, Math.ceil(Math.abs(b[1] - a[1]) / rise));
    const local = pen.with(Xform.rotateY(Math.atan2(dx, dz)).andThen(Xform.translate(a[0], 0, a[2])));
    for (let k = 0; k < steps; k++) {
      const y = a[1] + ((b[1] - a[1]) * (k + 1)) / steps;
      const z0 = (run * k) / steps;
      const z1 = (run * (k + 1)) / steps;
      block(local, 0, y - 0.35, (z0 + z1) / 2, spec.width, 0.35, z1 - z0 + 0.04, {
        side: shade(spec.color, 0.8),
        top: k % 2 === 0 ? spec.color : shade(spec.color, 0.93),
      });
    }
    if (spec.railing) {
      const x = spec.width / 2;
      beam(local, [x, a[1] + 0.35, 0], [x, b[1] + 0.35, run], 0.04, 0.04, spec.railing);
      beam(local, [x, a[1], 0], [x, a[1] + 0.35, 0], 0.04, 0.04, spec.railing);
    }
    if (spec.lamps && i % 3 === 0) {
      block(local, -spec.width / 2 - 0.06, a[1], 0, 0.05, 0.3, 0.05, PALETTE.woodDark);
      block(local, -spec.width / 2 - 0.06, a[1] + 0.3, 0, 0.1, 0.08, 0.1, PALETTE.flagYellow);
    }
  }
}
