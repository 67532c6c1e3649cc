import { describe, expect, it } from 'vitest';
import { BUSINESS_CATEGORIES } from '../content/businessSchema';
import { buildBusinessFeatures, businessIconName } from './businessFeatures';

describe('buildBusinessFeatures', () => {
  it('makes one point per business with its id, name, category and icon', () => {
    const fc = buildBusinessFeatures([
      { id: 'A-1', category: 'food', name: 'Quán A', lng: 106.76, lat: 21.85 },
      { id: 'B-2', category: 'lodging', name: '<b>B</b>', lng: 106.5, lat: 22.1 },
    ]);
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]?.geometry.coordinates).toEqual([106.76, 21.85]);
    expect(fc.features[1]?.properties).toEqual({
      id: 'B-2',
      name: '<b>B</b>',
      category: 'lodging',
      icon: 'business-lodging',
    });
  });

  it('names an icon for every category, distinct from the site icons', () => {
    const names = BUSINESS_CATEGORIES.map(businessIconName);
    expect(new Set(names).size).toBe(BUSINESS_CATEGORIES.length);
    for (const n of names) expect(n.startsWith('business-')).toBe(true);
  });
});
