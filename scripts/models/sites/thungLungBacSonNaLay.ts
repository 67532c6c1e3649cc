import { bridge } from '../bridge';
import { cloud } from '../clouds';
import { flag } from '../flag';
import { PALETTE } from '../palette';
import { pavilion } from '../pavilion';
import { ribbon } from '../ribbon';
import { ricePaddies } from '../ricePaddies';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { stiltHouse } from '../stiltHouse';
import { trail } from '../trail';
import { polylineDistance, type Vec2, type Vec3 } from '../vec';
import { orbit } from '../views';

const STREAM: Vec2[] = [
  [12.5, 1.0],
  [6, 3.2],
  [0, 4.6],
  [-6, 5.0],
  [-12.5, 6.5],
];

/** Bắc Sơn valley from Nà Lay: the province's largest rice fields, ringed by karst, Tày villages at the foot. */
export const thungLungBacSonNaLay: SiteRecipe = {
  id: 'thung-lung-bac-son-na-lay',
  terrain: {
    waterLevel: -0.1,
    noise: { amp: 0.12, scale: 0.2 },
    features: [{ kind: 'channel', path: STREAM, width: 0.9, y: -0.4, bank: 0.5 }],
  },
  compose(ctx) {
    const naLay = ctx.tower({
      name: 'NaLay_Peak',
      x: -5.4,
      z: -6.0,
      height: 9.0,
      radius: 2.8,
      greenery: 0.55,
      clearCrown: true,
      shrubs: 8,
    });
    const ring: [number, number, number, number][] = [
      [-9.0, -2.6, 6.0, 2.2],
      [-1.6, -9.0, 5.6, 2.2],
      [2.4, -8.4, 6.6, 2.5],
      [6.3, -6.6, 5.2, 2.2],
      [9.0, -2.8, 4.6, 2.0],
      [-9.8, 2.0, 4.2, 1.7],
      [9.9, 5.6, 3.6, 1.6],
    ];
    for (const [i, [x, z, h, r]] of ring.entries())
      ctx.tower({ name: `Karst_Ring_${i + 1}`, x, z, height: h, radius: r, greenery: 0.7 });

    // Nà Lay viewpoint: a deck and flag on the summit, reached by the long stone stairway
    const top = naLay.summit;
    const deck = ctx.scene.pen('NaLay_Viewpoint', 'masonry').at(top[0], top[1] - 0.35, top[2]);
    block(deck, 0, -0.2, 0, 1.8, 0.3, 1.6, PALETTE.stone);
    flag(deck.at(0.6, 0.1, -0.4), 1.6, 0.6);
    const legs: [number, number][] = [
      [50, naLay.baseY + 0.9],
      [-20, 2.8],
      [35, 4.6],
      [-15, 6.4],
      [10, top[1] - 0.9],
    ];
    const pts: Vec3[] = [];
    for (let i = 0; i + 1 < legs.length; i++) {
      const [a0, y0] = legs[i] as [number, number];
      const [a1, y1] = legs[i + 1] as [number, number];
      pts.push(...naLay.trailPoints(a0, y0, a1, y1, 4, 0.12).slice(i === 0 ? 0 : 1));
    }
    trail(ctx.scene.pen('Stone_Stairway', 'masonry'), pts, {
      width: 0.35,
      color: PALETTE.stone,
      stepRise: 0.25,
    });
    const stairAt = pts[Math.floor(pts.length / 2)] as Vec3;

    // Tày stilt houses at the foot of the hills
    const houses: [number, number, number][] = [
      [0.2, -5.4, 0],
      [2.2, -4.9, -10],
      [-1.8, -4.8, 10],
      [4.2, -4.2, -15],
      [1.0, -3.3, 5],
      [-3.0, -3.2, 20],
    ];
    for (const [i, [x, z, r]] of houses.entries()) {
      stiltHouse(ctx.scene, ctx.terrain, { name: `Tay_House_${i + 1}`, x, z, rotY: r, scale: 0.55 });
      ctx.occupy(x, z, 1.3);
    }

    // the town bridge and lane across the fields
    const br = bridge(ctx.scene, 'Town_Bridge', [5.2, 0.25, 1.7], [5.6, 0.25, 4.9], {
      width: 0.9,
      pierBottom: -0.6,
    });
    ribbon(
      ctx.scene.pen('Lanes', 'ground'),
      [
        [5.6, 5.0],
        [6.2, 11.2],
      ],
      { width: 0.9, color: PALETTE.path, ground: ctx.ground },
    );
    ribbon(
      ctx.scene.pen('Lanes', 'ground'),
      [
        [5.2, 1.6],
        [3.8, -1.0],
        [1.0, -2.6],
      ],
      { width: 0.7, color: PALETTE.path, ground: ctx.ground },
    );
    for (const [x, z] of [
      [5.9, 8],
      [4.6, 0.3],
      [2.5, -1.8],
    ] as const)
      ctx.occupy(x, z, 0.8);

    const fields = ricePaddies(ctx.scene, {
      name: 'Rice_Paddies',
      seed: 'bac-son/paddies',
      area: { x: 0, z: 1, half: 11.5 },
      cell: 1.05,
      angle: 14,
      ground: ctx.ground,
      accept: (x, z) => ctx.isFree(x, z, 0.2) && polylineDistance([x, z], STREAM).d > 0.75,
    });
    for (const [i, p] of [
      [-8.5, -3.5],
      [-2.5, -9.5],
      [-7, -5.2],
    ].entries())
      cloud(
        ctx.scene,
        'Dawn_Clouds',
        [p[0] as number, 1.7 + (i % 2) * 0.5, p[1] as number],
        1.2,
        ctx.rng.fork(`c${i}`),
      );
    pavilion(ctx.scene, {
      name: 'Field_Hut',
      x: -2.6,
      z: 7.6,
      y: ctx.ground(-2.6, 7.6),
      size: 0.8,
      tiers: 1,
      columnHeight: 0.7,
      roof: { tile: PALETTE.tileBrown, upturn: 0 },
    });
    ctx.trees('edges', {
      count: 16,
      kinds: ['bamboo', 'broadleaf', 'palm'],
      size: [0.6, 1.1],
      accept: (x, z) => z < -2.5 || Math.hypot(x, z) > 10.6,
    });

    const viewAt: Vec3 = [top[0], top[1] - 0.1, top[2]];
    ctx.hotspot('na-lay-viewpoint', viewAt, orbit(viewAt, 8, 30, 25));
    ctx.hotspot('na-lay-stairway', stairAt, orbit(stairAt, 8, 15, 12));
    const field = fields[Math.floor(fields.length / 2)] ?? [0, 0.2, 2];
    ctx.hotspot('bac-son-fields', field, orbit(field, 10, -20, 40));
    ctx.hotspot('bac-son-town-bridge', [br[0], br[1] + 0.2, br[2]], orbit(br, 6.5, -40, 20));
    ctx.intro(orbit([0, 1.5, -1], 31, -12, 32));
  },
};
