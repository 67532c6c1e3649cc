import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../src/content/siteIndex';
import { summarize } from './siteSummaries';

describe('site summaries', () => {
  it('keep only what the map and the list need', () => {
    const s = summarize({
      id: 'x',
      tier: 'flagship',
      category: 'cave',
      name: { vi: 'X', en: 'X', zh: 'X' },
      summary: { vi: 's', en: 's', zh: 's' },
      area: { vi: 'a', en: 'a', zh: 'a' },
      location: { lat: 21.8, lng: 106.7, precision: 'exact', source: 'S01', errorEstimateM: 150 } as never,
      media: [{ kind: 'model', poster: 'posters/x.jpg', credit: { vi: 'c' } } as never],
    });
    expect(s).toEqual({
      id: 'x',
      tier: 'flagship',
      category: 'cave',
      name: { vi: 'X', en: 'X', zh: 'X' },
      summary: { vi: 's', en: 's', zh: 's' },
      area: { vi: 'a', en: 'a', zh: 'a' },
      location: { lat: 21.8, lng: 106.7, precision: 'exact' },
      poster: 'posters/x.jpg',
    });
  });

  it('leave out a file without a location (content:check reports it)', () => {
    expect(
      summarize({ id: 'x', tier: 'local', category: 'cave', name: {}, summary: {}, area: {} }),
    ).toBeNull();
  });

  it('cover every site of content/sites, sorted by file name', () => {
    const ids = readdirSync('content/sites')
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => (JSON.parse(readFileSync(`content/sites/${f}`, 'utf8')) as { id: string }).id);
    expect(SITES.map((s) => s.id)).toEqual(ids);
  });
});
