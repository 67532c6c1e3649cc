import { altar, incenseBurner } from '../altar';
import { shade } from '../color';
import { bodhiRelief } from '../figure';
import { hall } from '../hall';
import { PALETTE } from '../palette';
import { pavilion } from '../pavilion';
import { pool } from '../pool';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { stairs } from '../stairs';
import { inscription, stele } from '../stele';
import { tamQuan } from '../tamQuan';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Tam Thanh: cave pagoda half-way up a karst ridge, ~30 stone steps up to an 8 m mouth facing the town. */
export const dongTamThanh: SiteRecipe = {
  id: 'dong-tam-thanh',
  terrain: {
    waterLevel: -0.12,
    features: [
      {
        kind: 'ridge',
        path: [
          [-9, -5],
          [0, -5.5],
          [9, -6],
        ],
        r: 5,
        h: 1.6,
      },
      { kind: 'pad', x: 0.5, z: 5.6, w: 7, d: 6, y: 0.3, blend: 1.5 },
      {
        kind: 'channel',
        path: [
          [-12, 3.5],
          [-8.5, 2.6],
          [-6, 1.2],
          [-4.6, -1.2],
        ],
        width: 1.1,
        y: -0.45,
        bank: 0.8,
      },
    ],
  },
  compose(ctx) {
    const mouthY = 3.0;
    const main = ctx.tower({
      name: 'TamThanh_Ridge',
      x: 0.5,
      z: -4.6,
      height: 11,
      radius: 4.3,
      stretch: [1.3, 0.85],
      segments: 38,
      rings: 13,
      caves: [
        { az: 0, y: mouthY, width: 3.8, height: 3.5, depth: 2.5 },
        { az: 195, y: 8.8, width: 1.3, height: 1.1, depth: 1.0 },
      ],
      greenery: 0.55,
    });
    ctx.tower({
      name: 'Ridge_West',
      x: -6.6,
      z: -4.2,
      height: 8.5,
      radius: 3.1,
      lean: [0.4, 0],
      greenery: 0.65,
    });
    ctx.tower({
      name: 'Ridge_East',
      x: 6.9,
      z: -5.0,
      height: 9.6,
      radius: 3.0,
      lean: [-0.3, 0.2],
      greenery: 0.6,
    });
    ctx.tower({ name: 'Ridge_BackWest', x: -2.6, z: -8.9, height: 7.2, radius: 2.6, greenery: 0.7 });
    ctx.tower({ name: 'Ridge_BackEast', x: 3.8, z: -9.2, height: 6.4, radius: 2.3, greenery: 0.7 });

    // cave floor, altar, relief and lake inside the mouth
    const back = main.surfacePoint(0, mouthY + 1.3);
    const cave = ctx.scene.pen('Cave_Interior', 'rock');
    const floorFront = main.surfacePoint(0, mouthY - 0.05)[2];
    block(cave, 0.5, mouthY - 0.45, (back[2] + floorFront) / 2, 2.8, 0.47, floorFront - back[2] + 0.3, {
      side: PALETTE.caveFloor,
      top: shade(PALETTE.caveFloor, 1.15),
    });
    const shrine = ctx.scene.pen('Cave_Altar', 'timber');
    altar(shrine.at(0.5, mouthY + 0.02, back[2] + 0.55), 0.9);
    const relief = bodhiRelief(
      ctx.scene.pen('Amitabha_Relief', 'rock').at(0.5, mouthY + 0.75, back[2] + 0.12),
      1.6,
    );
    const reliefAt: Vec3 = [0.5 + relief[0], mouthY + 0.75 + relief[1], back[2] + 0.12 + relief[2]];
    const lakeAt: Vec3 = [-0.35, mouthY + 0.04, back[2] + 1.05];
    pool(
      ctx.scene.pen('AmTy_Lake', 'water'),
      ctx.scene.pen('AmTy_Lake', 'rock'),
      lakeAt,
      0.42,
      ctx.rng.fork('lake'),
    );

    // Ngô Thì Sĩ's poem on the right-hand jamb, the 1677 stele on the left
    const poem = main.surfaceFrame(27, mouthY + 1.5, 0.03);
    const oldStele = main.surfaceFrame(-29, mouthY + 1.4, 0.03);
    const jambR = poem.point;
    const jambL = oldStele.point;
    inscription(ctx.scene.pen('NgoThiSi_Poem', 'rock').at(jambR[0], jambR[1], jambR[2], poem.yaw), 0.9, 0.7);
    inscription(
      ctx.scene.pen('Stele_1677', 'rock').at(jambL[0], jambL[1], jambL[2], oldStele.yaw),
      0.6,
      0.9,
      PALETTE.paper,
    );

    // ~30 stone steps from the courtyard to the mouth
    const stepTop: Vec3 = [0.5, mouthY, floorFront + 0.25];
    const stepFoot: Vec3 = [0.5, 0.3, 4.0];
    stairs(ctx.scene.pen('Stone_Steps', 'masonry'), stepFoot, stepTop, {
      width: 1.5,
      steps: 30,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    ctx.occupy(0.5, 1.5, 2.5);
    for (const sx of [-1, 1]) {
      const lantern = ctx.scene.pen('Stone_Steps', 'masonry').at(0.5 + sx * 1.1, mouthY, floorFront + 0.3);
      block(lantern, 0, 0, 0, 0.22, 0.7, 0.22, PALETTE.stone);
      block(lantern, 0, 0.7, 0, 0.34, 0.12, 0.34, shade(PALETTE.stone, 0.85));
    }

    // pagoda at the foot: triple gate, paved court, hall and bell pavilion
    const court = ctx.scene.pen('Courtyard', 'masonry');
    block(court, 0.5, 0.0, 5.9, 6.4, 0.33, 4.4, { side: shade(PALETTE.paving, 0.8), top: PALETTE.paving });
    const gate = tamQuan(ctx.scene, { name: 'TamQuan_Gate', x: 0.5, z: 8.6, y: 0.3, size: 0.85 });
    ctx.occupy(0.5, 8.6, 3);
    const mainHall = hall(ctx.scene, {
      name: 'Pagoda_Hall',
      x: -3.6,
      z: 4.6,
      y: 0.3,
      rotY: 90,
      bays: 3,
      bayWidth: 1.1,
      depth: 2.4,
      tiers: 2,
    });
    ctx.occupy(-3.6, 4.6, 2.6);
    pavilion(ctx.scene, {
      name: 'Bell_Pavilion',
      x: 4.4,
      z: 4.8,
      y: 0.3,
      size: 1.4,
      tiers: 2,
      content: 'bell',
    });
    ctx.occupy(4.4, 4.8, 1.6);
    incenseBurner(ctx.scene.pen('Courtyard', 'masonry').at(0.5, 0.33, 5.6), 0.6);
    stele(ctx.scene.pen('Courtyard', 'masonry').at(2.6, 0.33, 6.8, -0.4), { height: 1.0, base: 'block' });

    ctx.trees('foot', {
      count: 30,
      kinds: ['broadleaf', 'broadleaf', 'bamboo', 'blossom', 'shrub'],
      size: [0.9, 1.6],
      accept: (x, z) => z > -3.5 && Math.hypot(x - 0.5, z - 5.9) > 3.8,
    });

    const throat: Vec3 = main.surfacePoint(195, 9.3, 0);
    ctx.hotspot('tam-thanh-amitabha', reliefAt, orbit(reliefAt, 7.5, 0, 10));
    ctx.hotspot('tam-thanh-am-ty-lake', lakeAt, orbit(lakeAt, 6.5, -8, 22));
    ctx.hotspot('tam-thanh-thong-thien', throat, orbit(throat, 9, 200, 38));
    ctx.hotspot('tam-thanh-ngo-thi-si-poem', jambR, orbit(jambR, 6, -28, 12));
    ctx.hotspot('tam-thanh-stele-1677', jambL, orbit(jambL, 6, 28, 12));
    void gate;
    void mainHall;
    ctx.intro(orbit([0.5, 3, -1], 31, 18, 26));
  },
};
