import { describe, expect, it } from 'vitest';
import { pairedRatio, stat } from './stats';

describe('pairedRatio', () => {
  it('divides run by run and takes the median of the ratios', () => {
    // Medians alone would give 3000 / 3000 = 1; run by run ours is ahead twice out of three.
    const r = pairedRatio([2000, 3000, 4000], [2500, 6000, 3000]);
    expect(r.ratios).toEqual([0.8, 0.5, 4000 / 3000]);
    expect(r.median).toBe(0.8);
  });

  it('skips runs where either side has no value, and averages the middle two of an even count', () => {
    const r = pairedRatio([1000, null, 3000, 2000, 1000], [2000, 1000, undefined, 1000, 1000]);
    expect(r.ratios).toEqual([0.5, 2, 1]);
    expect(pairedRatio([1000, 3000], [1000, 1000]).median).toBe(2);
    expect(pairedRatio([null], [1000])).toEqual({ median: null, ratios: [] });
  });
});

describe('stat', () => {
  it('reports the median, range and failed runs', () => {
    expect(stat([3, null, 1, 2])).toMatchObject({ median: 2, min: 1, max: 3, n: 3, failures: 1 });
    // An even count: the middle two's mean, in whole milliseconds.
    expect(stat([1000, 1001]).median).toBe(1001);
    expect(stat([]).median).toBeNull();
  });
});
