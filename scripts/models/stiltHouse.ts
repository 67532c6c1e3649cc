import { type Rgb, shade } from './color';
import { curvedRoof } from './curvedRoof';
import { PALETTE } from './palette';
import type { SceneBuilder } from './sceneBuilder';
import { beam, box, frustum } from './solids';
import type { Terrain } from './terrain';
import type { Vec3 } from './vec';
import { Xform } from './xform';

export interface StiltHouseSpec {
  name: string;
  x: number;
  z: number;
  rotY?: number;
  /** Tày houses have five bays. */
  bays?: number;
  bayWidth?: number;
  depth?: number;
  postHeight?: number;
  wallHeight?: number;
  tile?: Rgb;
  wood?: Rgb;
  /** Extra touches for a guest house: red lanterns under the eaves. */
  lanterns?: boolean;
  scale?: number;
}

/** Tày stilt house (nhà sàn): ironwood posts, raised plank floor, hipped roof of dark yin-yang tiles. */
export function stiltHouse(
  scene: SceneBuilder,
  terrain: Terrain,
  spec: StiltHouseSpec,
): { door: Vec3; top: Vec3 } {
  const s = spec.scale ?? 1;
  const bays = spec.bays ?? 5;
  const bw = spec.bayWidth ?? 0.75;
  const W = bays * bw;
  const D = spec.depth ?? 2.3;
  const ph = spec.postHeight ?? 0.95;
  const wh = spec.wallHeight ?? 0.85;
  const rot = ((spec.rotY ?? 0) * Math.PI) / 180;
  const wood = spec.wood ?? PALETTE.wood;
  const tileCol = spec.tile ?? PALETTE.tileGrey;
  // the floor sits a post-height above the highest ground under the house
  let top = Number.NEGATIVE_INFINITY;
  const probe = Xform.place(spec.x, 0, spec.z, rot, s);
  for (const [lx, lz] of [
    [-W / 2, -D / 2],
    [W / 2, -D / 2],
    [-W / 2, D / 2],
    [W / 2, D / 2],
    [0, 0],
  ] as const) {
    const p = probe.apply([lx, 0, lz]);
    top = Math.max(top, terrain.heightAt(p[0], p[2]));
  }
  const floorY = ph;
  const xf = Xform.place(spec.x, top, spec.z, rot, s);
  const timber = scene.pen(spec.name, 'timber').with(xf);
  const tile = scene.pen(spec.name, 'tile').with(xf);
  for (let i = 0; i <= bays; i++) {
    for (const zz of [-D / 2 + 0.1, D / 2 - 0.1]) {
      const lx = -W / 2 + i * bw;
      const wp = xf.apply([lx, 0, zz]);
      const g = terrain.heightAt(wp[0], wp[2]) - top;
      frustum(
        timber.at(lx, g - 0.2, zz),
        0.07,
        0.06,
        0,
        floorY - g + 0.2,
        4,
        { side: PALETTE.woodDark, bottom: null, top: PALETTE.woodDark },
        Math.PI / 4,
      );
    }
  }
  box(timber, [-W / 2 - 0.15, floorY, -D / 2 - 0.15], [W / 2 + 0.15, floorY + 0.09, D / 2 + 0.15], {
    side: shade(wood, 0.8),
    top: shade(wood, 1.05),
  });
  const wallZ = D / 2 - 0.35;
  box(timber, [-W / 2, floorY + 0.09, -D / 2], [W / 2, floorY + 0.09 + wh, wallZ], {
    side: wood,
    bottom: null,
  });
  // windows and the door on the south-facing front
  for (let b = 0; b < bays; b++) {
    const cx = -W / 2 + bw * (b + 0.5);
    const isDoor = b === Math.floor(bays / 2);
    const h0 = floorY + 0.09 + (isDoor ? 0 : wh * 0.35);
    const h1 = floorY + 0.09 + wh * (isDoor ? 0.85 : 0.75);
    box(
      timber,
      [cx - bw * 0.28, h0, wallZ],
      [cx + bw * 0.28, h1, wallZ + 0.03],
      isDoor ? PALETTE.woodDark : shade(PALETTE.woodDark, 0.7),
    );
  }
  // front balcony rail
  beam(
    timber,
    [-W / 2, floorY + 0.45, D / 2 + 0.1],
    [W / 2, floorY + 0.45, D / 2 + 0.1],
    0.05,
    0.06,
    PALETTE.woodLight,
  );
  // ladder up to the end of the veranda
  const lx = W / 2 + 0.05;
  const steps = 5;
  for (let i = 0; i < steps; i++) {
    const t = (i + 1) / (steps + 1);
    const y = floorY * t;
    beam(
      timber,
      [lx, y, D / 2 + 0.35 + (1 - t) * 0.6 - 0.25],
      [lx + 0.5, y, D / 2 + 0.35 + (1 - t) * 0.6 - 0.25],
      0.12,
      0.04,
      PALETTE.woodLight,
    );
  }
  for (const ox of [0, 0.5])
    beam(
      timber,
      [lx + ox, -0.05, D / 2 + 0.95 - 0.25],
      [lx + ox, floorY, D / 2 + 0.35 - 0.25],
      0.05,
      0.05,
      PALETTE.woodDark,
    );
  const eave = floorY + 0.09 + wh;
  curvedRoof(tile, {
    width: W,
    depth: D,
    y: eave,
    rise: D * 0.55,
    overhang: 0.38,
    upturn: 0,
    flare: 0,
    sag: 0.03,
    ridgeRatio: 0.62,
    tile: tileCol,
    ridge: shade(tileCol, 0.7),
    under: PALETTE.woodDark,
    ornaments: false,
    finial: 'none',
    segments: 6,
  });
  if (spec.lanterns) {
    for (const lxx of [-W / 4, W / 4]) {
      const l = timber.at(lxx, eave - 0.3, D / 2 + 0.2);
      frustum(l, 0.07, 0.1, 0, 0.1, 6, PALETTE.lantern);
      frustum(l, 0.1, 0.07, 0.1, 0.22, 6, PALETTE.lantern);
    }
  }
  return { door: xf.apply([0, floorY + 0.5, D / 2]), top: xf.apply([0, eave + D * 0.55, 0]) };
}
