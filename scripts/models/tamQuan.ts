import { archway } from './archway';
import { type Rgb, shade } from './color';
import { curvedRoof } from './curvedRoof';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { block, box, frustum } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface TamQuanSpec {
  name: string;
  x: number;
  z: number;
  y: number;
  rotY?: number;
  /** Scale of the whole gate (1 ≈ 5.5 units wide). */
  size?: number;
  /** 'roofed': roofs over three passages; 'loft': a two-tier bell loft over the middle one. */
  style?: 'roofed' | 'loft';
  wall?: Rgb;
  tile?: Rgb;
}

/** The triple gate ("tam quan") in front of pagodas and temples. */
export function tamQuan(scene: SceneBuilder, spec: TamQuanSpec): { centre: Vec3; top: Vec3 } {
  const s = spec.size ?? 1;
  const xf = Xform.place(spec.x, spec.y, spec.z, ((spec.rotY ?? 0) * Math.PI) / 180, s);
  const masonry = scene.pen(spec.name, 'masonry').with(xf);
  const tile = scene.pen(spec.name, 'tile').with(xf);
  const timber = scene.pen(spec.name, 'timber').with(xf);
  const wall = spec.wall ?? PALETTE.ochre;
  const roofTile = spec.tile ?? PALETTE.terracotta;
  const inner = shade(wall, 0.7);
  block(masonry, 0, -0.4, 0, 6.0, 0.55, 1.6, { side: shade(PALETTE.stone, 0.85), top: PALETTE.stone });
  const y0 = 0.15;
  archway(masonry.at(0, y0, 0), {
    width: 2.2,
    height: 2.5,
    depth: 1.1,
    opening: 1.1,
    spring: 1.35,
    face: wall,
    inner,
  });
  for (const sx of [-1, 1]) {
    archway(masonry.at(sx * 1.9, y0, 0), {
      width: 1.6,
      height: 1.85,
      depth: 0.95,
      opening: 0.7,
      spring: 0.95,
      face: wall,
      inner,
    });
    curvedRoof(tile.at(sx * 1.9, 0, 0), {
      width: 1.6,
      depth: 0.95,
      y: y0 + 1.85,
      rise: 0.5,
      overhang: 0.3,
      upturn: 0.28,
      ridgeRatio: 0.5,
      tile: roofTile,
      finial: 'none',
    });
    // outer pillars with lantern caps frame the gate
    const px = sx * 2.85;
    block(masonry, px, y0, 0, 0.36, 2.3, 0.36, wall);
    block(masonry, px, y0 + 2.3, 0, 0.5, 0.12, 0.5, shade(wall, 0.85));
    frustum(masonry.at(px, y0 + 2.42, 0), 0.16, 0.02, 0, 0.35, 4, roofTile, Math.PI / 4);
  }
  box(timber, [-0.55, y0, -0.05], [0.55, y0 + 1.3, 0.05], shade(PALETTE.lacquer, 0.9));
  block(timber, 0, y0 + 1.95, 0.56, 0.9, 0.36, 0.04, PALETTE.gold);
  const top = y0 + 2.5;
  let ridgeTop: number;
  if (spec.style === 'loft') {
    curvedRoof(tile, {
      width: 2.2,
      depth: 1.1,
      y: top,
      rise: 0.35,
      overhang: 0.35,
      upturn: 0.3,
      tile: roofTile,
      finial: 'none',
    });
    const ly = top + 0.25;
    for (const sx of [-1, 1])
      for (const sz of [-1, 1])
        frustum(timber.at(sx * 0.6, ly, sz * 0.35), 0.05, 0.05, 0, 0.8, 5, PALETTE.lacquer);
    const bell = masonry.at(0, ly + 0.2, 0);
    frustum(bell, 0.2, 0.15, 0, 0.3, 8, PALETTE.bronze);
    curvedRoof(tile, {
      width: 1.4,
      depth: 0.9,
      y: ly + 0.8,
      rise: 0.25,
      overhang: 0.3,
      upturn: 0.3,
      tile: roofTile,
      finial: 'none',
    });
    box(masonry, [-0.45, ly + 1.0, -0.3], [0.45, ly + 1.35, 0.3], { side: PALETTE.plaster, bottom: null });
    curvedRoof(tile, {
      width: 0.9,
      depth: 0.6,
      y: ly + 1.35,
      rise: 0.45,
      overhang: 0.3,
      upturn: 0.3,
      ridgeRatio: 0.25,
      tile: roofTile,
      finial: 'pearl',
    });
    ridgeTop = ly + 1.8;
  } else {
    curvedRoof(tile, {
      width: 2.2,
      depth: 1.1,
      y: top,
      rise: 0.45,
      overhang: 0.35,
      upturn: 0.3,
      tile: roofTile,
      finial: 'none',
    });
    box(masonry, [-0.7, top + 0.25, -0.3], [0.7, top + 0.65, 0.3], { side: PALETTE.plaster, bottom: null });
    curvedRoof(tile, {
      width: 1.4,
      depth: 0.6,
      y: top + 0.65,
      rise: 0.5,
      overhang: 0.35,
      upturn: 0.35,
      ridgeRatio: 0.4,
      tile: roofTile,
      finial: 'pearl',
    });
    ridgeTop = top + 1.15;
  }
  return { centre: xf.apply([0, 1.1, 0.6]), top: xf.apply([0, ridgeTop, 0]) };
}
