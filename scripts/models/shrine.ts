import { curvedRoof } from './curvedRoof';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { block, box } from './solids';
import type { Vec3 } from './vec';

/** A small roofed shrine (miếu) for minor altars. */
export function shrine(pen: Pen, tile: Pen, w: number): Vec3 {
  block(pen, 0, 0, 0, w * 1.2, w * 0.2, w * 1.1, PALETTE.stone);
  block(pen, 0, w * 0.2, 0, w, w * 0.8, w * 0.85, PALETTE.ochre);
  box(pen, [-w * 0.25, w * 0.2, w * 0.425], [w * 0.25, w * 0.75, w * 0.44], PALETTE.lacquer);
  curvedRoof(tile, {
    width: w,
    depth: w * 0.85,
    y: w,
    rise: w * 0.45,
    overhang: w * 0.22,
    upturn: w * 0.2,
    finial: 'pearl',
    ridgeRatio: 0.4,
  });
  return [0, w * 0.6, w * 0.45];
}
