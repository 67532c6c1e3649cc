import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tour } from '../../src/content/schema';
import { directionOf, equirectUv, type Vec3 } from '../../src/panorama/panoMath';
import { EYE_HEIGHT, PANORAMA_CREDIT, TOURS } from './config';
import {
  buildTour,
  directionTo,
  LINK_PITCH,
  linkDirection,
  oneWayLinks,
  type PlacedScene,
  unreachable,
  withTour,
  yawPitchAtUv,
} from './sceneMath';

describe('panorama direction convention (src/panorama/panoMath.ts)', () => {
  it('yaw 0 looks along −Z at the centre column, +90 along +X, pitch +90 up', () => {
    const close = (a: Vec3, b: Vec3) => {
      for (const [i, v] of a.entries()) expect(v).toBeCloseTo(b[i] as number, 9);
    };
    close(directionOf(0, 0), [0, 0, -1]);
    close(directionOf(90, 0), [1, 0, 0]);
    close(directionOf(-90, 0), [-1, 0, 0]);
    close(directionOf(0, 90), [0, 1, 0]);
    expect(equirectUv(0, 0)).toEqual({ u: 0.5, v: 0.5 });
    expect(equirectUv(90, 0)).toEqual({ u: 0.75, v: 0.5 });
    expect(equirectUv(0, 90).v).toBe(0);
  });

  it('yawPitchAtUv (what the equirect shader computes per pixel) inverts equirectUv', () => {
    for (const [yaw, pitch] of [
      [0, 0],
      [90, 10],
      [-135, -40],
      [179, 80],
      [-45, -89],
    ] as const) {
      const { u, v } = equirectUv(yaw, pitch);
      const back = yawPitchAtUv(u, v);
      expect(back.yaw).toBeCloseTo(yaw, 9);
      expect(back.pitch).toBeCloseTo(pitch, 9);
    }
  });

  it('directionTo agrees with directionOf', () => {
    const from: Vec3 = [1, 2, 3];
    for (const [yaw, pitch] of [
      [30, -10],
      [-120, 25],
      [0, 0],
    ] as const) {
      const d = directionOf(yaw, pitch);
      const to: Vec3 = [from[0] + d[0] * 5, from[1] + d[1] * 5, from[2] + d[2] * 5];
      const got = directionTo(from, to);
      expect(got.yaw).toBeCloseTo(yaw, 1);
      expect(got.pitch).toBeCloseTo(pitch, 1);
    }
  });
});

describe('tour geometry', () => {
  const a: PlacedScene = {
    id: 'a',
    title: { vi: 'A', en: 'A', zh: '甲' },
    eye: [0, 1, 0],
    look: [0, 1, -5],
    hotspots: [{ id: 'h', anchor: [5, 1, 0] }],
    links: ['b'],
  };
  const b: PlacedScene = {
    ...a,
    id: 'b',
    eye: [0, 1.75, 10],
    look: [0, 1.75, 0],
    hotspots: [],
    links: ['a'],
  };

  it('links point at the other viewpoint and sit on the ground below the horizon', () => {
    const l = linkDirection(a.eye, b.eye, EYE_HEIGHT);
    expect(l.yaw).toBe(-180);
    expect(l.pitch).toBeGreaterThanOrEqual(LINK_PITCH.min);
    expect(l.pitch).toBeLessThanOrEqual(LINK_PITCH.max);
    expect(linkDirection(b.eye, a.eye, EYE_HEIGHT).yaw).toBe(0);
  });

  it('builds a schema-valid, two-way, fully reachable tour', () => {
    const tour = buildTour('site', 'a', [a, b], PANORAMA_CREDIT, EYE_HEIGHT);
    expect(Tour.safeParse(tour).success).toBe(true);
    expect(tour.scenes[0]?.hotspots).toEqual([{ hotspot: 'h', yaw: 90, pitch: 0 }]);
    expect(tour.scenes[0]?.initialView).toEqual({ yaw: 0, pitch: 0, fov: 75 });
    expect(tour.scenes[0]?.image).toBe('panoramas/site/a.jpg');
    expect(tour.scenes[0]?.preview).toBe('panoramas/site/a-preview.jpg');
    expect(unreachable(tour)).toEqual([]);
    expect(oneWayLinks(tour)).toEqual([]);
    const oneWay = buildTour('site', 'a', [{ ...a, links: [] }, b], PANORAMA_CREDIT, EYE_HEIGHT);
    expect(unreachable(oneWay)).toEqual(['b']);
    expect(oneWayLinks(oneWay)).toEqual(['b → a']);
  });

  it('withTour replaces only the tour key', () => {
    const json = `${JSON.stringify({ id: 's', media: [], hotspots: [{ id: 'x' }], tour: { start: 'old' } }, null, 2)}\n`;
    const tour = buildTour('s', 'a', [a, b], PANORAMA_CREDIT, EYE_HEIGHT);
    const out = JSON.parse(withTour(json, tour));
    expect(Object.keys(out)).toEqual(['id', 'media', 'hotspots', 'tour']);
    expect(out.hotspots).toEqual([{ id: 'x' }]);
    expect(out.tour.start).toBe('a');
  });
});

describe('tour config', () => {
  const flagships = [
    'dong-tam-thanh',
    'dong-nhi-thanh',
    'nui-to-thi',
    'thanh-nha-mac',
    'den-ky-cung',
    'ai-chi-lang',
    'mau-son',
    'lang-quynh-son',
    'cua-khau-huu-nghi',
  ];

  it('gives every flagship site at least two scenes, twenty in all, with unique kebab ids', () => {
    expect(TOURS.map((t) => t.id).sort()).toEqual([...flagships].sort());
    let total = 0;
    for (const t of TOURS) {
      expect(t.scenes.length).toBeGreaterThanOrEqual(2);
      const ids = t.scenes.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      total += ids.length;
    }
    expect(total).toBeGreaterThanOrEqual(20);
  });

  it('titles are NFC, trimmed, in three languages', () => {
    for (const t of TOURS) {
      for (const s of t.scenes) {
        for (const text of [s.title.vi, s.title.en, s.title.zh]) {
          expect(text).toBe(text.normalize('NFC').trim());
          expect(text.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('names only existing, anchored hotspots of each site', () => {
    for (const t of TOURS) {
      const site = JSON.parse(readFileSync(`content/sites/${t.id}.json`, 'utf8')) as {
        hotspots: { id: string; anchor?: number[] }[];
      };
      const anchored = new Set(site.hotspots.filter((h) => h.anchor).map((h) => h.id));
      for (const s of t.scenes) {
        for (const h of s.hotspots) expect(anchored, `${t.id}/${s.id}: ${h}`).toContain(h);
        if (typeof s.look === 'string') expect(anchored, `${t.id}/${s.id}: ${s.look}`).toContain(s.look);
      }
    }
  });
});
