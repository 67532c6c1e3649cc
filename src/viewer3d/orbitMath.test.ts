import { describe, expect, it } from 'vitest';
import { easeInOutCubic, fitToAspect, orbitStep } from './orbitMath';

const limits = { minDistance: 3, maxDistance: 40, maxPolar: Math.PI / 2 - 0.08, minPolar: 0.12 };

describe('orbitStep', () => {
  it('turns around the target at the same distance', () => {
    const p = orbitStep([0, 5, 10], [0, 0, 0], Math.PI / 2, 0, 1, limits);
    expect(Math.hypot(...p)).toBeCloseTo(Math.hypot(0, 5, 10), 6);
    expect(p[0]).toBeCloseTo(10, 1);
  });

  it('never goes under the ground or past the zoom limits', () => {
    const low = orbitStep([0, 1, 10], [0, 0, 0], 0, 3, 1, limits);
    expect(low[1]).toBeGreaterThan(0);
    expect(Math.hypot(...orbitStep([0, 5, 10], [0, 0, 0], 0, 0, 100, limits))).toBeCloseTo(40, 5);
    expect(Math.hypot(...orbitStep([0, 5, 10], [0, 0, 0], 0, 0, 0.01, limits))).toBeCloseTo(3, 5);
  });
});

describe('easeInOutCubic and fitToAspect', () => {
  it('eases from 0 to 1 symmetrically', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5);
  });

  it('pulls the camera back on portrait screens only', () => {
    const view = {
      position: [10, 10, 10] as [number, number, number],
      target: [0, 2, 0] as [number, number, number],
    };
    expect(fitToAspect(view, 1.6)).toEqual(view);
    const portrait = fitToAspect(view, 0.6);
    expect(portrait.position[0]).toBeGreaterThan(10);
    expect(portrait.target).toEqual(view.target);
  });
});
