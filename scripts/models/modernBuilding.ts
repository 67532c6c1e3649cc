import { type Rgb, shade } from './color';
import { curvedRoof } from './curvedRoof';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { box } from './solids';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface ModernBuildingSpec {
  name: string;
  x: number;
  z: number;
  y: number;
  rotY?: number;
  width: number;
  depth: number;
  floors: number;
  floorHeight?: number;
  wall?: Rgb;
  window?: Rgb;
  roof?: 'flat' | 'hip' | 'curved';
  roofColor?: Rgb;
}

/** Concrete building with window bands per floor: markets, customs halls, offices, city blocks. */
export function modernBuilding(scene: SceneBuilder, spec: ModernBuildingSpec): { front: Vec3; top: Vec3 } {
  const xf = Xform.place(spec.x, spec.y, spec.z, ((spec.rotY ?? 0) * Math.PI) / 180);
  const pen = scene.pen(spec.name, 'masonry').with(xf);
  const tile = scene.pen(spec.name, 'tile').with(xf);
  const W = spec.width / 2;
  const D = spec.depth / 2;
  const fh = spec.floorHeight ?? 0.75;
  const H = spec.floors * fh;
  const wall = spec.wall ?? PALETTE.plaster;
  const win = spec.window ?? PALETTE.glass;
  box(pen, [-W, -0.3, -D], [W, H, D], { side: wall, top: shade(wall, 0.9), bottom: null });
  for (let f = 0; f < spec.floors; f++) {
    const y0 = f * fh + fh * 0.3;
    const y1 = f * fh + fh * 0.78;
    box(pen, [-W + 0.15, y0, D], [W - 0.15, y1, D + 0.03], win);
    box(pen, [-W + 0.15, y0, -D - 0.03], [W - 0.15, y1, -D], win);
    box(pen, [W, y0, -D + 0.15], [W + 0.03, y1, D - 0.15], win);
    box(pen, [-W - 0.03, y0, -D + 0.15], [-W, y1, D - 0.15], win);
  }
  let top = H;
  if (spec.roof === 'flat' || spec.roof === undefined) {
    box(pen, [-W - 0.06, H, -D - 0.06], [W + 0.06, H + 0.12, D + 0.06], shade(wall, 0.85));
    top = H + 0.12;
  } else {
    const rise = Math.min(spec.width, spec.depth) * 0.35;
    curvedRoof(tile, {
      width: spec.width,
      depth: spec.depth,
      y: H,
      rise,
      overhang: 0.35,
      upturn: spec.roof === 'curved' ? 0.35 : 0,
      flare: spec.roof === 'curved' ? 0.05 : 0,
      sag: spec.roof === 'curved' ? 0.1 : 0.02,
      tile: spec.roofColor ?? PALETTE.terracotta,
      ornaments: spec.roof === 'curved',
      finial: 'none',
    });
    top = H + rise;
  }
  return { front: xf.apply([0, fh * 0.6, D + 0.1]), top: xf.apply([0, top, 0]) };
}
