import { altar } from '../altar';
import { shade } from '../color';
import { figure } from '../figure';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { pool } from '../pool';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { block, frustum } from '../solids';
import { stairs } from '../stairs';
import { inscription } from '../stele';
import { tamQuan } from '../tamQuan';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Chùa Tiên: a cave pagoda half-way up the elephant-shaped Đại Tượng hill, 64 steps above the road. */
export const chuaTienGiengTien: SiteRecipe = {
  id: 'chua-tien-gieng-tien',
  terrain: {
    noise: { amp: 0.2, scale: 0.2 },
    features: [
      {
        kind: 'ridge',
        path: [
          [-7, -4.5],
          [6, -5],
        ],
        r: 4.5,
        h: 1.0,
      },
    ],
  },
  compose(ctx) {
    const mouthY = 3.6;
    const elephant = ctx.tower({
      name: 'DaiTuong_ElephantHill',
      x: 0.5,
      z: -4.6,
      height: 9.2,
      radius: 4.0,
      stretch: [1.55, 0.9],
      segments: 44,
      rings: 15,
      caves: [
        { az: 0, y: mouthY, width: 3.4, height: 2.9, depth: 2.5 },
        { az: 78, y: mouthY - 1.0, width: 1.1, height: 0.9, depth: 0.6 },
      ],
      greenery: 0.6,
    });
    // the trunk: a lower spur curling down at the west end
    ctx.tower({
      name: 'Elephant_Trunk',
      x: -6.6,
      z: -2.2,
      height: 4.6,
      radius: 1.5,
      lean: [-0.8, 0.6],
      greenery: 0.5,
    });

    const back = elephant.surfacePoint(0, mouthY + 1.0);
    const lip = elephant.surfacePoint(0, mouthY - 0.05)[2];
    const cave = ctx.scene.pen('Cave_Floor', 'rock');
    block(cave, 0.5, mouthY - 0.4, (back[2] + lip) / 2, 2.6, 0.42, lip - back[2] + 0.3, {
      side: PALETTE.caveFloor,
      top: shade(PALETTE.caveFloor, 1.15),
    });
    altar(ctx.scene.pen('Cave_Altar', 'timber').at(0.5, mouthY + 0.02, back[2] + 0.5), 0.8);

    // the Fairy Well: a spring only a hand's width across, in the cave floor
    const wellAt: Vec3 = [1.25, mouthY + 0.03, back[2] + 1.3];
    pool(
      ctx.scene.pen('Fairy_Well', 'water'),
      ctx.scene.pen('Fairy_Well', 'masonry'),
      wellAt,
      0.16,
      ctx.rng.fork('well'),
    );
    // the "immortal": a stalactite that looks like a seated figure
    const immortal: Vec3 = [-0.35, mouthY + 0.02, back[2] + 0.45];
    const st = ctx.scene.pen('Immortal_Stalactite', 'rock').at(immortal[0], immortal[1], immortal[2]);
    figure(st, { height: 1.0, color: PALETTE.limestoneLight, pose: 'seated' });
    frustum(st.at(0, 0.95, 0), 0.08, 0.25, 0, 1.2, 6, PALETTE.limestone);
    // Ngô Thì Sĩ's "Eight Scenes" stele on the left wall
    const steleFrame = elephant.surfaceFrame(-26, mouthY + 1.1, 0.03);
    const sp = steleFrame.point;
    inscription(
      ctx.scene.pen('BatCanh_Stele', 'rock').at(sp[0], sp[1], sp[2], steleFrame.yaw),
      0.7,
      0.9,
      PALETTE.paper,
    );
    // 64 steps in two flights
    const landing: Vec3 = [3.4, 1.9, 1.6];
    stairs(ctx.scene.pen('Stairway_64', 'masonry'), [3.4, ctx.ground(3.4, 6.2) + 0.02, 6.2], landing, {
      width: 1.1,
      steps: 32,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    block(ctx.scene.pen('Stairway_64', 'masonry'), 3.2, 0, 1.2, 1.6, 1.9, 1.2, {
      side: shade(PALETTE.stone, 0.8),
      top: PALETTE.stone,
    });
    stairs(ctx.scene.pen('Stairway_64', 'masonry'), [2.5, 1.9, 1.0], [0.9, mouthY, lip + 0.2], {
      width: 1.1,
      steps: 32,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    ctx.occupy(3.3, 3.8, 1.6);
    ctx.occupy(1.8, 0.6, 1.6);

    tamQuan(ctx.scene, { name: 'Pagoda_Gate', x: 3.4, z: 7.4, y: ctx.ground(3.4, 7.4), size: 0.6 });
    ctx.occupy(3.4, 7.4, 2.0);
    ribbon(
      ctx.scene.pen('MaiPha_Road', 'ground'),
      [
        [-11.8, 8.8],
        [11.8, 8.8],
      ],
      { width: 1.5, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    for (let x = -11; x <= 11; x += 1.2) ctx.occupy(x, 8.8, 1.0);
    for (const [x, z] of [
      [-6.6, 6.4],
      [-8.6, 5.0],
      [7.6, 6.2],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'Roadside_Houses',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.7),
        width: 1.4,
        depth: 1.4,
        floors: 2,
        floorHeight: 0.6,
      });
      ctx.occupy(x, z, 1.2);
    }
    ctx.trees('foot', {
      count: 36,
      kinds: ['broadleaf', 'broadleaf', 'bamboo', 'shrub', 'blossom'],
      size: [0.8, 1.4],
    });

    ctx.hotspot('chua-tien-gieng-tien', wellAt, orbit(wellAt, 6.5, 10, 24));
    const immortalAt: Vec3 = [immortal[0], immortal[1] + 0.6, immortal[2]];
    ctx.hotspot('chua-tien-tien-ong', immortalAt, orbit(immortalAt, 7, -8, 12));
    ctx.hotspot('chua-tien-bat-canh-stele', sp, orbit(sp, 6, 28, 10));
    const mid: Vec3 = [3.3, 1.4, 3.8];
    ctx.hotspot('chua-tien-stairway', mid, orbit(mid, 8, 40, 25));
    ctx.intro(orbit([0, 3, -1], 31, 15, 25));
  },
};
