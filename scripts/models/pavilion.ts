import { type Rgb, shade } from './color';
import { curvedRoof, type RoofSpec } from './curvedRoof';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { block, box, frustum } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface PavilionSpec {
  name: string;
  x: number;
  z: number;
  y: number;
  rotY?: number;
  /** Footprint of the columns (square when depth is omitted). */
  size: number;
  depth?: number;
  tiers?: number;
  columnHeight?: number;
  /** A masonry lower storey (bell and drum towers) instead of open columns. */
  base?: { height: number; color?: Rgb };
  roof?: Partial<RoofSpec>;
  finial?: 'pearl' | 'lotus' | 'none';
  column?: Rgb;
  /** Something hung or placed inside: a bell or a drum. */
  content?: 'bell' | 'drum' | 'none';
}

export interface PavilionInfo {
  top: Vec3;
  centre: Vec3;
}

/** Square open pavilion with stacked curved roofs: bell and drum towers, central "phương đình". */
export function pavilion(scene: SceneBuilder, spec: PavilionSpec): PavilionInfo {
  const xf = Xform.place(spec.x, spec.y, spec.z, ((spec.rotY ?? 0) * Math.PI) / 180);
  const masonry = scene.pen(spec.name, 'masonry').with(xf);
  const timber = scene.pen(spec.name, 'timber').with(xf);
  const tile = scene.pen(spec.name, 'tile').with(xf);
  const W = spec.size;
  const D = spec.depth ?? spec.size;
  const tiers = spec.tiers ?? 2;
  const ch = spec.columnHeight ?? 1.3;
  const col = spec.column ?? PALETTE.lacquer;
  block(masonry, 0, -0.5, 0, W + 0.5, 0.75, D + 0.5, {
    side: shade(PALETTE.stone, 0.85),
    top: PALETTE.stone,
  });
  let y = 0.25;
  if (spec.base) {
    const c = spec.base.color ?? PALETTE.ochre;
    box(masonry, [-W / 2, y, -D / 2], [W / 2, y + spec.base.height, D / 2], { side: c, bottom: null });
    box(timber, [-0.25, y, D / 2], [0.25, y + spec.base.height * 0.7, D / 2 + 0.03], PALETTE.lacquer);
    y += spec.base.height;
    box(
      masonry,
      [-W / 2 - 0.15, y - 0.08, -D / 2 - 0.15],
      [W / 2 + 0.15, y + 0.05, D / 2 + 0.15],
      shade(c, 0.85),
    );
  }
  let w = W;
  let d = D;
  for (let t = 0; t < tiers; t++) {
    const h = t === 0 ? ch : ch * 0.55;
    for (const sx of [-1, 1]) {
      for (const sz of [-1, 1])
        frustum(timber.at((sx * w) / 2.2, y, (sz * d) / 2.2), 0.07, 0.06, 0, h, 6, col);
    }
    if (t > 0)
      box(masonry, [-w / 2.2, y, -d / 2.2], [w / 2.2, y + h, d / 2.2], {
        side: PALETTE.plaster,
        bottom: null,
      });
    y += h;
    const last = t === tiers - 1;
    curvedRoof(tile, {
      width: w,
      depth: d,
      y,
      rise: last ? Math.max(w, d) * 0.5 : Math.max(w, d) * 0.22,
      upturn: 0.35,
      ridgeRatio: last ? 0.12 : 0.3,
      overhang: 0.4,
      finial: last ? (spec.finial ?? 'pearl') : 'none',
      ...spec.roof,
    });
    if (!last) {
      y += Math.max(w, d) * 0.12;
      w *= 0.72;
      d *= 0.72;
    }
  }
  if (spec.content === 'bell') {
    const bell = masonry.at(0, 0.25 + (spec.base?.height ?? 0) + ch * 0.3, 0);
    frustum(bell, 0.3, 0.22, 0, 0.45, 10, PALETTE.bronze);
    frustum(bell, 0.22, 0.05, 0.45, 0.6, 10, shade(PALETTE.bronze, 0.9));
  } else if (spec.content === 'drum') {
    const drum = masonry
      .with(Xform.rotateX(Math.PI / 2))
      .at(0, 0, -(0.25 + (spec.base?.height ?? 0) + ch * 0.45));
    frustum(drum, 0.3, 0.3, -0.22, 0.22, 10, {
      side: PALETTE.lacquer,
      top: PALETTE.paper,
      bottom: PALETTE.paper,
    });
  }
  return {
    top: xf.apply([0, y + Math.max(w, d) * 0.5, 0]),
    centre: xf.apply([0, 0.25 + (spec.base?.height ?? 0) + ch * 0.5, 0]),
  };
}
