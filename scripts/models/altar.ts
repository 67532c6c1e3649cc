import { shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { block, frustum } from './solids';
import type { Vec3 } from './vec';

/** Altar table with a gilded back panel (inside halls and caves). */
export function altar(pen: Pen, w: number): Vec3 {
  block(pen, 0, 0, 0, w, w * 0.45, w * 0.4, PALETTE.lacquer);
  block(pen, 0, w * 0.45, -w * 0.12, w * 0.9, w * 0.04, w * 0.3, PALETTE.gold);
  block(pen, 0, w * 0.45, -w * 0.18, w * 0.25, w * 0.3, w * 0.1, PALETTE.gold);
  return [0, w * 0.5, 0];
}

/** Bronze incense burner on a stand, placed before altars and shrines. */
export function incenseBurner(pen: Pen, h = 0.5): void {
  block(pen, 0, 0, 0, h * 0.5, h * 0.35, h * 0.5, PALETTE.stone);
  frustum(pen.at(0, h * 0.35, 0), h * 0.22, h * 0.28, 0, h * 0.35, 8, PALETTE.bronze);
  frustum(pen.at(0, h * 0.7, 0), h * 0.1, h * 0.02, 0, h * 0.3, 6, shade(PALETTE.bronze, 0.8));
}
