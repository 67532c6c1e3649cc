import { describe, expect, it } from 'vitest';
import { SITES } from '../content/siteIndex';
import { buildSiteFeatures, fanOffsets } from './siteFeatures';

describe('fanOffsets', () => {
  it('leaves a lone site in place and spreads shared points on a ring', () => {
    expect(fanOffsets(1)).toEqual([[0, 0]]);
    const five = fanOffsets(5);
    expect(new Set(five.map((o) => o.join(','))).size).toBe(5);
    for (const [x, y] of five) expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(22);
  });
});

describe('buildSiteFeatures on the real content', () => {
  const features = buildSiteFeatures(
    SITES.map((s) => ({
      ...s,
      lng: s.location.lng,
      lat: s.location.lat,
      approximate: s.location.precision === 'approximate',
    })),
    'zh',
  ).features;

  it('gives every site a feature with its name in the language and its category icon', () => {
    expect(features).toHaveLength(SITES.length);
    const tamThanh = features.find((f) => f.properties.id === 'dong-tam-thanh');
    expect(tamThanh?.properties.name).toBe('三清洞（三清寺）');
    expect(tamThanh?.properties.icon).toBe('site-cave');
  });

  it('never draws two sites in the same place (shared points are fanned out)', () => {
    const places = features.map(
      (f) => `${f.geometry.coordinates.join(',')}@${f.properties.offset.join(',')}`,
    );
    expect(new Set(places).size).toBe(places.length);
    const shared = features.filter((f) => f.properties.offset[0] !== 0 || f.properties.offset[1] !== 0);
    expect(shared.length).toBeGreaterThanOrEqual(5);
  });

  it('marks approximate sites with the dashed icon', () => {
    const approx = features.filter((f) => f.properties.approximate);
    expect(approx.length).toBeGreaterThan(0);
    for (const f of approx) expect(f.properties.icon).toMatch(/-approx$/);
  });
});
