import { PALETTE } from '../palette';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { stiltHouse } from '../stiltHouse';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Hữu Liên: a limestone-walled forest valley with the Đồng Lâm grassland, two hamlets and Bắc Mỏ lake. */
export const huuLien: SiteRecipe = {
  id: 'huu-lien',
  terrain: {
    waterLevel: -0.12,
    water: { deep: PALETTE.turquoise, shallow: PALETTE.riverLight },
    features: [
      { kind: 'flat', x: 5.2, z: -5.4, r: 2.2, y: -0.7, blend: 0.9 },
      {
        kind: 'channel',
        path: [
          [4.0, -3.6],
          [1.2, 0.6],
          [0.4, 4.5],
          [-1.2, 12.5],
        ],
        width: 0.8,
        y: -0.4,
        bank: 0.5,
      },
      { kind: 'flat', x: -3.6, z: -1.2, r: 0.8, y: -0.3, blend: 0.6 },
      { kind: 'flat', x: -5.4, z: 0.8, r: 0.6, y: -0.3, blend: 0.5 },
    ],
    paint: (s) =>
      Math.hypot(s.x + 4, s.z + 0.5) < 3.8 && s.y > -0.05
        ? s.n > 0
          ? PALETTE.meadow
          : PALETTE.grassDry
        : undefined,
  },
  compose(ctx) {
    const ring: [number, number, number, number][] = [
      [-8.8, -4.6, 7.2, 2.6],
      [-5.0, -8.6, 8.6, 2.8],
      [0.4, -9.4, 7.6, 2.6],
      [8.8, -2.0, 6.6, 2.4],
      [9.0, 3.6, 5.4, 2.2],
      [-9.6, 2.4, 5.8, 2.1],
      [-8.4, 7.0, 4.6, 1.9],
      [7.6, 8.0, 4.2, 1.8],
    ];
    let forest = ctx.towers[0];
    for (const [i, [x, z, h, r]] of ring.entries()) {
      const t = ctx.tower({
        name: i === 1 ? 'Limestone_Forest_Peak' : `Karst_Wall_${i + 1}`,
        x,
        z,
        height: h,
        radius: r,
        greenery: 0.92,
        shrubs: 7,
      });
      if (i === 1) forest = t;
    }
    if (!forest) throw new Error('no forest peak');

    // Bắc Mỏ dam holding back the turquoise reservoir
    const dam = ctx.scene.pen('BacMo_Dam', 'masonry').at(3.75, -0.9, -3.55, -Math.atan2(0.55, 0.83));
    block(dam, 0, 0, 0, 2.4, 1.25, 0.45, { side: PALETTE.concrete, top: PALETTE.paving });
    ctx.occupy(5.2, -5.4, 3.0);
    ctx.occupy(3.7, -3.8, 1.4);

    // Làng Bên and Làng Cóc face each other across the valley
    const ben: [number, number][] = [
      [-4.8, 4.2],
      [-5.8, 6.4],
      [-3.6, 7.6],
    ];
    const coc: [number, number][] = [
      [4.4, 4.6],
      [5.4, 6.6],
      [3.4, 8.2],
    ];
    for (const [i, [x, z]] of ben.entries()) {
      stiltHouse(ctx.scene, ctx.terrain, { name: `LangBen_House_${i + 1}`, x, z, rotY: 90, scale: 0.55 });
      ctx.occupy(x, z, 1.6);
    }
    for (const [i, [x, z]] of coc.entries()) {
      stiltHouse(ctx.scene, ctx.terrain, {
        name: `LangCoc_House_${i + 1}`,
        x,
        z,
        rotY: -90,
        scale: 0.55,
        tile: PALETTE.tileBrown,
      });
      ctx.occupy(x, z, 1.6);
    }
    ctx.occupy(-4, -0.5, 3.6);
    ctx.trees('forest', {
      count: 56,
      kinds: ['broadleaf', 'broadleaf', 'broadleaf', 'conifer', 'bamboo'],
      size: [0.8, 1.6],
      minSpacing: 0.6,
      maxSlope: 1.6,
    });

    const meadow: Vec3 = [-4, ctx.ground(-4, -0.5) + 0.1, -0.5];
    ctx.hotspot('huu-lien-dong-lam', meadow, orbit(meadow, 9, 20, 35));
    const hamlets: Vec3 = [0, ctx.ground(0, 6) + 1.0, 6];
    ctx.hotspot('huu-lien-lang-ben', hamlets, orbit(hamlets, 9, 0, 30));
    const lake: Vec3 = [5.2, -0.1, -5.4];
    ctx.hotspot('huu-lien-bac-mo', lake, orbit(lake, 8, -20, 40));
    const peak = forest.summit;
    ctx.hotspot('huu-lien-forest', peak, orbit(peak, 10, 15, 30));
    ctx.intro(orbit([0, 2, -0.5], 31, 8, 32));
  },
};
