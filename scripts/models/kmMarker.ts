import { PALETTE } from './palette';
import type { Pen } from './pen';
import { block, frustum } from './solids';

/** Road kilometre marker: white stone with a red cap. */
export function kmMarker(pen: Pen, h = 0.6): void {
  block(pen, 0, 0, 0, h * 0.55, h * 0.7, h * 0.25, PALETTE.paper);
  frustum(
    pen.at(0, h * 0.7, 0),
    h * 0.27,
    h * 0.27,
    0,
    h * 0.3,
    8,
    { side: PALETTE.flagRed, top: PALETTE.flagRed },
    0,
  );
}
