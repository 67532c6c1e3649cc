import type { SceneBuilder } from './sceneBuilder';
import type { Terrain } from './terrain';
import { distance, type Vec3 } from './vec';
import type { View } from './views';

export const VIEW_DISTANCE = { min: 4, max: 14 } as const;

/** Möller–Trumbore: distance along the ray to the triangle, or +∞. */
function hitDistance(o: Vec3, d: Vec3, p: number[], i: number): number {
  const ax = p[i] as number;
  const ay = p[i + 1] as number;
  const az = p[i + 2] as number;
  const e1x = (p[i + 3] as number) - ax;
  const e1y = (p[i + 4] as number) - ay;
  const e1z = (p[i + 5] as number) - az;
  const e2x = (p[i + 6] as number) - ax;
  const e2y = (p[i + 7] as number) - ay;
  const e2z = (p[i + 8] as number) - az;
  const px = d[1] * e2z - d[2] * e2y;
  const py = d[2] * e2x - d[0] * e2z;
  const pz = d[0] * e2y - d[1] * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (Math.abs(det) < 1e-12) return Number.POSITIVE_INFINITY;
  const inv = 1 / det;
  const tx = o[0] - ax;
  const ty = o[1] - ay;
  const tz = o[2] - az;
  const u = (tx * px + ty * py + tz * pz) * inv;
  if (u < 0 || u > 1) return Number.POSITIVE_INFINITY;
  const qx = ty * e1z - tz * e1y;
  const qy = tz * e1x - tx * e1z;
  const qz = tx * e1y - ty * e1x;
  const v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
  if (v < 0 || u + v > 1) return Number.POSITIVE_INFINITY;
  const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
  return t > 0 ? t : Number.POSITIVE_INFINITY;
}

/** The named part hit first between a and b (ignoring `skipEnd` units at the b end), if any. */
export function firstObstruction(scene: SceneBuilder, a: Vec3, b: Vec3, skipEnd: number): string | undefined {
  const len = distance(a, b);
  const d: Vec3 = [(b[0] - a[0]) / len, (b[1] - a[1]) / len, (b[2] - a[2]) / len];
  const limit = len - skipEnd;
  let best = limit;
  let name: string | undefined;
  for (const part of scene.parts) {
    for (const mesh of part.meshes.values()) {
      const p = mesh.positions;
      for (let i = 0; i < p.length; i += 9) {
        const t = hitDistance(a, d, p, i);
        if (t < best) {
          best = t;
          name = part.name;
        }
      }
    }
  }
  return name;
}

/** Problems with a camera framing: distance, camera below ground, or the target hidden. */
export function checkView(
  scene: SceneBuilder,
  terrain: Terrain,
  view: View,
  opts: { minDistance?: number; maxDistance?: number; skipEnd?: number; lineOfSight?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const d = distance(view.position, view.target);
  const min = opts.minDistance ?? VIEW_DISTANCE.min;
  const max = opts.maxDistance ?? VIEW_DISTANCE.max;
  if (d < min || d > max)
    problems.push(`camera is ${d.toFixed(2)} units from its target (want ${min}–${max})`);
  const [x, y, z] = view.position;
  if (Math.hypot(x, z) < terrain.radius && y < terrain.heightAt(x, z) + 0.5)
    problems.push('camera is below or too close to the ground');
  if (opts.lineOfSight !== false) {
    const hit = firstObstruction(scene, view.position, view.target, opts.skipEnd ?? 0.45);
    if (hit) problems.push(`view of the target is blocked by ${hit}`);
  }
  return problems;
}
