import { describe, expect, it } from 'vitest';
import { spreadMarkers } from './spreadMarkers';

describe('spreadMarkers', () => {
  it('lifts a marker that would cover another in the same direction', () => {
    const [near, far] = spreadMarkers([
      { id: 'near', yaw: 2, pitch: -26 },
      { id: 'far', yaw: -3, pitch: -22 },
    ]);
    expect(near).toEqual({ id: 'near', yaw: 2, pitch: -26 });
    expect(far?.pitch).toBeGreaterThanOrEqual(-26 + 9);
  });
  it('leaves markers that are apart, and across the ±180° seam it still sees a clash', () => {
    const apart = [
      { yaw: 0, pitch: -20 },
      { yaw: 60, pitch: -20 },
    ];
    expect(spreadMarkers(apart)).toEqual(apart);
    const seam = spreadMarkers([
      { yaw: 178, pitch: -20 },
      { yaw: -179, pitch: -20 },
    ]);
    expect(seam[1]?.pitch).toBe(-11);
  });
});
