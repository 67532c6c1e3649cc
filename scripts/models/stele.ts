import { type Rgb, shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { block, box, frustum } from './solids';
import type { Vec3 } from './vec';

/** Stone stele: slab on a lotus or block base, with inscription lines carved on its face. */
export function stele(
  masonry: Pen,
  spec: { height: number; width?: number; base?: 'lotus' | 'block'; color?: Rgb; cap?: boolean },
): Vec3 {
  const h = spec.height;
  const w = spec.width ?? h * 0.45;
  const t = w * 0.22;
  const c = spec.color ?? PALETTE.limestoneLight;
  let y = 0;
  if (spec.base === 'lotus') {
    frustum(masonry, w * 0.75, w * 0.7, 0, h * 0.1, 8, shade(c, 0.8));
    frustum(masonry.at(0, h * 0.1, 0), w * 0.55, w * 0.75, 0, h * 0.1, 8, shade(c, 0.9));
    y = h * 0.2;
  } else {
    block(masonry, 0, 0, 0, w * 1.3, h * 0.12, t * 2.2, shade(c, 0.85));
    y = h * 0.12;
  }
  block(masonry, 0, y, 0, w, h - y, t, c);
  if (spec.cap !== false) block(masonry, 0, h, 0, w * 1.15, h * 0.06, t * 1.4, shade(c, 0.9));
  for (let i = 0; i < 4; i++) {
    const lx = -w * 0.3 + (i * w * 0.6) / 3;
    box(
      masonry,
      [lx - 0.012, y + (h - y) * 0.15, t / 2],
      [lx + 0.012, y + (h - y) * 0.85, t / 2 + 0.01],
      shade(c, 0.55),
    );
  }
  return [0, y + (h - y) * 0.55, t / 2];
}

/** Inscription panel cut into a cliff: a smoothed slab with lines of characters. */
export function inscription(masonry: Pen, w: number, h: number, color: Rgb = PALETTE.limestoneLight): void {
  box(masonry, [-w / 2, -h / 2, 0], [w / 2, h / 2, 0.06], color);
  const cols = Math.max(3, Math.round(w / 0.12));
  for (let i = 0; i < cols; i++) {
    const x = -w / 2 + (w * (i + 0.5)) / cols;
    box(masonry, [x - 0.015, -h * 0.38, 0.06], [x + 0.015, h * 0.38, 0.07], shade(color, 0.45));
  }
}
