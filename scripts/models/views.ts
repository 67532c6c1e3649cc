import { deg, type Vec3 } from './vec';

/** A camera framing: where the camera stands and what it looks at. */
export interface View {
  position: Vec3;
  target: Vec3;
}

/**
 * Camera `dist` away from `target`, seen from azimuth `az` (degrees, 0 = from +Z, 90 = from +X)
 * and elevation `el` (degrees above the horizon).
 */
export function orbit(target: Vec3, dist: number, az: number, el: number): View {
  const a = deg(az);
  const e = deg(el);
  return {
    position: [
      target[0] + dist * Math.sin(a) * Math.cos(e),
      target[1] + dist * Math.sin(e),
      target[2] + dist * Math.cos(a) * Math.cos(e),
    ],
    target,
  };
}
