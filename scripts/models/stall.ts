import type { Rgb } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { beam, block, box } from './solids';

/** Market stall: counter and a coloured awning on four poles. */
export function stall(pen: Pen, w: number, d: number, awning: Rgb): void {
  block(pen, 0, 0, 0, w * 0.9, 0.45, d * 0.6, PALETTE.woodLight);
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      beam(
        pen,
        [(sx * w) / 2, 0, (sz * d) / 2],
        [(sx * w) / 2, 1.0, (sz * d) / 2],
        0.04,
        0.04,
        PALETTE.woodDark,
      );
  box(pen, [-w / 2 - 0.05, 1.0, -d / 2 - 0.1], [w / 2 + 0.05, 1.06, d / 2 + 0.15], awning);
}
