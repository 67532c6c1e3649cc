import { incenseBurner } from '../altar';
import { shade } from '../color';
import { curvedRoof } from '../curvedRoof';
import { hall } from '../hall';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { pavilion } from '../pavilion';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { block, box } from '../solids';
import { stairs } from '../stairs';
import { stele } from '../stele';
import { tamQuan } from '../tamQuan';
import { tree } from '../trees';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Tả Phủ temple (1683): an I-shaped temple on raised ground, with the merchants' "Teacher-Father" stele. */
export const denTaPhu: SiteRecipe = {
  id: 'den-ta-phu',
  terrain: {
    noise: { amp: 0.12, scale: 0.2 },
    features: [{ kind: 'pad', x: 0, z: -1.4, w: 9, d: 8.6, y: 0.9, blend: 0.4 }],
  },
  compose(ctx) {
    const y = 0.9;
    // retaining wall of the raised ground
    const base = ctx.scene.pen('Raised_Ground', 'masonry');
    box(base, [-4.7, -0.3, -5.9], [4.7, y, 3.1], {
      side: PALETTE.stone,
      top: shade(PALETTE.paving, 0.95),
      bottom: null,
    });
    stairs(base, [0, ctx.ground(0, 5.0) + 0.02, 5.0], [0, y, 3.1], {
      width: 2.0,
      steps: 7,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    ctx.occupy(0, -1.4, 5.4);

    const front = hall(ctx.scene, {
      name: 'DaiBai_Worship_Hall',
      x: 0,
      z: 0.2,
      y,
      bays: 3,
      bayWidth: 1.1,
      depth: 2.2,
    });
    const link = ctx.scene.pen('Connecting_Bay', 'masonry');
    box(link, [-0.7, y, -1.9], [0.7, y + 1.4, -0.9], { side: PALETTE.ochre, bottom: null });
    curvedRoof(ctx.scene.pen('Connecting_Bay', 'tile').at(0, 0, -1.4, Math.PI / 2), {
      width: 1.0,
      depth: 1.4,
      y: y + 1.4,
      rise: 0.55,
      upturn: 0.15,
      overhang: 0.25,
      finial: 'none',
    });
    const rear = hall(ctx.scene, {
      name: 'HauCung_Sanctuary',
      x: 0,
      z: -3.2,
      y,
      bays: 3,
      bayWidth: 1.0,
      depth: 2.0,
      veranda: false,
      steps: false,
      tiers: 2,
    });
    tamQuan(ctx.scene, { name: 'Temple_Gate', x: 0, z: 2.6, y, size: 0.55 });
    incenseBurner(base.at(0, y, 1.9), 0.45);

    // the 1683 stele on its two-tier lotus base, under a small roofed shelter
    const shelter = pavilion(ctx.scene, {
      name: 'TonSuPhu_Stele',
      x: -3.0,
      z: 1.4,
      y,
      size: 1.2,
      tiers: 1,
      columnHeight: 1.3,
    });
    const s = stele(ctx.scene.pen('TonSuPhu_Stele', 'masonry').at(-3.0, y + 0.25, 1.4), {
      height: 1.1,
      base: 'lotus',
      color: PALETTE.limestone,
    });
    const steleAt: Vec3 = [-3.0 + s[0], y + 0.25 + s[1], 1.4 + s[2]];
    void shelter;

    // Kỳ Lừa street in front, shophouses and old trees
    ribbon(
      ctx.scene.pen('KyLua_Street', 'ground'),
      [
        [-11.8, 7.2],
        [11.8, 7.2],
      ],
      { width: 1.8, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    for (let x = -11; x <= 11; x += 1.2) ctx.occupy(x, 7.2, 1.2);
    for (let i = 0; i < 6; i++) {
      const x = -8 + i * 1.5 + (i > 2 ? 4.2 : 0);
      modernBuilding(ctx.scene, {
        name: 'Shophouses',
        x,
        z: 9.4,
        y: ctx.terrain.groundAt(x, 9.4, 0.6),
        width: 1.3,
        depth: 1.8,
        floors: 2 + (i % 2),
        floorHeight: 0.6,
      });
      ctx.occupy(x, 9.4, 1);
    }
    tree(ctx.scene, 'Old_Trees', 'banyan', [3.2, y, 1.6], 2.2, ctx.rng.fork('banyan'));
    block(ctx.scene.pen('Old_Trees', 'masonry'), 3.2, y - 0.1, 1.6, 1.2, 0.3, 1.2, PALETTE.stone);
    ctx.occupy(3.2, 1.6, 1.3);
    ctx.trees('grounds', { count: 26, kinds: ['broadleaf', 'broadleaf', 'shrub', 'palm'], size: [0.8, 1.4] });

    ctx.hotspot('ta-phu-stele', steleAt, orbit(steleAt, 5.5, 30, 15));
    ctx.hotspot('ta-phu-dai-bai', front.front, orbit(front.front, 8, 20, 50));
    ctx.hotspot('ta-phu-hau-cung', rear.ridge, orbit(rear.ridge, 8, -45, 35));
    ctx.intro(orbit([0, 1.5, 0], 31, 22, 30));
  },
};
