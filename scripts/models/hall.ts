import { type Rgb, shade } from './color';
import { curvedRoof, type RoofSpec } from './curvedRoof';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { block, box, frustum } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface HallSpec {
  name: string;
  x: number;
  z: number;
  /** Ground height the platform stands on. */
  y: number;
  /** Facing, degrees: 0 = the front looks towards +Z. */
  rotY?: number;
  bays: number;
  bayWidth: number;
  depth: number;
  platform?: number;
  wallHeight?: number;
  wall?: Rgb;
  column?: Rgb;
  door?: Rgb;
  stone?: Rgb;
  /** Open front veranda with a row of columns. */
  veranda?: boolean;
  /** Two-tier roof (chồng diêm). */
  tiers?: 1 | 2;
  roof?: Partial<RoofSpec>;
  steps?: boolean;
}

export interface HallInfo {
  /** Centre of the front doors, just outside the façade. */
  front: Vec3;
  /** Top of the roof ridge. */
  ridge: Vec3;
  /** Centre of the floor. */
  floor: Vec3;
  width: number;
  depth: number;
}

/** A Vietnamese temple or pagoda hall: stone platform, lacquered columns, walls, doors and curved roof. */
export function hall(scene: SceneBuilder, spec: HallSpec): HallInfo {
  const rot = ((spec.rotY ?? 0) * Math.PI) / 180;
  const xf = Xform.place(spec.x, spec.y, spec.z, rot);
  const masonry = scene.pen(spec.name, 'masonry').with(xf);
  const timber = scene.pen(spec.name, 'timber').with(xf);
  const roofPen = scene.pen(spec.name, 'tile').with(xf);
  const W = spec.bays * spec.bayWidth;
  const D = spec.depth;
  const ph = spec.platform ?? 0.35;
  const wh = spec.wallHeight ?? 1.5;
  const wall = spec.wall ?? PALETTE.ochre;
  const col = spec.column ?? PALETTE.lacquer;
  const door = spec.door ?? PALETTE.lacquer;
  const stone = spec.stone ?? PALETTE.stone;
  block(masonry, 0, -0.6, 0, W + 0.9, ph + 0.6, D + 0.9, { side: shade(stone, 0.85), top: stone });
  if (spec.steps !== false) {
    const sw = Math.min(W * 0.5, spec.bayWidth * 1.6);
    const n = Math.max(2, Math.round(ph / 0.12));
    for (let i = 0; i < n; i++) {
      const h = ph - (i * ph) / n;
      block(masonry, 0, -0.3, D / 2 + 0.45 + 0.2 * (i + 0.5), sw, h + 0.3, 0.2, {
        side: shade(stone, 0.9),
        top: stone,
      });
    }
  }
  const front = spec.veranda === false ? D / 2 : D / 2 - 0.55;
  box(masonry, [-W / 2, ph, -D / 2], [W / 2, ph + wh, front], { side: wall, top: wall, bottom: null });
  // doors: one per bay on the façade, the centre one taller
  for (let b = 0; b < spec.bays; b++) {
    const cx = -W / 2 + spec.bayWidth * (b + 0.5);
    const centre = b === Math.floor(spec.bays / 2);
    const dw = spec.bayWidth * (centre ? 0.62 : 0.5);
    const dh = wh * (centre ? 0.8 : 0.68);
    box(
      timber,
      [cx - dw / 2, ph, front],
      [cx + dw / 2, ph + dh, front + 0.04],
      shade(door, centre ? 1 : 0.85),
    );
    if (centre)
      box(
        timber,
        [cx - dw / 2 - 0.06, ph + dh, front],
        [cx + dw / 2 + 0.06, ph + dh + 0.12, front + 0.06],
        PALETTE.gold,
      );
  }
  if (spec.veranda !== false) {
    for (let c = 0; c <= spec.bays; c++) {
      const cx = -W / 2 + spec.bayWidth * c;
      frustum(timber.at(cx, ph, D / 2 - 0.12), 0.085, 0.075, 0, wh, 6, col);
    }
    // lintel tying the veranda columns
    box(
      timber,
      [-W / 2 - 0.1, ph + wh - 0.14, D / 2 - 0.2],
      [W / 2 + 0.1, ph + wh, D / 2 - 0.04],
      shade(col, 0.8),
    );
  }
  const roofBase: RoofSpec = {
    width: W,
    depth: D,
    y: ph + wh,
    rise: D * 0.42,
    upturn: 0.4,
    ornaments: true,
    finial: 'pearl',
    ...spec.roof,
  };
  let ridgeY = roofBase.y + roofBase.rise;
  if (spec.tiers === 2) {
    curvedRoof(roofPen, { ...roofBase, rise: roofBase.rise * 0.55, finial: 'none', ornaments: true });
    const y2 = roofBase.y + roofBase.rise * 0.4;
    box(masonry, [-W * 0.32, y2, -D * 0.28], [W * 0.32, y2 + 0.55, D * 0.28], { side: wall, bottom: null });
    curvedRoof(roofPen, {
      ...roofBase,
      width: W * 0.64,
      depth: D * 0.56,
      y: y2 + 0.55,
      rise: roofBase.rise * 0.7,
      overhang: (roofBase.overhang ?? 0.45) * 0.8,
    });
    ridgeY = y2 + 0.55 + roofBase.rise * 0.7;
  } else {
    curvedRoof(roofPen, roofBase);
  }
  return {
    front: xf.apply([0, ph + wh * 0.5, D / 2 + 0.2]),
    ridge: xf.apply([0, ridgeY, 0]),
    floor: xf.apply([0, ph, 0]),
    width: W,
    depth: D,
  };
}
