import { describe, expect, it } from 'vitest';
import type { Business } from '../content/businessSchema';
import { businessLayerView } from './businessLayerView';

const biz = (id: string, category: Business['category'], languages: string[], zh?: string) =>
  ({
    id,
    category,
    languages,
    name: { vi: `Cơ sở ${id}`, ...(zh ? { zh } : {}) },
    location: { lat: 21.85, lng: 106.76 },
  }) as unknown as Business;

describe('businessLayerView', () => {
  const all = [biz('a', 'lodging', ['vi', 'zh'], '甲'), biz('b', 'food', ['vi', 'en'])];

  it('keeps what the filters let through and names points in the visitor’s language', () => {
    const view = businessLayerView(all, ['lodging'], [], 'zh');
    expect(view.shown.map((b) => b.id)).toEqual(['a']);
    expect(view.points).toEqual([{ id: 'a', category: 'lodging', name: '甲', lng: 106.76, lat: 21.85 }]);
  });

  it('offers every spoken language, whatever the filters', () => {
    const view = businessLayerView(all, [], ['en'], 'en');
    expect(view.shown.map((b) => b.id)).toEqual(['b']);
    expect(view.points[0]?.name).toBe('Cơ sở b');
    expect([...view.languages].sort()).toEqual(['en', 'vi', 'zh']);
  });
});
