import { cloud, cloudSea } from '../clouds';
import { shade } from '../color';
import { flag } from '../flag';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { block, box, frustum } from '../solids';
import { trail } from '../trail';
import type { Vec3 } from '../vec';
import { orbit } from '../views';
import { villaRuin } from '../villaRuin';

const CLOUDS_Y = 2.3;

/** Mẫu Sơn: the "mother" and "father" peaks rising out of a sea of clouds, with 1930s villa ruins. */
export const mauSon: SiteRecipe = {
  id: 'mau-son',
  terrain: {
    rings: 26,
    noise: { amp: 0.5, scale: 0.22 },
    features: [
      { kind: 'hill', x: 3.6, z: -3.4, r: 7.0, h: 4.4 },
      { kind: 'hill', x: 3.8, z: -3.2, r: 2.6, h: 1.5 },
      { kind: 'hill', x: 6.0, z: -5.8, r: 3.2, h: 2.0 },
      { kind: 'hill', x: 1.8, z: -1.2, r: 2.8, h: 1.2 },
      { kind: 'hill', x: -4.0, z: -1.6, r: 6.4, h: 4.0 },
      { kind: 'hill', x: -4.2, z: -1.8, r: 2.4, h: 1.3 },
      { kind: 'hill', x: -6.6, z: -4.4, r: 3.0, h: 1.8 },
      {
        kind: 'ridge',
        path: [
          [-4, -1.8],
          [0, -3.2],
          [3.6, -3.4],
        ],
        r: 3.0,
        h: 2.4,
      },
      { kind: 'hill', x: 8.2, z: -7, r: 3.5, h: 3.0 },
      { kind: 'hill', x: -8.5, z: -6, r: 3, h: 2.5 },
      { kind: 'pad', x: -3.4, z: 0.5, w: 3.8, d: 2.2, blend: 1.0 },
      { kind: 'pad', x: -1.0, z: -0.5, w: 1.8, d: 1.6, blend: 0.8 },
    ],
    paint: (s) => {
      if (s.y > 6.6) return s.n > 0 ? PALETTE.meadow : PALETTE.grassDry;
      if (s.y > 2.0) return s.n > 0.1 ? PALETTE.forest : PALETTE.foliage;
      return undefined;
    },
  },
  compose(ctx) {
    const resortY = ctx.ground(-3.4, 0.5);
    const bathY = ctx.ground(-1.0, -0.5);
    const poY = ctx.ground(3.8, -3.2);
    const po: Vec3 = [3.8, poY, -3.2];
    const me: Vec3 = [-4.2, ctx.ground(-4.2, -1.8), -1.8];

    // geotrail to Phja Pò, ending at the summit marker
    const trailPts: Vec3[] = [];
    for (let i = 0; i <= 10; i++) {
      const t = i / 10;
      const x = 0.2 + (3.8 - 0.2) * t;
      const z = -2.4 + (-3.2 + 2.4) * t + Math.sin(t * Math.PI) * 0.9;
      trailPts.push([x, ctx.ground(x, z) + 0.05, z]);
    }
    trail(ctx.scene.pen('Geotrail', 'masonry'), trailPts, {
      width: 0.35,
      color: PALETTE.path,
      stepRise: 0.3,
    });
    const marker = ctx.scene.pen('PhjaPo_Summit_Marker', 'masonry').at(po[0], po[1], po[2]);
    block(marker, 0, -0.2, 0, 0.6, 0.35, 0.6, PALETTE.stone);
    frustum(marker.at(0, 0.15, 0), 0.16, 0.1, 0, 0.8, 4, PALETTE.paper, Math.PI / 4);
    flag(marker.at(0.5, 0.1, 0), 1.4, 0.5);
    ctx.occupy(po[0], po[2], 0.8);

    // the resort terrace below Phja Mè: villa ruins, a guest house, peach trees
    const v1 = villaRuin(ctx.scene, {
      name: 'French_Villa_Ruins',
      x: -4.4,
      z: 0.6,
      y: resortY,
      width: 1.7,
      depth: 1.2,
      rotY: 0.1,
      seed: 'villa-1',
    });
    villaRuin(ctx.scene, {
      name: 'French_Villa_Ruins',
      x: -2.5,
      z: 0.8,
      y: resortY,
      width: 1.3,
      depth: 1.1,
      rotY: -0.15,
      seed: 'villa-2',
    });
    modernBuilding(ctx.scene, {
      name: 'Summit_Resort',
      x: -3.4,
      z: -0.3,
      y: resortY,
      width: 1.6,
      depth: 0.9,
      floors: 2,
      floorHeight: 0.5,
      roof: 'hip',
      roofColor: PALETTE.terracotta,
    });
    ctx.occupy(-3.4, 0.5, 2.2);
    ctx.occupy(me[0], me[2], 1.0);

    // Dao herbal bath: a wooden hut and a steaming tub
    const bathPen = ctx.scene.pen('Dao_Herbal_Bath', 'timber').at(-1.0, bathY, -0.5, 0.4);
    box(bathPen, [-0.55, 0, -0.45], [0.55, 0.7, 0.05], { side: PALETTE.wood, bottom: null });
    block(bathPen, 0, 0.7, -0.2, 1.3, 0.08, 0.75, PALETTE.tileBrown);
    frustum(bathPen.at(0.1, 0, 0.45), 0.3, 0.34, 0, 0.35, 10, {
      side: PALETTE.woodLight,
      top: shade(PALETTE.soil, 0.7),
    });
    const bath: Vec3 = [-1.0 + 0.45 * Math.sin(0.4), bathY + 0.35, -0.5 + 0.45 * Math.cos(0.4)];
    cloud(ctx.scene, 'Dao_Herbal_Bath', [bath[0], bath[1] + 0.35, bath[2]], 0.22, ctx.rng.fork('steam'));
    ctx.occupy(-1.0, -0.5, 0.9);

    // road winding up from the valley to the resort
    ribbon(
      ctx.scene.pen('Summit_Road', 'ground'),
      [
        [-9.8, 5.4],
        [-7.0, 4.6],
        [-4.8, 4.2],
        [-2.4, 3.4],
        [-3.6, 2.3],
        [-3.4, 1.6],
      ],
      {
        width: 0.6,
        color: PALETTE.asphalt,
        ground: ctx.ground,
        lift: 0.05,
      },
    );

    cloudSea(ctx.scene, ctx.rng.fork('sea'), {
      y: CLOUDS_Y,
      count: 34,
      size: [0.9, 1.7],
      accept: (x, z) => ctx.ground(x, z) < CLOUDS_Y - 0.4,
    });
    ctx.trees('forest', {
      count: 55,
      kinds: ['conifer', 'conifer', 'broadleaf'],
      size: [0.7, 1.2],
      accept: (x, z) => ctx.ground(x, z) > CLOUDS_Y - 0.2,
      maxSlope: 1.6,
    });
    ctx.trees('peaches', {
      count: 10,
      kinds: ['blossom'],
      size: [0.6, 0.9],
      area: { x: -3, z: 1.2, r: 3 },
      accept: (x, z) => ctx.ground(x, z) > 3.5,
    });

    ctx.hotspot('mau-son-phja-me', [me[0], me[1] + 0.3, me[2]], orbit(me, 9, -65, 35));
    ctx.hotspot('mau-son-phja-po', [po[0], po[1] + 0.6, po[2]], orbit(po, 9, 30, 26));
    ctx.hotspot('mau-son-french-villas', v1, orbit(v1, 7, -20, 30));
    ctx.hotspot('mau-son-dao-herbal-bath', bath, orbit(bath, 5.5, 30, 28));
    ctx.intro(orbit([0, 3.4, -1], 31, 12, 24));
  },
};
