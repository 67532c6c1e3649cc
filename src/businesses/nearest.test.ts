import { describe, expect, it } from 'vitest';
import type { BusinessCategory } from '../content/businessSchema';
import { haversineKm } from './haversineKm';
import { NEAR_SITE_KM, nearestBusinesses, nearestSites, nearSiteIds } from './nearest';

const city = { lat: 21.85264, lng: 106.76101 };

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(city, city)).toBe(0);
    const hanoi = { lat: 21.0245, lng: 105.84117 };
    expect(haversineKm(city, hanoi)).toBeCloseTo(haversineKm(hanoi, city), 9);
  });

  it('matches known distances', () => {
    // One degree of latitude along a meridian: 2πR/360.
    expect(haversineKm({ lat: 21, lng: 106 }, { lat: 22, lng: 106 })).toBeCloseTo(111.195, 2);
    // Lạng Sơn city to Hanoi, straight line: about 131 km.
    expect(haversineKm(city, { lat: 21.0245, lng: 105.84117 })).toBeGreaterThan(128);
    expect(haversineKm(city, { lat: 21.0245, lng: 105.84117 })).toBeLessThan(134);
    // Antipodes: half the circumference.
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

const biz = (id: string, category: BusinessCategory, dLatKm: number) => ({
  id,
  category,
  location: { lat: city.lat + dLatKm / 111.195, lng: city.lng },
});

const businesses = [
  biz('far', 'food', 30),
  biz('b', 'lodging', 2),
  biz('a', 'lodging', 2),
  biz('near', 'food', 0.5),
  biz('mid', 'shopping', 5),
];

describe('nearestBusinesses', () => {
  it('ranks nearest first, ties by id', () => {
    const r = nearestBusinesses(city, businesses, { limit: 10 });
    expect(r.map((x) => x.item.id)).toEqual(['near', 'a', 'b', 'mid', 'far']);
    expect(r[0]?.km).toBeCloseTo(0.5, 2);
  });

  it('honours limit, maxKm and categories', () => {
    expect(nearestBusinesses(city, businesses, { limit: 2 }).map((x) => x.item.id)).toEqual(['near', 'a']);
    expect(nearestBusinesses(city, businesses, { maxKm: 10 }).map((x) => x.item.id)).toEqual([
      'near',
      'a',
      'b',
      'mid',
    ]);
    expect(nearestBusinesses(city, businesses, { categories: ['food'] }).map((x) => x.item.id)).toEqual([
      'near',
      'far',
    ]);
    expect(nearestBusinesses(city, businesses, { categories: [] })).toHaveLength(5);
    expect(nearestBusinesses(city, businesses, { limit: 0 })).toEqual([]);
  });

  it('does not reorder its input', () => {
    const copy = [...businesses];
    nearestBusinesses(city, businesses);
    expect(businesses).toEqual(copy);
  });
});

describe('nearestSites and nearSiteIds', () => {
  const sites = [
    { id: 'mau-son', location: { lat: 21.87711, lng: 107.00426 } },
    { id: 'doan-thanh', location: { lat: 21.84778, lng: 106.75778 } },
    { id: 'cho-ky-lua', location: { lat: 21.84778, lng: 106.75778 } },
    { id: 'dong-tam-thanh', location: { lat: 21.85557, lng: 106.7468 } },
  ];

  it('ranks sites, equal points by id', () => {
    expect(nearestSites(city, sites).map((r) => r.item.id)).toEqual([
      'cho-ky-lua',
      'doan-thanh',
      'dong-tam-thanh',
      'mau-son',
    ]);
  });

  it(`stores sites within ${NEAR_SITE_KM} km, at most 5`, () => {
    expect(nearSiteIds(city, sites)).toEqual(['cho-ky-lua', 'doan-thanh', 'dong-tam-thanh']);
    const many = Array.from({ length: 8 }, (_, i) => ({
      id: `s-${i}`,
      location: { lat: city.lat + i / 1000, lng: city.lng },
    }));
    expect(nearSiteIds(city, many)).toEqual(['s-0', 's-1', 's-2', 's-3', 's-4']);
  });
});
