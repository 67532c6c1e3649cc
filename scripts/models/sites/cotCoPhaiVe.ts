import { shade, srgb } from '../color';
import { flagTower } from '../flag';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { box } from '../solids';
import { trail } from '../trail';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

const BAMBOO = srgb('#B9A45A');

/** Phai Vệ: a limestone hill in the city centre with its 25 m flag tower, four stairways and two caves. */
export const cotCoPhaiVe: SiteRecipe = {
  id: 'cot-co-phai-ve',
  terrain: { noise: { amp: 0.12, scale: 0.2 }, features: [{ kind: 'hill', x: 0, z: -0.6, r: 6, h: 0.9 }] },
  compose(ctx) {
    const hill = ctx.tower({
      name: 'PhaiVe_Hill',
      x: 0,
      z: -0.6,
      height: 7.4,
      radius: 3.6,
      stretch: [1.1, 0.95],
      greenery: 0.6,
      clearCrown: true,
      shrubs: 10,
      caves: [
        { az: -38, y: 0.45, width: 1.3, height: 1.2, depth: 0.9 },
        { az: 42, y: 0.5, width: 1.1, height: 1.0, depth: 0.8 },
      ],
      segments: 40,
    });
    const top = hill.summit;
    flagTower(ctx.scene.pen('Flag_Tower', 'masonry').at(top[0], top[1] - 0.45, top[2]), 3.0);

    // four stone stairways with bamboo-style railings and small lamps
    const stairsPen = ctx.scene.pen('Four_Stairways', 'masonry');
    const starts = [
      [20, 200],
      [110, 290],
      [200, 20],
      [290, 110],
    ] as const;
    let front: Vec3[] = [];
    for (const [i, [a0, a1]] of starts.entries()) {
      const pts = hill.trailPoints(a0, hill.baseY + 0.9, a0 + (a1 - a0) * 0.25 + 40, top[1] - 0.7, 9, 0.15);
      trail(stairsPen, pts, {
        width: 0.38,
        color: PALETTE.stone,
        stepRise: 0.22,
        railing: BAMBOO,
        lamps: true,
      });
      if (i === 0) front = pts;
    }
    const cave1 = hill.surfacePoint(-38, 1.0, 0.1);

    // streets, Đông Kinh market's gate opposite the hill, the stadium beside it
    const roads = ctx.scene.pen('City_Streets', 'ground');
    ribbon(
      roads,
      [
        [-11.8, 6.2],
        [11.8, 6.2],
      ],
      { width: 1.6, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    ribbon(
      roads,
      [
        [-6.6, 6.2],
        [-6.6, -11.4],
      ],
      { width: 1.3, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    for (let t = -11; t <= 11; t += 1.2) {
      ctx.occupy(t, 6.2, 1.1);
      ctx.occupy(-6.6, Math.min(t, 6), 1.0);
    }
    modernBuilding(ctx.scene, {
      name: 'DongKinh_Market',
      x: 1.0,
      z: 9.0,
      y: ctx.ground(1.0, 9.0),
      width: 6.5,
      depth: 2.2,
      floors: 3,
      floorHeight: 0.7,
      wall: srgb('#E9DDBF'),
    });
    ctx.occupy(1.0, 9.0, 3.4);
    const field = ctx.scene.pen('Stadium', 'ground');
    box(field, [4.6, ctx.ground(7, -6) + 0.02, -9.0], [9.4, ctx.ground(7, -6) + 0.08, -3.4], {
      side: PALETTE.grass,
      top: shade(PALETTE.meadow, 1.05),
    });
    box(field, [4.3, ctx.ground(7, -6) - 0.1, -9.3], [9.7, ctx.ground(7, -6) + 0.05, -3.1], {
      side: PALETTE.brick,
      top: PALETTE.brick,
    });
    ctx.occupy(7, -6.2, 3.4);
    for (const [x, z, f] of [
      [-9.0, 2.4, 3],
      [-9.0, -1.4, 2],
      [-9.2, -5.0, 3],
      [8.6, 2.6, 3],
      [-3.6, 8.6, 2],
      [6.4, 8.8, 2],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'Town_Blocks',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.7),
        width: 1.5,
        depth: 1.5,
        floors: f,
        floorHeight: 0.6,
      });
      ctx.occupy(x, z, 1.2);
    }
    ctx.trees('park', { count: 30, kinds: ['broadleaf', 'broadleaf', 'palm', 'shrub'], size: [0.8, 1.3] });

    const towerAt: Vec3 = [top[0], top[1] + 1.2, top[2]];
    ctx.hotspot('phai-ve-flag-tower', towerAt, orbit(towerAt, 8, 15, 22));
    ctx.hotspot('phai-ve-caves', cave1, orbit(cave1, 7, -30, 14));
    const stairAt = front[4] ?? top;
    ctx.hotspot('phai-ve-stairways', stairAt, orbit(stairAt, 8, 20, 25));
    ctx.intro(orbit([0, 2.6, 0], 31, 15, 28));
  },
};
