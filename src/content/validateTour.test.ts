import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tour } from './schema';
import { validateTour } from './validateTour';

const broken = Tour.parse(JSON.parse(readFileSync('tests/fixtures/tours/broken-tour.json', 'utf8')));
const files = new Set([
  'panoramas/x/gate.jpg',
  'panoramas/x/gate-preview.jpg',
  'panoramas/x/hall.jpg',
  'panoramas/x/hall-preview.jpg',
  'panoramas/x/square.jpg',
  'panoramas/x/big-preview.jpg',
]);
const images = new Map([
  ['panoramas/x/gate.jpg', { bytes: 900_000, width: 4096, height: 2048 }],
  ['panoramas/x/gate-preview.jpg', { bytes: 60_000, width: 1024, height: 512 }],
  ['panoramas/x/hall.jpg', { bytes: 900_000, width: 4096, height: 2048 }],
  ['panoramas/x/hall-preview.jpg', { bytes: 60_000, width: 1024, height: 512 }],
  ['panoramas/x/square.jpg', { bytes: 900_000, width: 2048, height: 2048 }],
  ['panoramas/x/big-preview.jpg', { bytes: 180_000, width: 1024, height: 512 }],
]);

describe('validateTour on a broken tour', () => {
  const problems = validateTour(broken, new Set(['real-hotspot']), files, images);
  const find = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);

  it('names every broken field with a fix', () => {
    expect(find('tour.scenes[2].id')).toEqual(['duplicate scene id "hall"']);
    expect(find('tour.scenes[0].links[1].to')[0]).toContain('"nowhere", which does not exist');
    expect(find('tour.scenes[0].links[2].to')[0]).toContain('links to itself');
    expect(find('tour.scenes[0].hotspots[0].hotspot')[0]).toContain('"no-such-hotspot"');
    expect(find('tour.scenes[2].image')[0]).toContain('public/panoramas/x/missing.jpg does not exist');
    expect(find('tour.scenes[3].image')[0]).toContain('2048×2048, not 2:1');
    expect(find('tour.scenes[3].preview')[0]).toContain('176 KB, over the 100 KB budget');
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(5);
  });

  it('warns about a scene nothing links to, and only warns', () => {
    const island = problems.filter((p) => p.field === 'tour.scenes[3]');
    expect(island).toHaveLength(1);
    expect(island[0]?.severity).toBe('warning');
    expect(island[0]?.message).toContain('no scene links to "island"');
  });

  it('reports a missing start scene and accepts a sound tour', () => {
    const noStart = validateTour({ ...broken, start: 'roof' }, new Set(), files, images);
    expect(noStart.some((p) => p.field === 'tour.start')).toBe(true);
    const sound = Tour.parse({
      start: 'gate',
      scenes: [broken.scenes[0], broken.scenes[1]].map((s) => ({
        ...s,
        links: s?.links.filter((l) => l.to === 'gate' || l.to === 'hall').filter((l) => l.to !== s.id),
        hotspots: [],
      })),
    });
    expect(validateTour(sound, new Set(), files, images)).toEqual([]);
  });
});
