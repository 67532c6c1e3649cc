import { shade } from '../color';
import { flag } from '../flag';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import { ricePaddies } from '../ricePaddies';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { stiltHouse } from '../stiltHouse';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** The Bắc Sơn Uprising Museum (1985), a building in the form of a Tày stilt house, in the Bắc Sơn valley. */
export const baoTangKhoiNghiaBacSon: SiteRecipe = {
  id: 'bao-tang-khoi-nghia-bac-son',
  terrain: {
    noise: { amp: 0.15, scale: 0.2 },
    features: [{ kind: 'pad', x: 0, z: -0.6, w: 12, d: 7.5, y: 0.3, blend: 1.5 }],
  },
  compose(ctx) {
    for (const [i, [x, z, h, r]] of (
      [
        [-7.8, -7.4, 6.8, 2.5],
        [-2.0, -9.6, 8.0, 2.6],
        [4.4, -9.0, 7.0, 2.4],
        [9.0, -5.4, 5.6, 2.1],
      ] as const
    ).entries())
      ctx.tower({ name: `BacSon_Karst_${i + 1}`, x, z, height: h, radius: r, greenery: 0.7 });

    const museum = stiltHouse(ctx.scene, ctx.terrain, {
      name: 'Museum_Building',
      x: 0,
      z: -2.4,
      bays: 7,
      bayWidth: 0.85,
      depth: 2.6,
      postHeight: 1.0,
      wallHeight: 1.0,
      scale: 1.45,
      wood: PALETTE.woodLight,
      tile: PALETTE.tileBrown,
    });
    ctx.occupy(0, -2.4, 5.4);
    const plaza = ctx.scene.pen('Museum_Plaza', 'masonry');
    block(plaza, 0, 0.15, 2.6, 8.4, 0.16, 3.6, { side: shade(PALETTE.paving, 0.8), top: PALETTE.paving });
    flag(plaza.at(0, 0.31, 3.4), 3.2, 0.95);
    ctx.occupy(0, 2.6, 4.4);
    ribbon(
      ctx.scene.pen('Access_Road', 'ground'),
      [
        [0, 4.4],
        [0.6, 11.6],
      ],
      { width: 1.4, color: PALETTE.asphalt, ground: ctx.ground },
    );
    for (let z = 4.4; z <= 11.6; z += 1) ctx.occupy(0.3, z, 1.0);
    ricePaddies(ctx.scene, {
      name: 'Rice_Paddies',
      seed: 'museum/paddies',
      area: { x: 0, z: 7.5, half: 6 },
      cell: 1.1,
      angle: 8,
      ground: ctx.ground,
      accept: (x, z) => z > 5 && ctx.isFree(x, z, 0.2),
    });
    ctx.trees('grounds', {
      count: 34,
      kinds: ['broadleaf', 'broadleaf', 'bamboo', 'palm', 'blossom'],
      size: [0.8, 1.4],
      accept: (_x, z) => z < 5.2,
    });

    const s = 1.45;
    const w = (7 * 0.85 * s) / 2;
    const floorY = museum.door[1];
    ctx.hotspot('bac-son-museum-building', museum.top, orbit(museum.top, 12, 15, 25));
    const wallZ = museum.door[2] - 0.35 * s - 0.1;
    const pre: Vec3 = [-w * 0.6, floorY + 0.2, wallZ + 0.12];
    ctx.hotspot('bac-son-museum-prehistory', pre, orbit(pre, 7, -30, 18));
    const upr: Vec3 = [w * 0.6, floorY + 0.2, wallZ + 0.12];
    ctx.hotspot('bac-son-museum-uprising', upr, orbit(upr, 7, 30, 18));
    ctx.intro(orbit([0, 2, -1.5], 31, 18, 26));
  },
};
