import { mix, shade } from './color';
import { PALETTE } from './palette';
import type { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import { blob } from './solids';
import type { Vec3 } from './vec';

/** A puffy low-poly cloud: a cluster of flattened lumps, greyer underneath. */
export function cloud(scene: SceneBuilder, part: string, c: Vec3, size: number, rng: Rng): void {
  const pen = scene.pen(part, 'cloud');
  const lumps = rng.int(3, 5);
  for (let i = 0; i < lumps; i++) {
    const a = rng.range(0, Math.PI * 2);
    const r = (i === 0 ? 0 : rng.range(0.35, 0.7)) * size;
    const s = size * (i === 0 ? 0.7 : rng.range(0.4, 0.6));
    blob(
      pen,
      [c[0] + Math.cos(a) * r, c[1] + rng.range(0, 0.15) * size, c[2] + Math.sin(a) * r],
      [s, s * 0.55, s],
      rng,
      (n, rr) => shade(mix(PALETTE.cloud, PALETTE.limestoneLight, n[1] < 0 ? 0.6 : 0.1 * rr.next()), 1),
      { detail: 1, roughness: 0.1, flattenBottom: 0.35 },
    );
  }
}

export interface CloudSeaSpec {
  y: number;
  count: number;
  /** Where clouds may float (e.g. not on the peaks). */
  accept: (x: number, z: number) => boolean;
  size: [number, number];
  radius?: number;
  part?: string;
}

/** A layer of clouds filling the valleys (the "sea of clouds" of Mẫu Sơn and Nà Lay). */
export function cloudSea(scene: SceneBuilder, rng: Rng, spec: CloudSeaSpec): void {
  const R = spec.radius ?? 10.8;
  let placed = 0;
  for (let attempt = 0; attempt < spec.count * 30 && placed < spec.count; attempt++) {
    const a = rng.range(0, Math.PI * 2);
    const r = Math.sqrt(rng.next()) * R;
    const x = Math.cos(a) * r;
    const z = Math.sin(a) * r;
    if (!spec.accept(x, z)) continue;
    cloud(
      scene,
      spec.part ?? 'Clouds',
      [x, spec.y + rng.range(-0.2, 0.25), z],
      rng.range(spec.size[0], spec.size[1]),
      rng,
    );
    placed++;
  }
}
