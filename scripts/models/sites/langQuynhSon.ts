import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import { ricePaddies } from '../ricePaddies';
import type { SiteRecipe } from '../siteContext';
import { stiltHouse } from '../stiltHouse';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Quỳnh Sơn: a south-facing Tày village of five-bay stilt houses curled around its rice fields. */
export const langQuynhSon: SiteRecipe = {
  id: 'lang-quynh-son',
  terrain: {
    waterLevel: -0.1,
    noise: { amp: 0.15, scale: 0.2 },
    features: [
      {
        kind: 'ridge',
        path: [
          [-10, -6],
          [0, -7.6],
          [10, -6],
        ],
        r: 4,
        h: 1.4,
      },
      {
        kind: 'channel',
        path: [
          [-12.5, 3.4],
          [-4, 2.2],
          [4, 3.0],
          [12.5, 1.6],
        ],
        width: 0.7,
        y: -0.35,
        bank: 0.4,
      },
    ],
  },
  compose(ctx) {
    for (const [i, [x, z, h, r]] of (
      [
        [-7.8, -7.6, 7.0, 2.5],
        [-2.4, -9.8, 8.4, 2.6],
        [3.6, -9.6, 7.4, 2.5],
        [8.6, -6.4, 6.0, 2.2],
      ] as const
    ).entries())
      ctx.tower({ name: `Karst_Hill_${i + 1}`, x, z, height: h, radius: r, greenery: 0.7 });

    const houses: [number, number, number][] = [
      [-7.4, -2.0, 18],
      [-3.8, -3.0, 8],
      [3.8, -3.0, -8],
      [7.4, -2.0, -18],
      [-1.9, -6.3, 4],
      [1.9, -6.3, -4],
      [-5.6, -5.6, 14],
      [5.6, -5.6, -14],
    ];
    let cluster: Vec3 = [0, 0, 0];
    for (const [i, [x, z, r]] of houses.entries()) {
      const h = stiltHouse(ctx.scene, ctx.terrain, {
        name: `Tay_StiltHouse_${i + 1}`,
        x,
        z,
        rotY: r,
        scale: 0.72,
      });
      if (i === 1) cluster = h.top;
      ctx.occupy(x, z, 1.7);
    }
    const homestay = stiltHouse(ctx.scene, ctx.terrain, {
      name: 'Homestay_House',
      x: 0,
      z: -2.8,
      scale: 0.85,
      lanterns: true,
      wood: PALETTE.woodLight,
    });
    ctx.occupy(0, -2.8, 1.9);

    ribbon(
      ctx.scene.pen('Village_Lane', 'ground'),
      [
        [-11.5, -0.3],
        [-4, -0.6],
        [4, -0.6],
        [11.5, -0.1],
      ],
      {
        width: 0.8,
        color: PALETTE.path,
        ground: ctx.ground,
      },
    );
    ribbon(
      ctx.scene.pen('Village_Lane', 'ground'),
      [
        [0, -0.6],
        [0, -1.2],
      ],
      { width: 0.8, color: PALETTE.path, ground: ctx.ground },
    );
    for (let x = -11; x <= 11; x += 1.4) ctx.occupy(x, -0.5, 0.7);

    const fields = ricePaddies(ctx.scene, {
      name: 'Rice_Paddies',
      seed: 'quynh-son/paddies',
      area: { x: 0, z: 5, half: 8 },
      cell: 1.2,
      angle: 4,
      ground: ctx.ground,
      colors: [PALETTE.riceGold, PALETTE.riceGold, PALETTE.riceGold, PALETTE.riceGreen, PALETTE.riceYoung],
      accept: (x, z) => z > 0.3 && ctx.isFree(x, z) && Math.abs(z - (2.6 + x * 0.0)) > 0.55,
    });

    ctx.trees('village', {
      count: 30,
      kinds: ['bamboo', 'palm', 'broadleaf', 'broadleaf', 'blossom'],
      size: [0.8, 1.4],
      accept: (_x, z) => z < 0,
    });

    ctx.hotspot('quynh-son-stilt-houses', cluster, orbit(cluster, 8, -25, 28));
    ctx.hotspot('quynh-son-homestay', homestay.door, orbit(homestay.door, 6, 15, 14));
    const field = fields[Math.floor(fields.length * 0.4)] ?? [0, 0.2, 5];
    ctx.hotspot('quynh-son-rice-fields', field, orbit(field, 8, 20, 40));
    ctx.intro(orbit([0, 1.6, -1.5], 31, 10, 30));
  },
};
