import { type Rgb, shade } from './color';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { beam, block } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

/** A flat concrete bridge on piers from `a` to `b` (deck heights taken from the end points). */
export function bridge(
  scene: SceneBuilder,
  name: string,
  a: Vec3,
  b: Vec3,
  spec: { width: number; piers?: number; pierBottom: number; color?: Rgb; railing?: Rgb },
): Vec3 {
  const pen = scene.pen(name, 'masonry');
  const c = spec.color ?? PALETTE.concrete;
  const dx = b[0] - a[0];
  const dz = b[2] - a[2];
  const len = Math.hypot(dx, dz);
  const local = pen.with(Xform.rotateY(Math.atan2(dx, dz)).andThen(Xform.translate(a[0], 0, a[2])));
  const w = spec.width / 2;
  const deck = (t: number): number => a[1] + (b[1] - a[1]) * t;
  beam(local, [0, a[1] - 0.12, 0], [0, b[1] - 0.12, len], spec.width, 0.24, {
    side: shade(c, 0.85),
    top: PALETTE.asphalt,
  });
  const piers = spec.piers ?? Math.max(1, Math.round(len / 3.5) - 1);
  for (let i = 1; i <= piers; i++) {
    const t = i / (piers + 1);
    const top = deck(t) - 0.24;
    block(local, 0, spec.pierBottom, t * len, spec.width * 0.7, top - spec.pierBottom, 0.4, shade(c, 0.8));
  }
  const rail = spec.railing ?? shade(c, 1.1);
  for (const sx of [-1, 1]) {
    beam(local, [sx * (w - 0.05), a[1] + 0.3, 0], [sx * (w - 0.05), b[1] + 0.3, len], 0.08, 0.08, rail);
    const posts = Math.round(len / 0.8);
    for (let k = 0; k <= posts; k++) {
      const t = k / posts;
      beam(
        local,
        [sx * (w - 0.05), deck(t), t * len],
        [sx * (w - 0.05), deck(t) + 0.3, t * len],
        0.06,
        0.06,
        rail,
      );
    }
  }
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
}
