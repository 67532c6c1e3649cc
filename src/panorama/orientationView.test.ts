import { describe, expect, it } from 'vitest';
import { orientationView } from './orientationView';

describe('orientationView', () => {
  it('looks at the horizon when the phone is held upright', () => {
    expect(orientationView(0, 90, 0, 0).pitch).toBeCloseTo(0);
  });
  it('looks down when the phone lies flat, screen up', () => {
    expect(orientationView(0, 0, 0, 0).pitch).toBeCloseTo(-90);
  });
  it('turns with the compass heading (alpha grows anticlockwise seen from above)', () => {
    const a = orientationView(0, 90, 0, 0).yaw;
    const b = orientationView(30, 90, 0, 0).yaw;
    expect(((a - b + 540) % 360) - 180).toBeCloseTo(30);
  });
  it('tilting the phone up raises the pitch', () => {
    expect(orientationView(0, 120, 0, 0).pitch).toBeCloseTo(30);
  });
});
