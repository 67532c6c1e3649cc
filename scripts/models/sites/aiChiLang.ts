import { srgb } from '../color';
import { flag } from '../flag';
import { hall } from '../hall';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { blob } from '../solids';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

const RIVER: [number, number][] = [
  [0.8, -12.5],
  [-1.2, -6],
  [1.4, -1],
  [-0.6, 4.5],
  [1.2, 9],
  [0.2, 12.5],
];

/** Chi Lăng pass: a narrow valley between the sheer Cai Kinh limestone wall and the Bảo Đài earth hills. */
export const aiChiLang: SiteRecipe = {
  id: 'ai-chi-lang',
  terrain: {
    waterLevel: -0.15,
    features: [
      { kind: 'hill', x: 7.6, z: -6.8, r: 4, h: 2.8 },
      { kind: 'hill', x: 6.9, z: -1.3, r: 3, h: 3.1 },
      { kind: 'hill', x: 7.5, z: 2.3, r: 2.8, h: 2.7 },
      { kind: 'hill', x: 7.4, z: 7.0, r: 3.6, h: 2.2 },
      { kind: 'hill', x: -3.3, z: 3.2, r: 1.9, h: 0.9 },
      { kind: 'flat', x: -3.3, z: 3.2, r: 0.9, y: 0.95, blend: 0.6 },
      { kind: 'channel', path: RIVER, width: 1.3, y: -0.5, bank: 0.7 },
    ],
  },
  compose(ctx) {
    const red = srgb('#9C5B3F');
    const range: [number, number, number, number][] = [
      [-8.1, -8.4, 8.2, 2.4],
      [-8.0, -4.4, 9.6, 2.7],
      [-7.9, 0.0, 10.2, 2.9],
      [-8.0, 4.4, 8.8, 2.6],
      [-7.6, 8.1, 6.6, 2.2],
    ];
    let face = ctx.towers[0];
    for (const [i, [x, z, h, r]] of range.entries()) {
      const isFace = i === 2;
      const t = ctx.tower({
        name: isFace ? 'CaiKinh_DemonFace' : `CaiKinh_Range_${i + 1}`,
        x,
        z,
        height: h,
        radius: r,
        stretch: [0.85, 1.25],
        greenery: 0.6,
        roughness: 0.22,
        ...(isFace
          ? {
              patches: [{ az: 90, y: 1.6, width: 3.8, height: 4.6, color: red }],
              caves: [
                { az: 80, y: 4.6, width: 0.6, height: 0.45, depth: 0.3 },
                { az: 100, y: 4.6, width: 0.6, height: 0.45, depth: 0.3 },
                { az: 90, y: 2.9, width: 1.4, height: 0.4, depth: 0.35 },
              ],
              segments: 30,
            }
          : {}),
      });
      if (isFace) face = t;
    }
    if (!face) throw new Error('no demon face');
    const faceAt = face.surfacePoint(90, 4.0, 0.1);

    ribbon(
      ctx.scene.pen('NR1A_Road', 'ground'),
      [
        [3.6, -11.5],
        [3.0, -4],
        [3.5, 3],
        [3.0, 11.5],
      ],
      {
        width: 1.2,
        color: PALETTE.asphalt,
        ground: ctx.ground,
        dashes: PALETTE.paper,
      },
    );
    for (let z = -11; z <= 11; z += 1.5) ctx.occupy(3.3, z, 0.9);

    // Quán Thanh village: the pass-guardian temple on its mound, a few houses
    const temple = hall(ctx.scene, {
      name: 'QuanTranAi_Temple',
      x: -3.3,
      z: 3.2,
      y: 0.95,
      rotY: 90,
      bays: 3,
      bayWidth: 0.8,
      depth: 1.7,
      wallHeight: 1.1,
    });
    ctx.occupy(-3.3, 3.2, 1.8);
    for (const [x, z] of [
      [-3.6, 6.6],
      [-2.4, 8.6],
      [-4.4, -0.4],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'QuanThanh_Houses',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.6),
        rotY: 90,
        width: 1.2,
        depth: 1.0,
        floors: 1,
        roof: 'hip',
        roofColor: PALETTE.terracottaDark,
      });
      ctx.occupy(x, z, 1.0);
    }

    // the victory exhibition house, facing the Cai Kinh wall across the valley
    const expo = modernBuilding(ctx.scene, {
      name: 'Victory_Exhibition',
      x: 5.0,
      z: -4.6,
      y: ctx.terrain.groundAt(5.0, -4.6, 1.6),
      rotY: -90,
      width: 3.4,
      depth: 1.8,
      floors: 1,
      floorHeight: 0.9,
      roof: 'curved',
      wall: PALETTE.ochre,
    });
    ctx.occupy(5.0, -4.6, 2.0);
    flag(ctx.scene.pen('Victory_Exhibition', 'masonry').at(3.8, ctx.ground(3.8, -3.0), -3.0), 2.2, 0.7);

    // Mã Yên ("saddle") hill and the kneeling, headless rock said to be Liu Sheng
    const stoneAt: Vec3 = [4.7, ctx.ground(4.7, -0.6), -0.6];
    const rock = ctx.scene.pen('LiuSheng_Stone', 'rock');
    const rr = ctx.rng.fork('liu');
    blob(rock, [stoneAt[0], stoneAt[1] + 0.3, stoneAt[2]], [0.42, 0.45, 0.34], rr, PALETTE.limestoneDark, {
      roughness: 0.15,
    });
    blob(rock, [stoneAt[0] + 0.35, stoneAt[1] + 0.12, stoneAt[2]], [0.3, 0.18, 0.3], rr, PALETTE.limestone, {
      roughness: 0.1,
    });
    ctx.occupy(stoneAt[0], stoneAt[2], 0.7);

    ctx.trees('hills', {
      count: 42,
      kinds: ['broadleaf', 'broadleaf', 'conifer', 'shrub'],
      size: [0.8, 1.5],
      accept: (x) => x > 4.2,
    });
    ctx.trees('valley', {
      count: 18,
      kinds: ['broadleaf', 'bamboo', 'shrub'],
      size: [0.7, 1.3],
      accept: (x) => x < 4.2,
    });

    ctx.hotspot('chi-lang-mat-quy', faceAt, orbit(faceAt, 9, 90, 12));
    const maYen: Vec3 = [stoneAt[0], stoneAt[1] + 0.5, stoneAt[2]];
    ctx.hotspot('chi-lang-ma-yen', maYen, orbit([maYen[0] + 0.8, maYen[1] + 0.8, maYen[2]], 8, -70, 20));
    ctx.hotspot('chi-lang-den-quan-tran-ai', temple.front, orbit(temple.front, 7, 70, 22));
    ctx.hotspot('chi-lang-exhibition', expo.front, orbit(expo.front, 8, -60, 22));
    ctx.intro(orbit([0, 2.5, -0.5], 31, 12, 32));
  },
};
