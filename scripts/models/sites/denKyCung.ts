import { incenseBurner } from '../altar';
import { bridge } from '../bridge';
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
import { tamQuan } from '../tamQuan';
import { tree } from '../trees';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Kỳ Cùng temple: on the north bank at the bridgehead, above the old stone wharf where envoys embarked. */
export const denKyCung: SiteRecipe = {
  id: 'den-ky-cung',
  terrain: {
    waterLevel: -0.2,
    features: [
      { kind: 'pad', x: 0, z: -1.8, w: 9.5, d: 8, y: 0.7, blend: 1.5 },
      { kind: 'pad', x: 6.4, z: -3, w: 2, d: 18, y: 0.7, blend: 1.2 },
      {
        kind: 'channel',
        path: [
          [-13, 5.2],
          [-4, 6.4],
          [4, 6.6],
          [13, 5.8],
        ],
        width: 4.6,
        y: -0.75,
        bank: 1.2,
      },
    ],
  },
  compose(ctx) {
    const y = 0.7;
    const front = hall(ctx.scene, {
      name: 'Front_Hall_7Bay',
      x: 0,
      z: -0.4,
      y,
      bays: 7,
      bayWidth: 0.85,
      depth: 2.2,
      roof: { upturn: 0.4 },
    });
    const link = ctx.scene.pen('Connecting_Bay', 'masonry');
    box(link, [-0.7, y, -2.3], [0.7, y + 1.3, -1.4], { side: PALETTE.ochre, bottom: null });
    curvedRoof(ctx.scene.pen('Connecting_Bay', 'tile').at(0, 0, -1.85, Math.PI / 2), {
      width: 1.0,
      depth: 1.4,
      y: y + 1.3,
      rise: 0.6,
      upturn: 0.15,
      overhang: 0.25,
      finial: 'none',
    });
    const sanctuary = hall(ctx.scene, {
      name: 'Rear_Sanctuary',
      x: 0,
      z: -3.6,
      y,
      bays: 3,
      bayWidth: 1.0,
      depth: 2.1,
      veranda: false,
      steps: false,
      tiers: 2,
    });
    ctx.occupy(0, -1.9, 4.6);
    const gate = tamQuan(ctx.scene, { name: 'Temple_Gate', x: 0, z: 2.5, y, size: 0.72 });
    const bell = pavilion(ctx.scene, {
      name: 'Bell_Tower',
      x: -3.6,
      z: 2.6,
      y,
      size: 1.2,
      tiers: 2,
      base: { height: 0.8 },
      content: 'bell',
    });
    const drum = pavilion(ctx.scene, {
      name: 'Drum_Tower',
      x: 3.6,
      z: 2.6,
      y,
      size: 1.2,
      tiers: 2,
      base: { height: 0.8 },
      content: 'drum',
    });
    ctx.occupy(0, 2.6, 4.6);
    incenseBurner(ctx.scene.pen('Temple_Yard', 'masonry').at(0, y, 1.2), 0.5);

    // the stone wharf: broad steps from the gate down to the river
    const wharf = ctx.scene.pen('Stone_Wharf', 'masonry');
    stairs(wharf, [0, -0.2, 4.9], [0, y, 3.3], {
      width: 3.2,
      steps: 7,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    block(wharf, 0, -0.45, 5.2, 4.2, 0.3, 0.8, {
      side: shade(PALETTE.stone, 0.75),
      top: shade(PALETTE.stone, 0.9),
    });
    ctx.occupy(0, 4.4, 2.2);

    // Kỳ Cùng bridge at the bridgehead, and the bank road
    const br = bridge(ctx.scene, 'KyCung_Bridge', [6.4, y + 0.05, 2.8], [6.4, y + 0.05, 11.6], {
      width: 1.8,
      pierBottom: -0.8,
    });
    ribbon(
      ctx.scene.pen('Roads', 'ground'),
      [
        [6.4, 2.9],
        [6.4, -11.6],
      ],
      { width: 1.8, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    ribbon(
      ctx.scene.pen('Roads', 'ground'),
      [
        [-11.2, 3.6],
        [5.4, 3.6],
      ],
      { width: 0.9, color: PALETTE.paving, ground: ctx.ground },
    );
    ctx.occupy(6.4, -4, 1.4);
    for (const [x, z, f] of [
      [9.0, -2.0, 3],
      [9.2, 0.6, 2],
      [-7.5, -5.5, 2],
      [-4.2, -7.8, 3],
      [3.8, -8.2, 2],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'Town_Houses',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.8),
        width: 1.6,
        depth: 1.4,
        floors: f,
        floorHeight: 0.55,
      });
      ctx.occupy(x, z, 1.4);
    }
    tree(ctx.scene, 'Old_Banyan', 'banyan', [-4.6, y, -1.4], 2.6, ctx.rng.fork('banyan'));
    ctx.occupy(-4.6, -1.4, 1.5);
    ctx.trees('banks', { count: 26, kinds: ['broadleaf', 'broadleaf', 'shrub', 'bamboo'], size: [0.8, 1.4] });

    const wharfAt: Vec3 = [0, 0.1, 4.6];
    ctx.hotspot('ky-cung-stone-wharf', wharfAt, orbit(wharfAt, 8, 25, 25));
    ctx.hotspot('ky-cung-front-hall', front.front, orbit(front.ridge, 9, -40, 45));
    ctx.hotspot('ky-cung-sanctuary', sanctuary.ridge, orbit(sanctuary.ridge, 8, -50, 40));
    const towers: Vec3 = [0, y + 1.6, 2.6];
    ctx.hotspot('ky-cung-bell-drum-towers', towers, orbit(towers, 9, 5, 20));
    void gate;
    void bell;
    void drum;
    void br;
    ctx.intro(orbit([0.5, 1.2, 0], 31, 20, 30));
  },
};
