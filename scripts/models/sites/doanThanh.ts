import { archway } from '../archway';
import { cannon } from '../cannon';
import { shade } from '../color';
import { flag } from '../flag';
import { modernBuilding } from '../modernBuilding';
import { PALETTE } from '../palette';
import { ribbon } from '../ribbon';
import type { SiteRecipe } from '../siteContext';
import { stoneWall } from '../stoneWall';
import type { Vec3 } from '../vec';
import { orbit } from '../views';

/** Đoàn Thành: brick citadel walls with the surviving South gate (still a passage) and the walled-up West gate. */
export const doanThanh: SiteRecipe = {
  id: 'doan-thanh',
  terrain: { noise: { amp: 0.1, scale: 0.2 } },
  compose(ctx) {
    const wallH = 1.7;
    const brick = {
      height: wallH,
      thickness: 0.7,
      color: PALETTE.brick,
      coping: true,
      material: 'masonry' as const,
    };
    const south = { x: 1.6, z: 2.6 };
    const west = { x: -7.2, z: -3.6 };
    const g = (x: number, z: number) => ctx.ground(x, z);
    // South wall with a gap for the gate, and the West wall with its walled-up gate
    stoneWall(ctx.scene, ctx.terrain, {
      ...brick,
      name: 'Citadel_Wall_South',
      path: [
        [-7.2, 2.6],
        [south.x - 1.45, 2.6],
      ],
      seed: 'wall-s1',
    });
    const wallSE = stoneWall(ctx.scene, ctx.terrain, {
      ...brick,
      name: 'Citadel_Wall_South',
      path: [
        [south.x + 1.45, 2.6],
        [11.7, 2.6],
      ],
      seed: 'wall-s2',
    });
    stoneWall(ctx.scene, ctx.terrain, {
      ...brick,
      name: 'Citadel_Wall_West',
      path: [
        [-7.2, 2.6],
        [-7.2, west.z + 1.45],
      ],
      seed: 'wall-w1',
    });
    stoneWall(ctx.scene, ctx.terrain, {
      ...brick,
      name: 'Citadel_Wall_West',
      path: [
        [-7.2, west.z - 1.45],
        [-7.2, -9.2],
      ],
      seed: 'wall-w2',
    });
    for (let t = -7; t <= 11.5; t += 1) ctx.occupy(t, 2.6, 0.9);
    for (let t = -9; t <= 2.6; t += 1) ctx.occupy(-7.2, t, 0.9);

    const gateSpec = {
      width: 2.9,
      height: 2.2,
      depth: 1.4,
      opening: 1.45,
      spring: 1.1,
      face: PALETTE.brick,
      inner: shade(PALETTE.brick, 0.65),
      top: PALETTE.brickDark,
    };
    archway(
      ctx.scene.pen('South_Gate', 'masonry').at(south.x, g(south.x, south.z) - 0.25, south.z),
      gateSpec,
    );
    archway(ctx.scene.pen('West_Gate', 'masonry').at(west.x, g(west.x, west.z) - 0.25, west.z, Math.PI / 2), {
      ...gateSpec,
      filled: shade(PALETTE.brick, 0.85),
    });
    cannon(
      ctx.scene.pen('French_Cannon', 'masonry').at(south.x + 1.3, g(south.x + 1.3, 4.4) + 0.27, 4.4, 0.3),
      1.3,
    );
    ctx.occupy(south.x + 1.3, 4.4, 0.9);

    // road through the South gate; the provincial offices inside
    ribbon(
      ctx.scene.pen('Roads', 'ground'),
      [
        [south.x, 11.6],
        [south.x, -2.0],
      ],
      { width: 1.3, color: PALETTE.asphalt, ground: ctx.ground },
    );
    ribbon(
      ctx.scene.pen('Roads', 'ground'),
      [
        [-11.6, 6.4],
        [11.6, 6.4],
      ],
      { width: 1.6, color: PALETTE.asphalt, ground: ctx.ground, dashes: PALETTE.paper },
    );
    for (let t = -2; t <= 11.5; t += 1) ctx.occupy(south.x, t, 0.9);
    for (let t = -11.5; t <= 11.5; t += 1.2) ctx.occupy(t, 6.4, 1.1);
    modernBuilding(ctx.scene, {
      name: 'Provincial_Offices',
      x: 2.2,
      z: -4.6,
      y: g(2.2, -4.6),
      width: 6.4,
      depth: 2.4,
      floors: 3,
      floorHeight: 0.75,
      wall: PALETTE.ochre,
      roof: 'hip',
      roofColor: PALETTE.terracotta,
    });
    ctx.occupy(2.2, -4.6, 3.6);
    flag(ctx.scene.pen('Flag_Pole', 'masonry').at(south.x + 1.2, g(south.x + 1.2, -1.6), -1.6), 2.8, 0.8);
    for (const [x, z] of [
      [-9.6, 8.6],
      [-6.8, 8.8],
      [5.4, 8.8],
      [8.4, 8.4],
    ] as const) {
      modernBuilding(ctx.scene, {
        name: 'Town_Houses',
        x,
        z,
        y: ctx.terrain.groundAt(x, z, 0.7),
        width: 1.5,
        depth: 1.5,
        floors: 2,
        floorHeight: 0.6,
      });
      ctx.occupy(x, z, 1.2);
    }
    // a second office block and the lawns and old trees of the citadel quarter
    modernBuilding(ctx.scene, {
      name: 'Provincial_Offices',
      x: -3.4,
      z: -7.2,
      y: g(-3.4, -7.2),
      rotY: 90,
      width: 3.2,
      depth: 1.8,
      floors: 2,
      floorHeight: 0.75,
      wall: PALETTE.ochre,
      roof: 'hip',
      roofColor: PALETTE.terracotta,
    });
    ctx.occupy(-3.4, -7.2, 2.2);
    // keep the approach to the walled-up West gate open so its view stays clear
    ctx.occupy(west.x - 3.2, west.z + 0.8, 2.6);
    ctx.trees('lawns', {
      count: 62,
      kinds: ['broadleaf', 'broadleaf', 'banyan', 'palm', 'shrub'],
      size: [0.8, 1.4],
      minSpacing: 0.9,
    });

    const southAt: Vec3 = [south.x, g(south.x, south.z) + 1.2, south.z + 0.8];
    ctx.hotspot('doan-thanh-south-gate', southAt, orbit(southAt, 7.5, 20, 14));
    const westAt: Vec3 = [west.x - 0.8, g(west.x, west.z) + 1.1, west.z];
    ctx.hotspot('doan-thanh-west-gate', westAt, orbit(westAt, 7.5, -75, 16));
    const wallAt = wallSE.face(0.4, 1);
    ctx.hotspot('doan-thanh-wall', wallAt, orbit(wallAt, 6.5, 25, 18));
    ctx.intro(orbit([0, 1.2, 0], 31, -25, 34));
  },
};
