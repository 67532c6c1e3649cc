import { altar } from '../altar';
import { shade } from '../color';
import { figure } from '../figure';
import { hall } from '../hall';
import { PALETTE } from '../palette';
import { pavilion } from '../pavilion';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { stairs } from '../stairs';
import { inscription } from '../stele';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Nhị Thanh: a natural tunnel through the karst; the Ngọc Tuyền stream flows out into Nhất Bích pond. */
export const dongNhiThanh: SiteRecipe = {
  id: 'dong-nhi-thanh',
  terrain: {
    waterLevel: -0.15,
    features: [
      { kind: 'hill', x: 6.6, z: 0.2, r: 4.2, h: 1.8 },
      { kind: 'pad', x: 6.6, z: -0.2, w: 3.8, d: 3.2, y: 1.7, blend: 1.2 },
      {
        kind: 'channel',
        path: [
          [0.2, -5],
          [0.2, -1.5],
          [0, 1.2],
        ],
        width: 1.4,
        y: -0.5,
        bank: 0.6,
      },
      {
        kind: 'channel',
        path: [
          [-0.2, 2.6],
          [-0.6, 3.4],
        ],
        width: 4.2,
        y: -0.55,
        bank: 1.0,
      },
      {
        kind: 'channel',
        path: [
          [-1.4, 4.6],
          [-4.5, 7.2],
          [-8.5, 9.6],
        ],
        width: 1.2,
        y: -0.5,
        bank: 0.7,
      },
    ],
  },
  compose(ctx) {
    const floorY = -0.35;
    const massif = ctx.tower({
      name: 'NhiThanh_Massif',
      x: 0.2,
      z: -4.8,
      height: 9.5,
      radius: 4.4,
      stretch: [1.35, 0.9],
      segments: 44,
      rings: 15,
      baseY: -0.8,
      caves: [
        { az: 0, y: floorY, width: 4.0, height: 3.3, depth: 2.8 },
        { az: 24, y: 3.0, width: 0.9, height: 1.0, depth: 0.55 },
        { az: -12, y: 7.3, width: 1.5, height: 1.0, depth: 1.1 },
      ],
      greenery: 0.55,
      clearCrown: true,
      shrubs: 10,
    });
    ctx.tower({
      name: 'Karst_West',
      x: -7.2,
      z: -3.6,
      height: 8,
      radius: 3.0,
      lean: [0.3, 0.2],
      greenery: 0.65,
    });
    ctx.tower({ name: 'Karst_BackWest', x: -3.8, z: -9.2, height: 6.2, radius: 2.4, greenery: 0.7 });
    ctx.tower({ name: 'Karst_BackEast', x: 5.2, z: -8.6, height: 7.2, radius: 2.6, greenery: 0.7 });

    // "Nhị Thanh Động" carved above the mouth
    const sign = massif.surfaceFrame(0, floorY + 3.3 + 0.55, 0.04);
    const signPen = ctx.scene
      .pen('NhiThanhDong_Characters', 'rock')
      .at(sign.point[0], sign.point[1], sign.point[2], sign.yaw);
    block(signPen, 0, -0.3, 0, 1.9, 0.6, 0.08, PALETTE.limestoneLight);
    for (const x of [-0.6, 0, 0.6]) {
      // each character as a few brush strokes
      block(signPen, x, -0.18, 0.05, 0.06, 0.36, 0.03, PALETTE.lacquer);
      block(signPen, x, 0.0, 0.05, 0.3, 0.05, 0.03, PALETTE.lacquer);
      block(signPen, x + 0.09, -0.16, 0.05, 0.05, 0.14, 0.03, PALETTE.lacquer);
    }

    // the governor's seated portrait in its niche, about 8 m up beside the entrance
    const niche = massif.surfacePoint(24, 3.02);
    const nichePen = ctx.scene.pen('NgoThiSi_Portrait', 'rock');
    const seat = massif.surfaceFrame(24, 3.0, 0);
    figure(nichePen.at(niche[0], niche[1], niche[2], seat.yaw), {
      height: 0.7,
      color: PALETTE.limestoneLight,
      pose: 'seated',
    });
    const portraitAt: Vec3 = [niche[0], niche[1] + 0.4, niche[2]];

    // about twenty steles on the right-hand wall inside the mouth
    const wall = massif.surfaceFrame(20, floorY + 1.0, 0.03);
    const steles = ctx.scene
      .pen('MaNhai_Steles', 'rock')
      .at(wall.point[0], wall.point[1], wall.point[2], wall.yaw);
    const rng = ctx.rng.fork('steles');
    for (let i = 0; i < 7; i++) {
      const w = rng.range(0.22, 0.4);
      inscription(
        steles.at((i % 4) * 0.36 - 0.5, Math.floor(i / 4) * 0.55 + rng.range(-0.05, 0.05), 0),
        w,
        w * 1.3,
      );
    }

    // the skylit "stage" deep in the tunnel, seen through the Thông Thiên opening on the crown
    const skyAt = massif.surfacePoint(-12, 7.75, 0.1);
    const stage = massif.surfacePoint(0, floorY + 0.1);
    block(ctx.scene.pen('Poetry_Stage', 'masonry'), 0.2, floorY - 0.2, stage[2] - 1.3, 2.2, 0.5, 1.2, {
      side: shade(PALETTE.stone, 0.8),
      top: PALETTE.stone,
    });
    altar(ctx.scene.pen('Poetry_Stage', 'timber').at(0.2, floorY + 0.3, stage[2] - 1.6), 0.6);

    // Tam Giáo pagoda on the high ground to the right of the mouth
    const tamGiao = hall(ctx.scene, {
      name: 'TamGiao_Pagoda',
      x: 6.6,
      z: -0.4,
      y: 1.7,
      bays: 3,
      bayWidth: 1.0,
      depth: 2.2,
    });
    ctx.occupy(6.6, -0.2, 2.6);
    pavilion(ctx.scene, {
      name: 'ThachMien_Pavilion',
      x: 4.6,
      z: 1.3,
      y: 1.45,
      size: 1.0,
      tiers: 1,
      columnHeight: 0.9,
    });
    ctx.occupy(4.6, 1.3, 1);
    stairs(ctx.scene.pen('TamGiao_Steps', 'masonry'), [6.6, 0.15, 4.4], [6.6, 1.7, 1.3], {
      width: 1.1,
      steps: 12,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    ctx.occupy(6.6, 2.9, 1.2);

    // stepping stones across the outflow
    const stones = ctx.scene.pen('Stepping_Stones', 'rock');
    for (let i = 0; i < 5; i++)
      block(stones, -1.0 + i * 0.5, -0.3, 1.6 + (i % 2) * 0.1, 0.36, 0.34, 0.36, PALETTE.stone);

    ctx.trees('banks', {
      count: 40,
      kinds: ['broadleaf', 'broadleaf', 'blossom', 'bamboo', 'shrub'],
      size: [0.9, 1.6],
      accept: (x, z) => z > -2 && Math.hypot(x + 0.4, z - 3.2) > 3.0,
    });

    const pond: Vec3 = [-0.5, -0.15, 3.3];
    ctx.hotspot('nhi-thanh-nhat-bich-pond', pond, orbit(pond, 8, 25, 35));
    ctx.hotspot('nhi-thanh-ngo-thi-si-portrait', portraitAt, orbit(portraitAt, 6, 15, 8));
    const stelesAt: Vec3 = [wall.point[0], wall.point[1] + 0.2, wall.point[2]];
    ctx.hotspot('nhi-thanh-ma-nhai-steles', stelesAt, orbit(stelesAt, 6, -25, 12));
    ctx.hotspot('nhi-thanh-thong-thien-stage', skyAt, orbit(skyAt, 8, -10, 30));
    ctx.hotspot('nhi-thanh-tam-giao-pagoda', tamGiao.front, orbit(tamGiao.front, 8, 20, 22));
    ctx.intro(orbit([0.5, 2.5, -1], 31, 20, 26));
  },
};
