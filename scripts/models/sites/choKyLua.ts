import { shade, srgb } from '../color';
import { hall } from '../hall';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { beam, block, frustum } from '../solids';
import { stall } from '../stall';
import { tamQuan } from '../tamQuan';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Kỳ Lừa: the 1996 night-market hall, the weekend walking street and Tả Phủ temple at the street's end. */
export const choKyLua: SiteRecipe = {
  id: 'cho-ky-lua',
  terrain: { noise: { amp: 0.1, scale: 0.2 } },
  compose(ctx) {
    const y = ctx.ground(0, 1.5);
    ribbon(
      ctx.scene.pen('Walking_Street', 'ground'),
      [
        [-7.0, 1.5],
        [11.6, 1.5],
      ],
      { width: 2.4, color: PALETTE.paving, ground: ctx.ground },
    );
    ribbon(
      ctx.scene.pen('Side_Street', 'ground'),
      [
        [5.6, 1.5],
        [5.6, 11.6],
      ],
      { width: 1.4, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    for (let x = -7; x <= 11.5; x += 1.2) ctx.occupy(x, 1.5, 1.3);
    for (let z = 2; z <= 11.5; z += 1.2) ctx.occupy(5.6, z, 0.9);

    // the night-market hall behind its roofed gate
    const market = modernBuilding(ctx.scene, {
      name: 'KyLua_NightMarket',
      x: 2.4,
      z: -4.2,
      y,
      width: 7.4,
      depth: 4.0,
      floors: 2,
      floorHeight: 0.9,
      wall: PALETTE.ochre,
      roof: 'curved',
      roofColor: PALETTE.terracotta,
    });
    ctx.occupy(2.4, -4.2, 4.2);
    const gate = tamQuan(ctx.scene, { name: 'Market_Gate', x: 2.4, z: -1.2, y, size: 0.6 });
    ctx.occupy(2.4, -1.2, 1.9);

    // stalls and lanterns along the walking street
    const stalls = ctx.scene.pen('Street_Stalls', 'timber');
    const awnings = [PALETTE.flagRed, PALETTE.indigo, PALETTE.riceGold, PALETTE.paper];
    for (let i = 0; i < 8; i++) {
      const x = -4.2 + i * 1.7;
      const side = i % 2 === 0 ? 1 : -1;
      stall(
        stalls.at(x, y, 1.5 + side * 0.78, side > 0 ? Math.PI : 0),
        0.9,
        0.6,
        awnings[i % awnings.length] ?? PALETTE.flagRed,
      );
    }
    const lanterns = ctx.scene.pen('Street_Lanterns', 'timber');
    for (let x = -5; x <= 10; x += 2.5) {
      for (const z of [0.1, 2.9]) {
        beam(lanterns, [x, y, z], [x, y + 1.6, z], 0.05, 0.05, PALETTE.woodDark);
        frustum(lanterns.at(x, y + 1.25, z), 0.1, 0.14, 0, 0.14, 6, PALETTE.lantern);
        frustum(lanterns.at(x, y + 1.39, z), 0.14, 0.1, 0, 0.14, 6, PALETTE.lantern);
      }
    }

    // NFC check-in board on the walking street
    const board = ctx.scene.pen('NFC_CheckIn_Board', 'masonry').at(6.8, y, 0.25);
    block(board, 0, 0, 0, 0.12, 0.9, 0.12, PALETTE.concrete);
    block(board, 0, 0.7, 0.02, 0.8, 0.6, 0.06, PALETTE.indigo);
    block(board, 0, 0.85, 0.06, 0.5, 0.3, 0.02, PALETTE.paper);
    const boardAt: Vec3 = [6.8, y + 1.0, 0.3];

    // Tả Phủ temple closes the street's west end
    const taPhu = hall(ctx.scene, {
      name: 'TaPhu_Temple',
      x: -8.6,
      z: 1.5,
      y,
      rotY: 90,
      bays: 3,
      bayWidth: 0.9,
      depth: 2.0,
      tiers: 2,
    });
    ctx.occupy(-8.6, 1.5, 2.3);

    const fronts = [PALETTE.plaster, srgb('#E6C9B5'), PALETTE.ochre, srgb('#C9D2CF'), srgb('#D9CDB4')];
    for (let i = 0; i < 7; i++) {
      const x = -5.2 + i * 1.45;
      modernBuilding(ctx.scene, {
        name: 'Shophouses',
        x,
        z: 4.2,
        y: ctx.terrain.groundAt(x, 4.2, 0.7),
        width: 1.3,
        depth: 2.2,
        floors: 2 + (i % 3),
        floorHeight: 0.6,
        wall: fronts[i % fronts.length],
      });
      ctx.occupy(x, 4.2, 1.0);
    }
    for (const [x, z] of [
      [8.4, -2.6],
      [8.6, 4.8],
      [-4.6, -4.4],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'Shophouses',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.8),
        width: 1.6,
        depth: 1.8,
        floors: 3,
        floorHeight: 0.6,
        wall: shade(PALETTE.plaster, 0.95),
      });
      ctx.occupy(x, z, 1.4);
    }
    ctx.trees('street', {
      count: 22,
      kinds: ['broadleaf', 'broadleaf', 'palm', 'blossom'],
      size: [0.8, 1.3],
    });

    ctx.hotspot(
      'ky-lua-night-market',
      market.front,
      orbit([market.front[0] + 2, market.front[1] + 0.6, market.front[2]], 9, 35, 38),
    );
    ctx.hotspot('ky-lua-walking-street', boardAt, orbit(boardAt, 6, 30, 20));
    ctx.hotspot('ky-lua-ta-phu-end', taPhu.front, orbit(taPhu.front, 7, 70, 20));
    void gate;
    ctx.intro(orbit([0, 1.2, 0], 31, 18, 34));
  },
};
