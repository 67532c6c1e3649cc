import { shade, srgb } from '../color';
import { flagTower } from '../flag';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { beam, blob, block } from '../solids';
import { stall } from '../stall';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

const CREAM = srgb('#E9DDBF');

/** Đông Kinh market: a three-storey market hall whose main gate faces Phai Vệ hill, famous for roast duck. */
export const choDongKinh: SiteRecipe = {
  id: 'cho-dong-kinh',
  terrain: { noise: { amp: 0.1, scale: 0.2 }, features: [{ kind: 'hill', x: 7.8, z: 7.0, r: 3.2, h: 0.8 }] },
  compose(ctx) {
    const y = ctx.ground(-1, -0.8);
    const roads = ctx.scene.pen('Streets', 'ground');
    const street = (path: [number, number][], w = 1.5) =>
      ribbon(roads, path, { width: w, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper });
    street([
      [-11.8, 3.6],
      [11.8, 3.6],
    ]);
    street([
      [4.6, -11.6],
      [4.6, 11.6],
    ]);
    street(
      [
        [-11.2, -5.4],
        [4.6, -5.4],
      ],
      1.2,
    );
    street(
      [
        [-6.9, -5.4],
        [-6.9, 3.6],
      ],
      1.2,
    );
    for (let t = -11; t <= 11; t += 1.2) {
      ctx.occupy(t, 3.6, 1.0);
      ctx.occupy(4.6, t, 1.0);
    }
    const market = modernBuilding(ctx.scene, {
      name: 'DongKinh_Market_Hall',
      x: -1.2,
      z: -0.9,
      y,
      width: 8.4,
      depth: 5.4,
      floors: 3,
      floorHeight: 0.85,
      wall: CREAM,
      window: shade(PALETTE.glass, 1.1),
    });
    const sign = ctx.scene.pen('DongKinh_Market_Hall', 'masonry');
    block(sign, -1.2, y + 2.62, 1.8, 4.2, 0.55, 0.12, PALETTE.flagRed);
    block(sign, -1.2, y + 2.72, 1.87, 3.6, 0.3, 0.04, PALETTE.gold);
    ctx.occupy(-1.2, -0.9, 5.0);

    // Phai Vệ hill with its flag tower, across the street from the main gate
    const hill = ctx.tower({
      name: 'PhaiVe_Hill',
      x: 8.0,
      z: 7.4,
      height: 4.6,
      radius: 2.1,
      greenery: 0.6,
      clearCrown: true,
      shrubs: 6,
    });
    const s = hill.summit;
    flagTower(ctx.scene.pen('PhaiVe_FlagTower', 'masonry').at(s[0], s[1] - 0.3, s[2]), 2.4);

    // main gate: a portico on the corner, turned towards the hill
    const gx = 2.6;
    const gz = 2.2;
    const gate = ctx.scene.pen('Main_Gate', 'masonry').at(gx, y, gz, Math.atan2(8.0 - gx, 7.4 - gz));
    for (const sx of [-1, 1]) block(gate, sx * 1.0, 0, 0, 0.35, 2.3, 0.35, CREAM);
    block(gate, 0, 2.3, 0, 2.7, 0.5, 0.45, PALETTE.flagRed);
    block(gate, 0, 2.38, 0.23, 2.2, 0.3, 0.04, PALETTE.gold);
    ctx.occupy(gx, gz, 1.4);

    // roast-duck stalls along the west side
    const stalls = ctx.scene.pen('RoastDuck_Stalls', 'timber');
    const rng = ctx.rng.fork('ducks');
    for (let i = 0; i < 4; i++) {
      const z = -3.4 + i * 1.5;
      const p = stalls.at(-6.0, y, z, -Math.PI / 2);
      stall(p, 1.2, 0.9, i % 2 === 0 ? PALETTE.flagRed : PALETTE.riceGold);
      beam(p, [-0.45, 0.92, 0.3], [0.45, 0.92, 0.3], 0.03, 0.03, PALETTE.woodDark);
      for (let k = 0; k < 3; k++)
        blob(p, [-0.3 + k * 0.3, 0.8, 0.3], [0.08, 0.12, 0.06], rng, srgb('#8A4B22'), { roughness: 0.1 });
    }
    ctx.occupy(-6, -1.2, 2.4);

    // town blocks across the streets
    const blocks: [number, number, number, number][] = [
      [-9.2, 6.4, 1.4, 3],
      [-6.9, 6.2, 1.3, 2],
      [-4.8, 6.4, 1.4, 4],
      [-2.4, 6.2, 1.4, 3],
      [0.2, 6.3, 1.5, 2],
      [2.4, 7.2, 1.3, 3],
      [7.6, 0.8, 1.6, 3],
      [7.4, -2.4, 1.6, 4],
      [7.2, -5.8, 1.6, 2],
      [-3.0, -8.0, 1.6, 3],
      [0.4, -8.2, 1.6, 2],
      [-9.2, -2.0, 1.4, 3],
      [-9.2, 0.8, 1.4, 2],
    ];
    const colors = [PALETTE.plaster, PALETTE.ochre, srgb('#D9CDB4'), srgb('#C9D2CF'), srgb('#E6C9B5')];
    for (const [i, [x, z, w, f]] of blocks.entries()) {
      modernBuilding(ctx.scene, {
        name: 'Town_Blocks',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.7),
        width: w,
        depth: w * 1.3,
        floors: f,
        floorHeight: 0.6,
        wall: colors[i % colors.length],
      });
      ctx.occupy(x, z, w);
    }
    // motorbikes parked along the market's street front
    const bikes = ctx.scene.pen('Parked_Motorbikes', 'masonry');
    const bikeColors = [PALETTE.flagRed, PALETTE.indigo, PALETTE.ink, PALETTE.paper, PALETTE.riceGold];
    for (let i = 0; i < 18; i++) {
      const x = -4.6 + i * 0.34;
      const c = bikeColors[i % bikeColors.length] ?? PALETTE.ink;
      beam(bikes, [x, y + 0.12, 2.25], [x, y + 0.12, 2.85], 0.1, 0.16, { side: c, top: shade(c, 1.1) });
      block(bikes, x, y + 0.2, 2.42, 0.12, 0.14, 0.25, PALETTE.ink);
    }
    ctx.trees('street', {
      count: 38,
      kinds: ['broadleaf', 'broadleaf', 'palm'],
      size: [0.8, 1.2],
      minSpacing: 0.9,
    });

    const gateAt: Vec3 = [gx, y + 1.6, gz];
    ctx.hotspot('dong-kinh-main-gate', gateAt, orbit(gateAt, 8, 30, 22));
    const duckAt: Vec3 = [-6.0, y + 0.9, -1.2];
    ctx.hotspot('dong-kinh-roast-duck', duckAt, orbit(duckAt, 6, -70, 25));
    ctx.hotspot(
      'dong-kinh-halls',
      market.front,
      orbit([market.front[0], market.front[1] + 1, market.front[2]], 10, -10, 20),
    );
    ctx.intro(orbit([0.5, 1.5, 0], 31, -25, 34));
  },
};
