import { archway } from '../archway';
import { shade, srgb } from '../color';
import { curvedRoof } from '../curvedRoof';
import { flag } from '../flag';
import { kmMarker } from '../kmMarker';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { block, box } from '../solids';
import { stoneWall } from '../stoneWall';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

const CHINESE_TILE = srgb('#5F6B5A');

/** Hữu Nghị border gate: the start of National Route 1, the Vietnamese checkpoint and China's Youyiguan tower. */
export const cuaKhauHuuNghi: SiteRecipe = {
  id: 'cua-khau-huu-nghi',
  terrain: {
    features: [
      { kind: 'hill', x: -8.6, z: 0, r: 4.8, h: 3.6 },
      { kind: 'hill', x: 8.8, z: -1, r: 4.6, h: 3.4 },
      { kind: 'hill', x: -5, z: -9.5, r: 4.6, h: 2.8 },
      { kind: 'hill', x: 5.4, z: -9.6, r: 4.4, h: 2.6 },
      { kind: 'pad', x: 0, z: 0, w: 9, d: 24, y: 0.2, blend: 2 },
    ],
  },
  compose(ctx) {
    const y = 0.2;
    ribbon(
      ctx.scene.pen('National_Route_1', 'ground'),
      [
        [0, 11.6],
        [0, -3.0],
      ],
      { width: 2.4, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    ribbon(
      ctx.scene.pen('Border_Plaza', 'ground'),
      [
        [0, -3.0],
        [0, -5.6],
      ],
      { width: 3.6, color: PALETTE.paving, ground: ctx.ground },
    );
    for (let z = -5; z <= 11; z += 1.2) ctx.occupy(0, z, 1.6);

    // the border line: white bollards across the road
    const line = ctx.scene.pen('Border_Line', 'masonry');
    for (let x = -2.6; x <= 2.61; x += 0.65) block(line, x, y, -3.1, 0.14, 0.35, 0.14, PALETTE.paper);
    box(line, [-2.8, y + 0.03, -3.18], [2.8, y + 0.05, -3.02], PALETTE.flagRed);

    // Km 0 of National Route 1
    const km = ctx.scene.pen('NR1_Km0_Marker', 'masonry').at(1.75, y, -1.6, -0.5);
    kmMarker(km, 0.7);
    const kmAt: Vec3 = [1.75, y + 0.5, -1.6];

    // Vietnamese gate: two halls joined over the road by a roofed span
    for (const sx of [-1, 1]) {
      modernBuilding(ctx.scene, {
        name: 'VN_Gate_Building',
        x: sx * 2.9,
        z: 1.6,
        y,
        width: 2.0,
        depth: 2.2,
        floors: 2,
        floorHeight: 0.9,
        wall: PALETTE.ochre,
        roof: 'curved',
        roofColor: PALETTE.terracotta,
      });
    }
    const span = ctx.scene.pen('VN_Gate_Building', 'masonry');
    box(span, [-1.9, y + 1.3, 1.0], [1.9, y + 1.8, 2.2], {
      side: PALETTE.ochre,
      bottom: shade(PALETTE.ochre, 0.7),
    });
    curvedRoof(ctx.scene.pen('VN_Gate_Building', 'tile').at(0, 0, 1.6), {
      width: 3.6,
      depth: 1.2,
      y: y + 1.8,
      rise: 0.8,
      upturn: 0.4,
      finial: 'pearl',
    });
    curvedRoof(ctx.scene.pen('VN_Gate_Building', 'tile').at(0, 0, 1.6), {
      width: 1.6,
      depth: 0.8,
      y: y + 2.5,
      rise: 0.6,
      upturn: 0.35,
      finial: 'pearl',
    });
    block(span, 0, y + 1.35, 2.22, 1.6, 0.4, 0.04, PALETTE.flagRed);
    ctx.occupy(0, 1.6, 4.2);
    const hallInfo = modernBuilding(ctx.scene, {
      name: 'Immigration_Customs_Hall',
      x: 5.2,
      z: 4.6,
      y,
      rotY: -90,
      width: 4.4,
      depth: 2.4,
      floors: 2,
      floorHeight: 0.8,
      wall: PALETTE.plaster,
      roof: 'curved',
      roofColor: PALETTE.terracotta,
    });
    ctx.occupy(5.2, 4.6, 2.6);
    flag(ctx.scene.pen('Flag_Pole', 'masonry').at(-2.6, y, 4.4), 3.0, 0.9);
    for (const [x, z] of [
      [-4.4, 6.5],
      [-4.4, 8.8],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'Service_Buildings',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.8),
        rotY: 90,
        width: 1.8,
        depth: 1.4,
        floors: 1,
        wall: PALETTE.concrete,
      });
      ctx.occupy(x, z, 1.2);
    }

    // Youyiguan: massive stone base with its arch, a two-storey tower and walls running up the hills
    const gz = -7.0;
    const base = ctx.scene.pen('Youyiguan_Tower', 'masonry');
    archway(base.at(0, y - 0.2, gz), {
      width: 5.2,
      height: 2.6,
      depth: 2.6,
      opening: 1.3,
      spring: 1.2,
      face: PALETTE.stone,
      inner: shade(PALETTE.stone, 0.6),
      top: PALETTE.paving,
    });
    const top = y + 2.4;
    for (let x = -2.5; x <= 2.51; x += 0.5) block(base, x, top, gz + 1.25, 0.28, 0.28, 0.12, PALETTE.stone);
    box(base, [-1.9, top, gz - 0.8], [1.9, top + 1.0, gz + 0.8], { side: PALETTE.lacquer, bottom: null });
    for (let x = -1.5; x <= 1.51; x += 0.6)
      box(base, [x - 0.15, top + 0.2, gz + 0.8], [x + 0.15, top + 0.8, gz + 0.83], PALETTE.gold);
    const tiles = ctx.scene.pen('Youyiguan_Tower', 'tile');
    curvedRoof(tiles.at(0, 0, gz), {
      width: 3.8,
      depth: 1.6,
      y: top + 1.0,
      rise: 0.55,
      upturn: 0.22,
      flare: 0.04,
      tile: CHINESE_TILE,
      finial: 'none',
    });
    box(base, [-1.4, top + 1.3, gz - 0.55], [1.4, top + 2.0, gz + 0.55], {
      side: PALETTE.lacquer,
      bottom: null,
    });
    curvedRoof(tiles.at(0, 0, gz), {
      width: 2.8,
      depth: 1.1,
      y: top + 2.0,
      rise: 0.75,
      upturn: 0.25,
      flare: 0.04,
      tile: CHINESE_TILE,
      finial: 'pearl',
    });
    ctx.occupy(0, gz, 3.2);
    for (const sx of [-1, 1]) {
      stoneWall(ctx.scene, ctx.terrain, {
        name: 'Border_Walls',
        path: [
          [sx * 2.6, gz],
          [sx * 5.2, gz + 0.6],
          [sx * 8.2, gz + 2.6],
        ],
        height: 1.4,
        thickness: 0.6,
        color: PALETTE.stone,
        seed: `walls-${sx}`,
      });
      ctx.occupy(sx * 5.4, gz + 1, 2);
    }
    ctx.trees('hills', {
      count: 55,
      kinds: ['broadleaf', 'broadleaf', 'conifer', 'shrub'],
      size: [0.8, 1.5],
      maxSlope: 1.5,
      accept: (x) => Math.abs(x) > 3.4,
    });

    ctx.hotspot('huu-nghi-nr1-start', kmAt, orbit(kmAt, 6, 100, 28));
    ctx.hotspot('huu-nghi-immigration', hallInfo.front, orbit(hallInfo.front, 8, -70, 22));
    const tower: Vec3 = [0, top + 0.5, gz + 0.95];
    ctx.hotspot('huu-nghi-youyiguan-view', tower, orbit(tower, 10, 10, 14));
    ctx.intro(orbit([0, 1.5, -1], 31, 22, 30));
  },
};
