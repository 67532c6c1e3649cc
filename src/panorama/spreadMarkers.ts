import { wrapYaw } from './panoMath';

/** How close (degrees) two markers may sit before their discs and labels collide. */
const YAW_GAP = 13;
const PITCH_GAP = 9;

/**
 * Moves markers that would cover each other apart in pitch, lowest first: a farther scene in the same
 * direction lies nearer the horizon, so lifting the later marker keeps the picture truthful.
 */
export function spreadMarkers<T extends { yaw: number; pitch: number }>(markers: readonly T[]): T[] {
  const order = markers.map((m, i) => ({ m, i })).sort((a, b) => a.m.pitch - b.m.pitch || a.i - b.i);
  const placed: { yaw: number; pitch: number }[] = [];
  const out: T[] = [...markers];
  for (const { m, i } of order) {
    let pitch = m.pitch;
    const clash = () =>
      placed.some((p) => Math.abs(wrapYaw(p.yaw - m.yaw)) < YAW_GAP && Math.abs(p.pitch - pitch) < PITCH_GAP);
    while (clash() && pitch < 80) pitch += PITCH_GAP;
    placed.push({ yaw: m.yaw, pitch });
    out[i] = pitch === m.pitch ? m : { ...m, pitch };
  }
  return out;
}
