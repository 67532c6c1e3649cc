import { archway } from '../archway';
import { shade } from '../color';
import { figure } from '../figure';
import { PALETTE } from '../palette';
import type { SiteRecipe } from '../siteContext';
import { block } from '../solids';
import { stairs } from '../stairs';
import { stoneWall } from '../stoneWall';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** The Mạc citadel: rubble-stone walls closing the saddle between Tô Thị, Lô Cốt and a third peak. */
export const thanhNhaMac: SiteRecipe = {
  id: 'thanh-nha-mac',
  terrain: {
    noise: { amp: 0.35, scale: 0.2 },
    features: [
      { kind: 'flat', x: 0, z: -1.6, r: 4.6, y: 2.8, blend: 4 },
      { kind: 'hill', x: -6.5, z: -2.5, r: 4, h: 1.6 },
      { kind: 'hill', x: 6.6, z: -2.8, r: 4, h: 1.8 },
      { kind: 'hill', x: 0.2, z: -8, r: 4.5, h: 1.6 },
    ],
  },
  compose(ctx) {
    const toThi = ctx.tower({
      name: 'ToThi_Peak',
      x: -6.9,
      z: -2.6,
      height: 9.2,
      radius: 2.8,
      greenery: 0.5,
      clearCrown: true,
      roughness: 0.22,
    });
    const loCot = ctx.tower({
      name: 'LoCot_Peak',
      x: 6.9,
      z: -2.8,
      height: 10.4,
      radius: 2.8,
      greenery: 0.55,
      clearCrown: true,
    });
    ctx.tower({ name: 'North_Peak', x: 0.3, z: -8.4, height: 8.2, radius: 3.1, greenery: 0.65 });

    const gateY = ctx.ground(0, 3.5);
    const gatePen = ctx.scene.pen('Mac_Gate', 'masonry').at(0, gateY - 0.3, 3.5);
    archway(gatePen, {
      width: 2.4,
      height: 2.3,
      depth: 1.0,
      opening: 1.0,
      spring: 1.15,
      face: PALETTE.rubble,
      inner: shade(PALETTE.rubble, 0.65),
      top: shade(PALETTE.rubble, 1.1),
    });
    ctx.occupy(0, 3.5, 1.4);
    const nw = stoneWall(ctx.scene, ctx.terrain, {
      name: 'NorthWest_Wall',
      path: [
        [-4.9, -0.8],
        [-3.0, 1.6],
        [-1.15, 3.45],
      ],
      height: 1.9,
      thickness: 0.8,
      color: PALETTE.rubble,
      ruin: 0.35,
      loopholes: 1.0,
      seed: 'mac/nw',
    });
    const east = stoneWall(ctx.scene, ctx.terrain, {
      name: 'East_Wall',
      path: [
        [1.15, 3.45],
        [3.2, 2.1],
        [5.0, -0.5],
      ],
      height: 1.9,
      thickness: 0.8,
      color: shade(PALETTE.rubble, 0.95),
      ruin: 0.35,
      loopholes: 0.45,
      seed: 'mac/east',
    });
    for (const [x, z] of [
      [-3, 1.4],
      [3.1, 1.9],
    ] as const)
      ctx.occupy(x, z, 2.4);

    // long straight stairway from the foot of the hill to the gate
    const foot: Vec3 = [0, ctx.ground(0, 10.6) + 0.05, 10.6];
    stairs(ctx.scene.pen('Gate_Stairway', 'masonry'), foot, [0, gateY - 0.05, 4.1], {
      width: 1.2,
      steps: 36,
      color: PALETTE.stone,
      ground: ctx.ground,
    });
    ctx.occupy(0, 7.3, 1.3);

    // watch-post ruins on the highest summit, and Tô Thị's figure on hers
    const s = loCot.summit;
    const post = ctx.scene.pen('WatchPost_Ruins', 'masonry');
    const ruinRng = ctx.rng.fork('post');
    for (const [x0, z0, x1, z1] of [
      [-0.6, -0.45, 0.6, -0.3],
      [-0.6, 0.3, 0.2, 0.45],
      [-0.6, -0.45, -0.45, 0.45],
      [0.45, -0.45, 0.6, 0.1],
    ] as const) {
      const h = ruinRng.range(0.25, 0.45);
      block(
        post,
        s[0] + (x0 + x1) / 2,
        s[1] - 0.45,
        s[2] + (z0 + z1) / 2,
        x1 - x0,
        h + 0.35,
        z1 - z0,
        shade(PALETTE.brick, ruinRng.range(0.85, 1.05)),
      );
    }
    const t = toThi.summit;
    figure(ctx.scene.pen('ToThi_Statue', 'rock').at(t[0], t[1] - 0.25, t[2], -0.3), {
      height: 0.9,
      color: PALETTE.limestoneLight,
      pose: 'mother-child',
    });

    ctx.trees('slopes', {
      count: 46,
      kinds: ['broadleaf', 'broadleaf', 'shrub', 'bamboo'],
      size: [0.8, 1.5],
      maxSlope: 1.4,
    });

    const nwAt = nw.face(0.45, 1);
    ctx.hotspot('mac-nw-wall', nwAt, orbit(nwAt, 7, -40, 18));
    const eastAt = east.face(0.5, 1);
    ctx.hotspot('mac-east-wall', eastAt, orbit(eastAt, 7, 45, 18));
    const gateAt: Vec3 = [0, gateY + 1.2, 4.1];
    ctx.hotspot('mac-gate-stairs', gateAt, orbit(gateAt, 9, 10, 22));
    const postAt: Vec3 = [s[0], s[1] + 0.3, s[2]];
    ctx.hotspot('mac-watch-post', postAt, orbit(postAt, 7, -40, 35));
    ctx.intro(orbit([0, 3.5, -1], 31, 8, 28));
  },
};
