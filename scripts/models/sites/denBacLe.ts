import { incenseBurner } from '../altar';
import { shade, srgb } from '../color';
import { hall } from '../hall';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { railway } from '../railway';
import { shrine } from '../shrine';
import type { SiteRecipe } from '../siteContext';
import { blob, block } from '../solids';
import { stairs } from '../stairs';
import { tamQuan } from '../tamQuan';
import { tree } from '../trees';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Bắc Lệ temple: a hill-top temple to the Mother Goddess of forests, under old trees, by the railway. */
export const denBacLe: SiteRecipe = {
  id: 'den-bac-le',
  terrain: {
    features: [
      { kind: 'hill', x: 0, z: -2.2, r: 7.4, h: 2.6 },
      { kind: 'pad', x: 0, z: -2.0, w: 8, d: 6.4, y: 2.6, blend: 1.2 },
      { kind: 'pad', x: 0, z: 9.4, w: 26, d: 1.6, y: 0.15, blend: 0.8 },
    ],
  },
  compose(ctx) {
    const y = 2.6;
    tamQuan(ctx.scene, { name: 'NghiMon_Gate_BellLoft', x: 0, z: 1.4, y, size: 0.8, style: 'loft' });
    ctx.occupy(0, 1.4, 2.6);
    const front = hall(ctx.scene, {
      name: 'Main_Temple_FrontHall',
      x: 0,
      z: -1.9,
      y,
      bays: 3,
      bayWidth: 1.1,
      depth: 2.0,
    });
    hall(ctx.scene, {
      name: 'Main_Temple_Sanctuary',
      x: 0,
      z: -4.2,
      y,
      bays: 3,
      bayWidth: 1.0,
      depth: 1.8,
      veranda: false,
      steps: false,
      tiers: 2,
    });
    ctx.occupy(0, -3, 2.8);
    // Chầu Bé's small shrine at the front, the open-air Five Tigers altar to the north-east
    const chauBe = shrine(
      ctx.scene.pen('ChauBe_Shrine', 'masonry').at(-3.4, y, -0.3),
      ctx.scene.pen('ChauBe_Shrine', 'tile').at(-3.4, y, -0.3),
      0.9,
    );
    ctx.occupy(-3.4, -0.3, 0.9);
    const tigers = ctx.scene.pen('NguHo_FiveTigers_Altar', 'masonry').at(3.0, y, -0.5);
    block(tigers, 0, 0, 0, 1.6, 0.25, 1.0, PALETTE.stone);
    const rng = ctx.rng.fork('tigers');
    const tigerColors = [srgb('#D9A441'), srgb('#E8E2D4'), srgb('#B8472E'), srgb('#3F5E4A'), srgb('#2B2D5C')];
    for (let i = 0; i < 5; i++) {
      const x = -0.6 + i * 0.3;
      blob(tigers, [x, 0.38, -0.1], [0.12, 0.13, 0.18], rng, tigerColors[i] ?? PALETTE.gold, {
        roughness: 0.08,
      });
      blob(tigers, [x, 0.52, 0.04], [0.08, 0.08, 0.08], rng, shade(tigerColors[i] ?? PALETTE.gold, 0.95), {
        roughness: 0.05,
      });
    }
    incenseBurner(tigers.at(0, 0.25, 0.3), 0.35);
    ctx.occupy(3.0, -0.5, 1.0);
    stairs(ctx.scene.pen('Hill_Stairs', 'masonry'), [0, ctx.ground(0, 7.6) + 0.02, 7.6], [0, y, 2.4], {
      width: 1.3,
      steps: 22,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    ctx.occupy(0, 5, 1.3);

    // old trees shading the hill top
    const old: [number, number][] = [
      [-4.2, -3.4],
      [3.9, -3.8],
      [-5.4, 2.6],
      [4.0, 2.0],
    ];
    for (const [i, [x, z]] of old.entries()) {
      tree(
        ctx.scene,
        'Old_Trees',
        'banyan',
        [x, ctx.ground(x, z), z],
        2.4 + (i % 2) * 0.4,
        ctx.rng.fork(`old${i}`),
      );
      ctx.occupy(x, z, 1.4);
    }

    // the railway and Bắc Lệ halt at the foot of the hill
    railway(
      ctx.scene,
      'Railway_Line',
      [
        [-11.8, 9.4],
        [11.8, 9.4],
      ],
      ctx.ground,
    );
    modernBuilding(ctx.scene, {
      name: 'BacLe_Station',
      x: 5.6,
      z: 7.8,
      y: ctx.ground(5.6, 7.8),
      width: 2.4,
      depth: 1.2,
      floors: 1,
      floorHeight: 0.8,
      wall: PALETTE.ochre,
      roof: 'hip',
      roofColor: PALETTE.terracottaDark,
    });
    for (let x = -11.5; x <= 11.5; x += 1.2) ctx.occupy(x, 9.4, 1.0);
    ctx.occupy(5.6, 7.8, 1.4);
    ctx.trees('hill', {
      count: 45,
      kinds: ['broadleaf', 'broadleaf', 'conifer', 'bamboo', 'shrub'],
      size: [0.8, 1.5],
      maxSlope: 1.3,
    });

    ctx.hotspot('bac-le-nghi-mon', [0, y + 1.6, 1.95], orbit([0, y + 1.6, 1.95], 7.5, 12, 16));
    ctx.hotspot('bac-le-main-temple', front.front, orbit(front.front, 8, -35, 42));
    const cb: Vec3 = [-3.4 + chauBe[0], y + chauBe[1], -0.3 + chauBe[2]];
    ctx.hotspot('bac-le-chau-be', cb, orbit(cb, 5.5, -20, 35));
    const ngh: Vec3 = [3.0, y + 0.5, -0.5];
    ctx.hotspot('bac-le-ngu-ho', ngh, orbit(ngh, 5.5, 80, 35));
    ctx.intro(orbit([0, 2.4, -0.5], 31, 18, 28));
  },
};
