import { describe, expect, it } from 'vitest';
import { parseRegistryFeed } from './parseRegistryFeed';

const good = { id: 'F-1', name: 'Quán Feed', category: 'food', lat: 21.85, lng: 106.76 };
const sites = [{ id: 'doan-thanh', location: { lat: 21.84778, lng: 106.75778 } }];

describe('parseRegistryFeed', () => {
  it('accepts a bare array and fills nearby sites when given them', () => {
    const r = parseRegistryFeed([good], { sites });
    expect(r.problems).toEqual([]);
    expect(r.businesses).toHaveLength(1);
    expect(r.businesses[0]?.nearSiteIds).toEqual(['doan-thanh']);
    expect(r.demo).toBe(false);
  });

  it('accepts a wrapped list, Vietnamese keys and the demo marker', () => {
    const r = parseRegistryFeed({
      demo: true,
      businesses: [{ mã: 'F-2', tên: 'Quán Hai', 'loại hình': 'ăn uống', 'vĩ độ': 21.85, 'kinh độ': 106.76 }],
    });
    expect(r.businesses.map((b) => b.id)).toEqual(['F-2']);
    expect(r.businesses[0]?.nearSiteIds).toEqual([]);
    expect(r.demo).toBe(true);
  });

  it('reports bad entries by position and keeps the good ones', () => {
    const r = parseRegistryFeed({
      data: [good, 'x', { ...good, id: 'F-3', website: 'javascript:alert(1)' }, { ...good, id: 'F-1' }],
    });
    expect(r.businesses.map((b) => b.id)).toEqual(['F-1']);
    expect(r.problems.map((p) => [p.item, p.field])).toEqual([
      [2, 'row'],
      [3, 'website'],
      [4, 'id'],
    ]);
  });

  it.each([null, 42, 'text', { message: 'error' }, { a: [], b: [] }, [{ foo: 1 }]])(
    'fails without throwing on %j',
    (json) => {
      const r = parseRegistryFeed(json);
      expect(r.businesses).toEqual([]);
      expect(r.problems[0]?.field).toBe('file');
    },
  );

  it('returns no businesses and no problems for an empty list', () => {
    expect(parseRegistryFeed([])).toEqual({ businesses: [], problems: [], demo: false });
  });
});
