import { shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { beam, block, box, frustum } from './solids';
import type { Vec3 } from './vec';

/** Flag pole with the Vietnamese flag (red field, yellow star) flying towards +X. */
export function flag(pen: Pen, poleHeight: number, flagWidth: number): Vec3 {
  frustum(pen, 0.05, 0.035, 0, poleHeight, 6, PALETTE.concrete);
  const fw = flagWidth;
  const fh = fw * 0.66;
  const top = poleHeight - 0.05;
  box(pen, [0.03, top - fh, -0.015], [0.03 + fw, top, 0.015], PALETTE.flagRed);
  const cx = 0.03 + fw / 2;
  const cy = top - fh / 2;
  const star: Vec3[] = [];
  for (let k = 0; k < 10; k++) {
    const a = Math.PI / 2 + (k * Math.PI) / 5;
    const r = k % 2 === 0 ? fh * 0.3 : fh * 0.12;
    star.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r, 0.02]);
  }
  // the star as five triangles around the centre (it is not convex)
  for (let k = 0; k < 10; k++) {
    const a = star[k] as Vec3;
    const b = star[(k + 1) % 10] as Vec3;
    pen.tri([cx, cy, 0.02], a, b, PALETTE.flagYellow);
    pen.tri([cx, cy, -0.02], b, a, PALETTE.flagYellow);
  }
  return [cx, cy, 0];
}

/** A modern flag tower: square tapering shaft, viewing balcony and a large flag on top. */
export function flagTower(pen: Pen, height: number): Vec3 {
  const h = height;
  block(pen, 0, 0, 0, h * 0.34, h * 0.08, h * 0.34, PALETTE.stone);
  const shaft: Vec3[] = [];
  const b = h * 0.13;
  const t = h * 0.09;
  for (const [x, z] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    shaft.push([x * b, h * 0.08, z * b], [x * t, h * 0.78, z * t]);
  }
  box(pen, [-b, h * 0.08, -b], [b, h * 0.1, b], PALETTE.paper);
  const c = PALETTE.paper;
  const q = (i: number, j: number): void => {
    const a0 = shaft[i * 2] as Vec3;
    const a1 = shaft[j * 2] as Vec3;
    const b1 = shaft[j * 2 + 1] as Vec3;
    const b0 = shaft[i * 2 + 1] as Vec3;
    pen.quad(a0, a1, b1, b0, c);
  };
  q(3, 2);
  q(2, 1);
  q(1, 0);
  q(0, 3);
  block(pen, 0, h * 0.78, 0, h * 0.28, h * 0.04, h * 0.28, shade(PALETTE.paper, 0.85));
  for (const [x, z] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const)
    beam(
      pen,
      [x * h * 0.12, h * 0.82, z * h * 0.12],
      [x * h * 0.12, h * 0.9, z * h * 0.12],
      0.05,
      0.05,
      PALETTE.paper,
    );
  block(pen, 0, h * 0.9, 0, h * 0.2, h * 0.03, h * 0.2, PALETTE.lacquer);
  flag(pen.at(0, h * 0.93, 0), h * 0.5, h * 0.35);
  return [0, h * 0.6, 0];
}
