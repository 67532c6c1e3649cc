import { describe, expect, it } from 'vitest';
import { crowdedMarkers } from './crowdedMarkers';

describe('crowdedMarkers', () => {
  it('keeps the nearer of two overlapping markers', () => {
    const hidden = crowdedMarkers(
      [
        { id: 'far', x: 100, y: 100, depth: 20 },
        { id: 'near', x: 120, y: 110, depth: 8 },
        { id: 'apart', x: 300, y: 100, depth: 30 },
      ],
      52,
    );
    expect([...hidden]).toEqual(['far']);
  });
  it('hides a marker on top of a hotspot pin and one behind the camera', () => {
    const hidden = crowdedMarkers(
      [
        { id: 'on-pin', x: 50, y: 50, depth: 5 },
        { id: 'behind', x: 400, y: 400, depth: -1 },
        { id: 'free', x: 200, y: 50, depth: 5 },
      ],
      52,
      [{ x: 60, y: 60 }],
    );
    expect([...hidden].sort()).toEqual(['behind', 'on-pin']);
  });
  it('hides nothing when markers are spread out', () => {
    expect(
      crowdedMarkers(
        [
          { id: 'a', x: 0, y: 0, depth: 1 },
          { id: 'b', x: 52, y: 0, depth: 1 },
        ],
        52,
      ).size,
    ).toBe(0);
  });
});
