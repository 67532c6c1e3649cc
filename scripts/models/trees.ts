import { mix, type Rgb, shade, vary } from './color';
import { PALETTE } from './palette';
import type { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import { beam, blob, frustum } from './solids';
import type { Vec3 } from './vec';

export type TreeKind = 'broadleaf' | 'conifer' | 'bamboo' | 'blossom' | 'banyan' | 'shrub' | 'palm';

const GREENS: readonly Rgb[] = [PALETTE.foliage, PALETTE.forest, PALETTE.foliageLight, PALETTE.karst];

/** Canopy facets lighter on top and darker underneath: a baked hint of sky light. */
const canopy =
  (base: Rgb) =>
  (n: Vec3, rng: Rng): Rgb =>
    vary(rng, shade(base, 0.85 + 0.3 * Math.max(0, n[1])), 0.08);

/** One low-poly tree standing at `p` (ground point); `size` ≈ its height. */
export function tree(
  scene: SceneBuilder,
  part: string,
  kind: TreeKind,
  p: Vec3,
  size: number,
  rng: Rng,
): void {
  const leaves = scene.pen(part, 'foliage');
  const wood = scene.pen(part, 'timber');
  const s = size;
  const [x, y, z] = p;
  switch (kind) {
    case 'conifer': {
      frustum(
        wood.at(x, y - 0.1, z),
        0.06 * s,
        0.04 * s,
        0,
        0.35 * s,
        4,
        { side: PALETTE.woodDark, bottom: null },
        0.4,
      );
      const g = vary(rng, mix(PALETTE.karst, PALETTE.forest, rng.next()), 0.1);
      for (let i = 0; i < 3; i++) {
        const r = (0.32 - i * 0.08) * s;
        const y0 = y + (0.25 + i * 0.22) * s;
        frustum(
          leaves.at(x, y0, z),
          r,
          0,
          0,
          0.45 * s,
          6,
          { side: g, bottom: shade(g, 0.7) },
          rng.next() * 3,
        );
      }
      return;
    }
    case 'bamboo': {
      const stalks = rng.int(5, 8);
      for (let i = 0; i < stalks; i++) {
        const a = rng.range(0, Math.PI * 2);
        const r = rng.range(0, 0.15) * s;
        const bx = x + Math.cos(a) * r;
        const bz = z + Math.sin(a) * r;
        const top: Vec3 = [
          bx + Math.cos(a) * 0.25 * s,
          y + rng.range(0.8, 1.05) * s,
          bz + Math.sin(a) * 0.25 * s,
        ];
        beam(
          wood,
          [bx, y - 0.1, bz],
          top,
          0.035 * s,
          0.035 * s,
          mix(PALETTE.riceGreen, PALETTE.foliage, 0.5),
        );
        blob(leaves, top, [0.16 * s, 0.12 * s, 0.16 * s], rng, canopy(PALETTE.foliageLight));
      }
      return;
    }
    case 'palm': {
      const top: Vec3 = [x + rng.jitter(0.1) * s, y + 0.9 * s, z + rng.jitter(0.1) * s];
      beam(wood, [x, y - 0.1, z], top, 0.06 * s, 0.06 * s, PALETTE.wood);
      for (let i = 0; i < 6; i++) {
        const a = (i / 6) * Math.PI * 2 + rng.next();
        beam(
          leaves,
          top,
          [top[0] + Math.cos(a) * 0.4 * s, top[1] - 0.15 * s, top[2] + Math.sin(a) * 0.4 * s],
          0.12 * s,
          0.02 * s,
          PALETTE.foliageLight,
        );
      }
      return;
    }
    case 'shrub': {
      const g = rng.pick(GREENS);
      blob(leaves, [x, y + 0.15 * s, z], [0.35 * s, 0.3 * s, 0.35 * s], rng, canopy(g), {
        flattenBottom: 0.4,
      });
      return;
    }
    default: {
      const banyan = kind === 'banyan';
      const trunkR = (banyan ? 0.12 : 0.06) * s;
      const trunkH = (banyan ? 0.45 : 0.5) * s;
      frustum(
        wood.at(x, y - 0.1, z),
        trunkR,
        trunkR * 0.7,
        0,
        trunkH + 0.1,
        4,
        { side: PALETTE.woodDark, bottom: null },
        0.4,
      );
      const base =
        kind === 'blossom' ? (rng.chance(0.5) ? PALETTE.blossom : PALETTE.blossomDeep) : rng.pick(GREENS);
      const lumps = banyan ? 4 : rng.int(1, 3);
      const spread = banyan ? 0.45 : 0.18;
      for (let i = 0; i < lumps; i++) {
        const a = (i / lumps) * Math.PI * 2 + rng.next();
        const r = i === 0 && !banyan ? 0 : spread * s;
        const cr = (banyan ? 0.42 : 0.36) * s * rng.range(0.85, 1.15);
        const c: Vec3 = [
          x + Math.cos(a) * r,
          y + trunkH + cr * 0.6 + rng.range(0, 0.1) * s,
          z + Math.sin(a) * r,
        ];
        blob(leaves, c, [cr, cr * 0.8, cr], rng, canopy(base));
      }
    }
  }
}

export interface ScatterSpec {
  count: number;
  kinds: readonly TreeKind[];
  size: [number, number];
  /** Where a tree may stand. */
  accept: (x: number, z: number) => boolean;
  ground: (x: number, z: number) => number;
  /** Area to sample: centre and radius. */
  area?: { x: number; z: number; r: number };
  minSpacing?: number;
  part?: string;
}

/** Places trees by seeded dart throwing; returns the accepted positions. */
export function scatterTrees(scene: SceneBuilder, rng: Rng, spec: ScatterSpec): Vec3[] {
  const area = spec.area ?? { x: 0, z: 0, r: 11.3 };
  const placed: Vec3[] = [];
  const spacing = spec.minSpacing ?? 0.7;
  for (let attempt = 0; attempt < spec.count * 40 && placed.length < spec.count; attempt++) {
    const a = rng.range(0, Math.PI * 2);
    const r = Math.sqrt(rng.next()) * area.r;
    const x = area.x + Math.cos(a) * r;
    const z = area.z + Math.sin(a) * r;
    if (Math.hypot(x, z) > 11.4) continue;
    if (!spec.accept(x, z)) continue;
    if (placed.some((p) => Math.hypot(p[0] - x, p[2] - z) < spacing)) continue;
    const p: Vec3 = [x, spec.ground(x, z), z];
    placed.push(p);
    tree(
      scene,
      spec.part ?? 'Vegetation',
      rng.pick(spec.kinds),
      p,
      rng.range(spec.size[0], spec.size[1]),
      rng,
    );
  }
  return placed;
}
