import { shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { beam, frustum } from './solids';
import { Xform } from './xform';

/** A field cannon on two wheels, barrel towards +Z. */
export function cannon(pen: Pen, length = 1.2): void {
  const l = length;
  const barrel = pen.with(Xform.rotateX(Math.PI / 2 - 0.12)).at(0, -l * 0.45, -l * 0.35);
  frustum(barrel, l * 0.1, l * 0.07, 0, l, 8, shade(PALETTE.ink, 1.6));
  for (const sx of [-1, 1]) {
    const wheel = pen.with(Xform.rotateZ(Math.PI / 2)).at(l * 0.25, -sx * l * 0.14, 0);
    frustum(wheel, l * 0.22, l * 0.22, -l * 0.03, l * 0.03, 10, PALETTE.woodDark);
  }
  beam(pen, [0, l * 0.12, -l * 0.1], [0, 0.02, -l * 0.6], l * 0.12, l * 0.06, PALETTE.woodDark);
}
