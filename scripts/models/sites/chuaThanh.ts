import { incenseBurner } from '../altar';
import { shade } from '../color';
import { figure } from '../figure';
import { hall } from '../hall';
import { PALETTE } from '../palette';
import { pavilion } from '../pavilion';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { tamQuan } from '../tamQuan';
import { tree } from '../trees';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Chùa Thành: the pagoda on the south bank of the Kỳ Cùng, facing Kỳ Cùng temple across the river. */
export const chuaThanh: SiteRecipe = {
  id: 'chua-thanh',
  terrain: {
    waterLevel: -0.2,
    features: [
      { kind: 'pad', x: 0, z: -1.2, w: 11, d: 12.5, y: 0.35, blend: 1.2 },
      {
        kind: 'channel',
        path: [
          [-13, 9.0],
          [0, 9.6],
          [13, 8.8],
        ],
        width: 3.4,
        y: -0.75,
        bank: 1,
      },
    ],
  },
  compose(ctx) {
    const y = 0.35;
    const court = ctx.scene.pen('Pagoda_Courtyard', 'masonry');
    block(court, 0, 0.2, -0.2, 6.5, 0.16, 9.8, { side: shade(PALETTE.paving, 0.8), top: PALETTE.paving });
    ribbon(
      ctx.scene.pen('Riverside_Road', 'ground'),
      [
        [-11.6, 6.6],
        [11.6, 6.6],
      ],
      { width: 1.2, color: PALETTE.asphalt, ground: ctx.ground },
    );
    for (let x = -11; x <= 11; x += 1.2) ctx.occupy(x, 6.6, 0.8);
    const gate = tamQuan(ctx.scene, { name: 'TamQuan_MultiRoof_Gate', x: 0, z: 4.8, y, size: 0.85 });
    ctx.occupy(0, 4.8, 2.8);
    const bell = pavilion(ctx.scene, {
      name: 'GreatBell_Tower',
      x: 4.3,
      z: 2.2,
      y,
      size: 1.3,
      tiers: 2,
      base: { height: 0.7 },
      content: 'bell',
    });
    ctx.occupy(4.3, 2.2, 1.4);
    const phuongDinh = pavilion(ctx.scene, {
      name: 'Phuong_Dinh_Pavilion',
      x: 0,
      z: 1.7,
      y: y + 0.05,
      size: 1.7,
      tiers: 2,
      columnHeight: 1.2,
      finial: 'lotus',
    });
    ctx.occupy(0, 1.7, 1.6);
    incenseBurner(court.at(0, y + 0.05, 3.2), 0.55);
    hall(ctx.scene, { name: 'Bronze_Statue_Hall', x: 0, z: -1.6, y, bays: 5, bayWidth: 1.0, depth: 2.4 });
    // three solid-bronze Buddhas on an altar in the open front bay
    const bronze = ctx.scene.pen('Bronze_Statue_Hall', 'timber');
    block(bronze, 0, y + 0.35, -0.74, 2.2, 0.3, 0.36, PALETTE.lacquer);
    for (const x of [-0.7, 0, 0.7])
      figure(bronze.at(x, y + 0.65, -0.74), {
        height: x === 0 ? 0.75 : 0.6,
        color: shade(PALETTE.gold, 0.75),
        pose: 'seated',
      });
    hall(ctx.scene, {
      name: 'Main_Hall',
      x: 0,
      z: -4.8,
      y,
      bays: 5,
      bayWidth: 1.05,
      depth: 2.5,
      tiers: 2,
      veranda: false,
      steps: false,
    });
    ctx.occupy(0, -3.2, 3.6);
    hall(ctx.scene, {
      name: 'Mother_Shrine',
      x: -4.6,
      z: -3.4,
      y,
      rotY: 90,
      bays: 3,
      bayWidth: 0.9,
      depth: 1.8,
    });
    hall(ctx.scene, {
      name: 'Ancestor_Hall',
      x: 4.6,
      z: -3.4,
      y,
      rotY: -90,
      bays: 3,
      bayWidth: 0.9,
      depth: 1.8,
    });
    ctx.occupy(-4.6, -3.4, 1.9);
    ctx.occupy(4.6, -3.4, 1.9);
    tree(ctx.scene, 'Old_Trees', 'banyan', [-5.0, y, 4.4], 2.3, ctx.rng.fork('banyan'));
    ctx.occupy(-5.0, 4.4, 1.4);
    ctx.trees('grounds', {
      count: 30,
      kinds: ['broadleaf', 'broadleaf', 'blossom', 'shrub', 'bamboo'],
      size: [0.8, 1.4],
    });

    ctx.hotspot('chua-thanh-tam-quan', gate.top, orbit(gate.centre, 7.5, 15, 18));
    const statues: Vec3 = [0, y + 1.0, -0.6];
    ctx.hotspot('chua-thanh-bronze-statues', statues, orbit(statues, 5, -50, 12));
    ctx.hotspot('chua-thanh-great-bell', bell.centre, orbit(bell.centre, 6, 0, 4));
    ctx.hotspot('chua-thanh-phuong-dinh', phuongDinh.top, orbit(phuongDinh.top, 7, -20, 25));
    ctx.intro(orbit([0, 1.4, 0.5], 31, 20, 32));
  },
};
