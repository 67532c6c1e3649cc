import { describe, expect, it } from 'vitest';
import type { Business } from '../content/businessSchema';
import { similarBusinesses } from './similarBusinesses';

const b = (id: string): Business => ({
  id,
  category: 'food',
  name: { vi: id },
  location: { lat: 21.85, lng: 106.76 },
  phones: [],
  languages: [],
  nearSiteIds: [],
});
const ALL = ['DEMO-LT-045', 'DEMO-LT-046', 'DEMO-AU-045', 'DEMO-LH-001', 'LS-LT-0012'].map(b);
const ids = (id: string) => similarBusinesses(id, ALL).map((x) => x.id);

describe('similarBusinesses', () => {
  it('puts the same number with the same prefix first, ignoring case and leading zeros', () => {
    expect(ids('demo-lt-45')[0]).toBe('DEMO-LT-045');
    expect(ids('DEMO-LT-45')).toContain('DEMO-AU-045');
    expect(ids('ls-lt-12')[0]).toBe('LS-LT-0012');
  });

  it('returns at most four, and nothing for an id that shares nothing', () => {
    expect(ids('demo').length).toBeLessThanOrEqual(4);
    expect(ids('zzz')).toEqual([]);
    expect(ids('---')).toEqual([]);
  });
});
