import type { Vec3 } from './types';

export interface OrbitLimits {
  minDistance: number;
  maxDistance: number;
  /** Largest angle from straight up; below π/2 keeps the camera above the ground. */
  maxPolar: number;
  minPolar: number;
}

/** Moves a camera around its target by the given angles and zoom factor, within the limits (keyboard orbit). */
export function orbitStep(
  position: Vec3,
  target: Vec3,
  dTheta: number,
  dPhi: number,
  zoom: number,
  limits: OrbitLimits,
): Vec3 {
  const [ox, oy, oz] = [position[0] - target[0], position[1] - target[1], position[2] - target[2]];
  const r = Math.hypot(ox, oy, oz) || 1;
  const theta = Math.atan2(ox, oz) + dTheta;
  const phi = Math.min(
    limits.maxPolar,
    Math.max(limits.minPolar, Math.acos(Math.min(1, Math.max(-1, oy / r))) + dPhi),
  );
  const radius = Math.min(limits.maxDistance, Math.max(limits.minDistance, r * zoom));
  return [
    target[0] + radius * Math.sin(phi) * Math.sin(theta),
    target[1] + radius * Math.cos(phi),
    target[2] + radius * Math.sin(phi) * Math.cos(theta),
  ];
}

/** Smooth start and stop for camera flights. */
export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** Intro views are framed for landscape stages; a portrait phone needs the camera further back. */
export function fitToAspect(
  view: { position: Vec3; target: Vec3 },
  aspect: number,
): { position: Vec3; target: Vec3 } {
  const k = aspect >= 1.2 ? 1 : Math.min(1.9, (1.2 / aspect) ** 0.8);
  const [tx, ty, tz] = view.target;
  const [x, y, z] = view.position;
  return { position: [tx + (x - tx) * k, ty + (y - ty) * k, tz + (z - tz) * k], target: view.target };
}
