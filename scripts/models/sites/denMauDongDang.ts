import { incenseBurner } from '../altar';
import { srgb } from '../color';
import { hall } from '../hall';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { stairs } from '../stairs';
import { inscription } from '../stele';
import { tamQuan } from '../tamQuan';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Đồng Đăng Mother Goddess temple on its hill above the town, and the 1809 inscription at the old site. */
export const denMauDongDang: SiteRecipe = {
  id: 'den-mau-dong-dang',
  terrain: {
    features: [
      { kind: 'hill', x: -0.5, z: -2.5, r: 7.2, h: 3.2 },
      { kind: 'pad', x: -0.5, z: -2.6, w: 9, d: 6.2, y: 3.2, blend: 1.2 },
    ],
  },
  compose(ctx) {
    const y = 3.2;
    const gate = tamQuan(ctx.scene, { name: 'Triple_Gate', x: -0.5, z: 0.7, y, size: 0.8 });
    const main = hall(ctx.scene, {
      name: 'ChuaLieu_Main_Hall',
      x: -0.5,
      z: -3.4,
      y,
      bays: 5,
      bayWidth: 1.0,
      depth: 2.4,
      tiers: 2,
    });
    hall(ctx.scene, {
      name: 'TamBao_Hall',
      x: -4.2,
      z: -2.4,
      y,
      rotY: 90,
      bays: 3,
      bayWidth: 0.85,
      depth: 1.8,
    });
    hall(ctx.scene, {
      name: 'SonTrang_Hall',
      x: 3.2,
      z: -2.4,
      y,
      rotY: -90,
      bays: 3,
      bayWidth: 0.85,
      depth: 1.8,
    });
    incenseBurner(ctx.scene.pen('Temple_Yard', 'masonry').at(-0.5, y, -1.0), 0.5);
    ctx.occupy(-0.5, -2.4, 4.8);
    ctx.occupy(-0.5, 0.7, 2.6);
    stairs(
      ctx.scene.pen('Hill_Stairs', 'masonry'),
      [-0.5, ctx.ground(-0.5, 8.4) + 0.02, 8.4],
      [-0.5, y, 1.7],
      { width: 1.4, steps: 28, color: PALETTE.stone, ground: ctx.ground },
    );
    ctx.occupy(-0.5, 5, 1.4);

    // the old cult site: a rock shelter with the 1809 inscription, north-east of the temple
    const crag = ctx.tower({
      name: 'OldSite_Crag',
      x: 7.6,
      z: -6.6,
      height: 4.6,
      radius: 1.9,
      greenery: 0.5,
      caves: [{ az: -60, y: 0.1, width: 1.4, height: 1.2, depth: 0.8 }],
    });
    const panel = crag.surfaceFrame(-25, 1.4, 0.03);
    inscription(
      ctx.scene.pen('Inscription_1809', 'rock').at(panel.point[0], panel.point[1], panel.point[2], panel.yaw),
      0.5,
      0.7,
      PALETTE.paper,
    );

    // Đồng Đăng town at the foot of the hill
    ribbon(
      ctx.scene.pen('Town_Street', 'ground'),
      [
        [-11.8, 9.4],
        [11.8, 9.4],
      ],
      { width: 1.6, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    for (let x = -11.5; x <= 11.5; x += 1.2) ctx.occupy(x, 9.4, 1.1);
    const fronts = [PALETTE.plaster, srgb('#E6C9B5'), PALETTE.ochre, srgb('#C9D2CF')];
    for (let i = 0; i < 8; i++) {
      const x = -9 + i * 1.45 + (i >= 4 ? 5.6 : 0);
      if (Math.hypot(x, 7.2) > 11) continue;
      modernBuilding(ctx.scene, {
        name: 'Town_Houses',
        x,
        z: 7.4,
        y: ctx.terrain.groundAt(x, 7.4, 0.7),
        width: 1.3,
        depth: 1.8,
        floors: 2 + (i % 2),
        floorHeight: 0.6,
        wall: fronts[i % fronts.length],
      });
      ctx.occupy(x, 7.4, 1.0);
    }
    ctx.trees('hill', {
      count: 45,
      kinds: ['broadleaf', 'broadleaf', 'conifer', 'shrub', 'blossom'],
      size: [0.8, 1.5],
      maxSlope: 1.3,
    });

    ctx.hotspot('dong-dang-tam-quan', gate.centre, orbit(gate.centre, 7.5, 15, 20));
    ctx.hotspot('dong-dang-chua-lieu-hall', main.front, orbit(main.front, 8.5, -30, 42));
    const insAt: Vec3 = panel.point;
    ctx.hotspot('dong-dang-old-site-stele', insAt, orbit(insAt, 6, -10, 28));
    ctx.intro(orbit([0.5, 2.8, -1], 31, 12, 28));
  },
};
