import { bridge } from '../bridge';
import { shade } from '../color';
import { figure } from '../figure';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import type { SiteRecipe } from '../siteContext';
import { beam, block, frustum } from '../solids';
import { stoneWall } from '../stoneWall';
import { trail } from '../trail';
import { deg, type Vec3 } from '../vec';
import { orbit } from '../views';

/** Tô Thị: the stone mother-and-child on a sharp limestone summit, watching over Lạng Sơn city. */
export const nuiToThi: SiteRecipe = {
  id: 'nui-to-thi',
  terrain: {
    waterLevel: -0.15,
    features: [
      {
        kind: 'ridge',
        path: [
          [1.5, -1.8],
          [6.5, -4.2],
        ],
        r: 2.8,
        h: 1.4,
      },
      { kind: 'hill', x: -0.5, z: -1.5, r: 5.5, h: 0.8 },
      {
        kind: 'channel',
        path: [
          [-12.5, 2.6],
          [-8, 5.4],
          [-4.5, 8.8],
          [-2.2, 12.5],
        ],
        width: 2.2,
        y: -0.6,
        bank: 0.8,
      },
    ],
  },
  compose(ctx) {
    const peak = ctx.tower({
      name: 'ToThi_Peak',
      x: -0.5,
      z: -1.6,
      height: 9.6,
      radius: 3.1,
      stretch: [1.05, 0.95],
      lean: [0.3, 0.1],
      roughness: 0.24,
      greenery: 0.45,
      clearCrown: true,
      shrubs: 9,
    });
    ctx.tower({ name: 'LoCot_Peak', x: 7.4, z: -4.6, height: 6.6, radius: 2.5, greenery: 0.65 });
    ctx.tower({ name: 'Karst_Back', x: -5.6, z: -7.6, height: 6.0, radius: 2.6, greenery: 0.7 });

    // the statue on the summit, facing out over the city, among sharp limestone teeth
    const top = peak.summit;
    const statueAt: Vec3 = [top[0], top[1] - 0.2, top[2]];
    const statue = ctx.scene.pen('ToThi_Statue', 'rock').at(statueAt[0], statueAt[1], statueAt[2], deg(-35));
    block(statue, 0, -0.3, 0, 0.7, 0.42, 0.6, PALETTE.limestoneDark);
    figure(statue.at(0, 0.12, 0), { height: 1.6, color: PALETTE.limestoneLight, pose: 'mother-child' });
    const teeth = ctx.scene.pen('Summit_Rocks', 'rock');
    const rng = ctx.rng.fork('teeth');
    for (let i = 0; i < 9; i++) {
      const a = (i / 9) * Math.PI * 2 + rng.next() * 0.4;
      const r = rng.range(0.75, 1.35);
      const x = top[0] + Math.cos(a) * r;
      const z = top[2] + Math.sin(a) * r;
      frustum(
        teeth.at(x, top[1] - 0.35 - r * 0.25, z),
        rng.range(0.14, 0.26),
        0.02,
        0,
        rng.range(0.35, 0.8),
        4,
        shade(PALETTE.limestone, rng.range(0.85, 1.05)),
        rng.next(),
      );
    }

    // summit path climbing from the saddle over sharp-edged rock
    const path = peak.trailPoints(95, peak.baseY + 2.2, 10, top[1] - 0.6, 9, 0.12);
    path.push([top[0] + 0.6, top[1] - 0.3, top[2] + 0.5]);
    trail(ctx.scene.pen('Summit_Path', 'masonry'), path, { width: 0.5, color: PALETTE.stone, stepRise: 0.3 });
    const pathAt = path[4] as Vec3;

    // Mạc rampart running from the flank of the peak across the saddle
    const wall = stoneWall(ctx.scene, ctx.terrain, {
      name: 'Mac_Rampart',
      path: [
        [1.9, 0.2],
        [4.0, 0.0],
        [6.0, -1.8],
      ],
      height: 1.2,
      thickness: 0.5,
      color: PALETTE.rubble,
      ruin: 0.5,
      loopholes: 1.1,
      seed: 'to-thi/wall',
    });
    ctx.occupy(4, -0.4, 1.5);

    // the city and Kỳ Cùng bridge the statue looks towards
    const bridgeMid = bridge(ctx.scene, 'KyCung_Bridge', [-6.9, 0.45, 3.7], [-9.2, 0.45, 7.2], {
      width: 1.0,
      pierBottom: -0.7,
    });
    const blocks: [number, number, number, number][] = [
      [-5.0, 2.6, 1.6, 2],
      [-3.6, 5.2, 1.3, 3],
      [-6.8, 1.0, 1.4, 2],
      [-10.4, 1.8, 1.2, 2],
      [-10.6, 3.8, 1.0, 3],
      [-1.4, 6.6, 1.5, 2],
      [-6.0, 9.6, 1.2, 2],
    ];
    for (const [x, z, w, f] of blocks) {
      modernBuilding(ctx.scene, {
        name: 'City_Blocks',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.6),
        width: w,
        depth: w * 0.9,
        floors: f,
        floorHeight: 0.5,
        wall: PALETTE.plaster,
      });
      ctx.occupy(x, z, w);
    }

    // viewing ledge on the city side of the peak
    const ledge = peak.surfaceFrame(-50, 5.4, 0.4);
    const ledgePen = ctx.scene
      .pen('City_Viewpoint', 'masonry')
      .at(ledge.point[0], ledge.point[1], ledge.point[2], ledge.yaw);
    block(ledgePen, 0, -0.15, 0.1, 1.3, 0.15, 1.0, PALETTE.stone);
    beam(ledgePen, [-0.65, 0.35, 0.6], [0.65, 0.35, 0.6], 0.05, 0.05, PALETTE.woodLight);

    ctx.trees('slopes', {
      count: 48,
      kinds: ['broadleaf', 'broadleaf', 'shrub', 'bamboo', 'blossom'],
      size: [0.8, 1.5],
      maxSlope: 1.2,
    });

    ctx.hotspot(
      'to-thi-statue',
      [statueAt[0], statueAt[1] + 0.8, statueAt[2]],
      orbit([statueAt[0], statueAt[1] + 0.6, statueAt[2]], 6, -30, 18),
    );
    ctx.hotspot('to-thi-trail', pathAt, orbit(pathAt, 7.5, 70, 20));
    const viewAt: Vec3 = [ledge.point[0], ledge.point[1] + 0.2, ledge.point[2]];
    const outward: Vec3 = [
      viewAt[0] + Math.sin(ledge.yaw) * 2.6,
      viewAt[1] + 2.2,
      viewAt[2] + Math.cos(ledge.yaw) * 2.6,
    ];
    ctx.hotspot('to-thi-view', viewAt, {
      position: outward,
      target: [bridgeMid[0], bridgeMid[1], bridgeMid[2]],
    });
    const wallAt = wall.at(0.45);
    ctx.hotspot('to-thi-mac-wall-link', wallAt, orbit(wallAt, 7, 25, 25));
    ctx.intro(orbit([0, 3.2, 0], 31, -20, 24));
  },
};
