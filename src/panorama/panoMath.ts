/**
 * Panorama conventions shared by the viewer and the render pipeline.
 * Yaw 0 is the centre column of an equirectangular image and looks along the model's −Z;
 * yaw +90 looks along +X (to the right); pitch +90 looks straight up. Degrees throughout.
 */
export type Vec3 = [number, number, number];

const RAD = Math.PI / 180;

/** Wraps an angle into [−180, 180). */
export function wrapYaw(yaw: number): number {
  if (yaw >= -180 && yaw < 180) return yaw;
  const w = (((yaw + 180) % 360) + 360) % 360;
  return w - 180;
}

export function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/** The unit direction (model axes, y up) for a yaw and pitch. */
export function directionOf(yaw: number, pitch: number): Vec3 {
  const cp = Math.cos(pitch * RAD);
  return [Math.sin(yaw * RAD) * cp, Math.sin(pitch * RAD), -Math.cos(yaw * RAD) * cp];
}

/** Yaw and pitch of a direction (need not be normalised). */
export function yawPitchOf([x, y, z]: Vec3): { yaw: number; pitch: number } {
  const h = Math.hypot(x, z);
  return { yaw: wrapYaw(Math.atan2(x, -z) / RAD), pitch: Math.atan2(y, h) / RAD };
}

/** Where a direction falls in an equirectangular image, as fractions (u right, v down). */
export function equirectUv(yaw: number, pitch: number): { u: number; v: number } {
  return { u: (wrapYaw(yaw) + 180) / 360, v: 0.5 - pitch / 180 };
}
