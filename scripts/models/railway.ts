import { shade } from './color';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { beam } from './solids';
import { resamplePolyline, type Vec2 } from './vec';

/** Single-track railway on a ballast bed: sleepers and two steel rails following the ground. */
export function railway(
  scene: SceneBuilder,
  name: string,
  path: Vec2[],
  ground: (x: number, z: number) => number,
): void {
  const pen = scene.pen(name, 'masonry');
  const pts = resamplePolyline(path, 0.35);
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i] as Vec2;
    const b = pts[i + 1] as Vec2;
    const ya = ground(a[0], a[1]);
    const yb = ground(b[0], b[1]);
    beam(pen, [a[0], ya - 0.05, a[1]], [b[0], yb - 0.05, b[1]], 0.9, 0.2, shade(PALETTE.stone, 0.75));
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const l = Math.hypot(dx, dz) || 1;
    const nx = -dz / l;
    const nz = dx / l;
    beam(
      pen,
      [a[0] - nx * 0.35, ya + 0.07, a[1] - nz * 0.35],
      [a[0] + nx * 0.35, ya + 0.07, a[1] + nz * 0.35],
      0.1,
      0.05,
      PALETTE.woodDark,
    );
    for (const s of [-0.2, 0.2]) {
      beam(
        pen,
        [a[0] + nx * s, ya + 0.12, a[1] + nz * s],
        [b[0] + nx * s, yb + 0.12, b[1] + nz * s],
        0.04,
        0.05,
        shade(PALETTE.ink, 2),
      );
    }
  }
}
