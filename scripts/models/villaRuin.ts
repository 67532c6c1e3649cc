import { shade, vary } from './color';
import { PALETTE } from './palette';
import { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import { block, box } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

/** A roofless stone villa of the 1930s: broken walls with window gaps and a chimney stack. */
export function villaRuin(
  scene: SceneBuilder,
  spec: {
    name: string;
    x: number;
    z: number;
    y: number;
    rotY?: number;
    width: number;
    depth: number;
    seed: string;
  },
): Vec3 {
  const xf = Xform.place(spec.x, spec.y, spec.z, ((spec.rotY ?? 0) * Math.PI) / 180);
  const pen = scene.pen(spec.name, 'masonry').with(xf);
  const rng = Rng.from(spec.seed);
  const W = spec.width / 2;
  const D = spec.depth / 2;
  const t = 0.14;
  const wallRun = (x0: number, z0: number, x1: number, z1: number): void => {
    const len = Math.hypot(x1 - x0, z1 - z0);
    const n = Math.max(2, Math.round(len / 0.5));
    for (let i = 0; i < n; i++) {
      const a = i / n;
      const b = (i + 1) / n;
      const isWindow = i % 3 === 1;
      const h = 1.3 - rng.range(0, 0.6) * (Math.sin(i * 1.7) > 0 ? 1 : 0.3);
      const col = vary(rng, PALETTE.rubble, 0.08);
      const p0: Vec3 = [x0 + (x1 - x0) * a, 0, z0 + (z1 - z0) * a];
      const p1: Vec3 = [x0 + (x1 - x0) * b, 0, z0 + (z1 - z0) * b];
      const lo: Vec3 = [Math.min(p0[0], p1[0]) - t / 2, -0.3, Math.min(p0[2], p1[2]) - t / 2];
      const hi: Vec3 = [Math.max(p0[0], p1[0]) + t / 2, h, Math.max(p0[2], p1[2]) + t / 2];
      if (isWindow) {
        box(pen, lo, [hi[0], 0.45, hi[2]], col);
        if (h > 1.0) box(pen, [lo[0], 0.95, lo[2]], hi, col);
      } else {
        box(pen, lo, hi, col);
      }
    }
  };
  wallRun(-W, D, W, D);
  wallRun(W, D, W, -D);
  wallRun(W, -D, -W, -D);
  wallRun(-W, -D, -W, D);
  wallRun(-W, 0, W * 0.2, 0);
  block(pen, W - 0.3, 0, -D + 0.3, 0.35, 1.9, 0.35, shade(PALETTE.rubble, 0.85));
  box(pen, [-W + 0.1, -0.05, -D + 0.1], [W - 0.1, 0.04, D - 0.1], shade(PALETTE.grassDry, 0.9));
  return xf.apply([0, 0.8, D]);
}
