import { mix, type Rgb, shade, vary } from './color';
import { fbm } from './noise';
import { PALETTE } from './palette';
import { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import { clamp, polylineDistance, smoothstep, type Vec2, type Vec3 } from './vec';

/** Shapes that sculpt the height field, applied in order. */
export type TerrainFeature =
  | { kind: 'hill'; x: number; z: number; r: number; h: number; shape?: 'round' | 'peak'; rz?: number }
  | { kind: 'ridge'; path: Vec2[]; r: number; h: number }
  | { kind: 'flat'; x: number; z: number; r: number; y?: number; blend?: number }
  | { kind: 'pad'; x: number; z: number; w: number; d: number; y?: number; rot?: number; blend?: number }
  | { kind: 'channel'; path: Vec2[]; width: number; y: number; bank?: number };

/** What the painter knows about a ground facet. */
export interface GroundSample {
  x: number;
  z: number;
  y: number;
  /** 0 = level, 1 = vertical. */
  slope: number;
  /** Smooth noise in [-1, 1] for patchy variation. */
  n: number;
  rng: Rng;
}

export interface TerrainSpec {
  seed: string;
  radius?: number;
  rings?: number;
  /** Gentle undulation over the whole base. */
  noise?: { amp: number; scale: number };
  features?: TerrainFeature[];
  /** Flat water wherever the ground dips below this level. */
  waterLevel?: number;
  /** Site-specific ground colour; return undefined to fall back to grass/earth. */
  paint?: (s: GroundSample) => Rgb | undefined;
  /** Base grass tone. */
  grass?: Rgb;
  /** Deep and shallow water tones (default: Kỳ Cùng river blue). */
  water?: { deep: Rgb; shallow: Rgb };
}

export const PLINTH_BOTTOM = -1.5;

/** The diorama's ground: a seeded height field on a disc, its water and the earthen plinth below. */
export class Terrain {
  readonly radius: number;
  readonly waterLevel: number;
  private readonly seed: number;

  constructor(readonly spec: TerrainSpec) {
    this.radius = spec.radius ?? 12;
    this.waterLevel = spec.waterLevel ?? Number.NEGATIVE_INFINITY;
    this.seed = Rng.from(spec.seed).seed;
  }

  /** Ground height at (x, z), the same function the mesh is sampled from. */
  heightAt(x: number, z: number): number {
    const noise = this.spec.noise ?? { amp: 0.25, scale: 0.18 };
    // non-negative undulation, so no stray puddles appear below the water level
    let h = (fbm(x * noise.scale, z * noise.scale, this.seed, 3) * 0.5 + 0.5) * noise.amp;
    const features = this.spec.features ?? [];
    for (const [i, f] of features.entries()) {
      if (f.kind === 'channel') continue;
      // a terrace without a height levels the slope at the height its centre had
      const level =
        (f.kind === 'flat' || f.kind === 'pad') && f.y === undefined ? this.levelOf(i) : undefined;
      h = applyFeature(f, x, z, h, level);
    }
    const r = Math.hypot(x, z);
    // the rim settles to y = 0 so every diorama meets its plinth at the same level
    h *= 1 - smoothstep(this.radius - 1.6, this.radius - 0.05, r);
    // rivers are carved after the taper so they can run out through the plinth edge
    for (const f of features) if (f.kind === 'channel') h = applyFeature(f, x, z, h);
    return h;
  }

  private readonly levels = new Map<number, number>();

  /** Height at feature `index`'s centre from the features before it (for auto-levelled terraces). */
  private levelOf(index: number): number {
    const cached = this.levels.get(index);
    if (cached !== undefined) return cached;
    const f = this.spec.features?.[index];
    if (!f || f.kind === 'ridge' || f.kind === 'channel') return 0;
    const noise = this.spec.noise ?? { amp: 0.25, scale: 0.18 };
    let h = (fbm(f.x * noise.scale, f.z * noise.scale, this.seed, 3) * 0.5 + 0.5) * noise.amp;
    for (const [i, g] of (this.spec.features ?? []).entries()) {
      if (i >= index) break;
      if (g.kind !== 'channel')
        h = applyFeature(
          g,
          f.x,
          f.z,
          h,
          (g.kind === 'flat' || g.kind === 'pad') && g.y === undefined ? this.levelOf(i) : undefined,
        );
    }
    this.levels.set(index, h);
    return h;
  }

  /** Lowest ground under a small footprint, so things sit on slopes without floating. */
  groundAt(x: number, z: number, r = 0.3): number {
    let y = this.heightAt(x, z);
    for (let k = 0; k < 6; k++) {
      const a = (k / 6) * Math.PI * 2;
      y = Math.min(y, this.heightAt(x + Math.cos(a) * r, z + Math.sin(a) * r));
    }
    return y;
  }

  /** Builds ground, water and plinth into the scene. */
  build(scene: SceneBuilder): void {
    const R = this.radius;
    const N = this.spec.rings ?? 22;
    const rng = new Rng(this.seed).fork('mesh');
    const rings: Vec3[][] = [];
    const ringAngles: number[][] = [];
    for (let i = 0; i <= N; i++) {
      const count = i === 0 ? 1 : 6 * i;
      const phase = i === 0 ? 0 : ((i % 2) * Math.PI) / count;
      const pts: Vec3[] = [];
      const angs: number[] = [];
      for (let k = 0; k < count; k++) {
        let a = phase + (k / count) * Math.PI * 2;
        let r = (i / N) * R;
        if (i > 0 && i < N) {
          // jitter breaks the lattice into irregular low-poly facets
          a += rng.jitter((0.22 * Math.PI * 2) / count);
          r += rng.jitter((0.22 * R) / N) * (i === N - 1 ? 0.5 : 1);
        }
        const x = r * Math.cos(a);
        const z = -r * Math.sin(a);
        pts.push([x, this.heightAt(x, z), z]);
        angs.push(i === 0 ? 0 : phase + (k / count) * Math.PI * 2);
      }
      rings.push(pts);
      ringAngles.push(angs);
    }
    const ground = scene.pen('Terrain', 'ground');
    const water = scene.pen('Water', 'water');
    const paintRng = new Rng(this.seed).fork('paint');
    const face = (a: Vec3, b: Vec3, c: Vec3): void => {
      ground.tri(a, b, c, this.groundColor(a, b, c, paintRng));
      const wl = this.waterLevel;
      if (Math.min(a[1], b[1], c[1]) < wl - 0.002) {
        const depth = wl - (a[1] + b[1] + c[1]) / 3;
        const tones = this.spec.water ?? { deep: PALETTE.river, shallow: PALETTE.riverLight };
        const col = vary(paintRng, mix(tones.shallow, tones.deep, clamp(depth / 0.5, 0, 1)), 0.04);
        water.tri([a[0], wl, a[2]], [b[0], wl, b[2]], [c[0], wl, c[2]], col);
      }
    };
    for (let i = 1; i <= N; i++) {
      const inner = rings[i - 1] as Vec3[];
      const outer = rings[i] as Vec3[];
      const ia = ringAngles[i - 1] as number[];
      const oa = ringAngles[i] as number[];
      const nI = inner.length;
      const nO = outer.length;
      let p = 0;
      let q = 0;
      const angle = (arr: number[], n: number, idx: number): number =>
        n === 1 ? idx * Math.PI * 2 : (arr[idx % n] as number) + Math.floor(idx / n) * Math.PI * 2;
      const base = (oa[0] as number) - 1e-6;
      // align the inner walk so it starts just before the outer ring's first vertex
      let p0 = 0;
      if (nI > 1) {
        while (angle(ia, nI, p0 + 1) <= base) p0++;
        while (angle(ia, nI, p0) > base) p0--;
      }
      p = p0;
      while (p - p0 < nI || q < nO) {
        const nextInner = nI === 1 ? Number.POSITIVE_INFINITY : angle(ia, nI, p + 1);
        const nextOuter = angle(oa, nO, q + 1);
        const A = inner[((p % nI) + nI) % nI] as Vec3;
        const B = outer[q % nO] as Vec3;
        if ((q < nO && nextOuter <= nextInner) || p - p0 >= nI) {
          face(A, B, outer[(q + 1) % nO] as Vec3);
          q++;
        } else {
          face(A, B, inner[(((p + 1) % nI) + nI) % nI] as Vec3);
          p++;
        }
      }
    }
    this.buildPlinth(scene, rings[N] as Vec3[], paintRng);
  }

  private groundColor(a: Vec3, b: Vec3, c: Vec3, rng: Rng): Rgb {
    const x = (a[0] + b[0] + c[0]) / 3;
    const y = (a[1] + b[1] + c[1]) / 3;
    const z = (a[2] + b[2] + c[2]) / 3;
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const uz = b[2] - a[2];
    const vx = c[0] - a[0];
    const vy = c[1] - a[1];
    const vz = c[2] - a[2];
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    const slope = 1 - Math.abs(ny) / (Math.hypot(nx, ny, nz) || 1);
    const n = fbm(x * 0.35, z * 0.35, this.seed + 7, 3);
    const sample: GroundSample = { x, z, y, slope, n, rng };
    const custom = this.spec.paint?.(sample);
    if (custom) return vary(rng, custom, 0.05);
    return vary(rng, this.defaultGround(sample), 0.06);
  }

  private defaultGround(s: GroundSample): Rgb {
    const wl = this.waterLevel;
    if (s.y < wl + 0.02) return mix(PALETTE.soil, PALETTE.earthDark, 0.5);
    if (s.y < wl + 0.08) return mix(PALETTE.grassDry, PALETTE.soil, 0.5);
    const grass = this.spec.grass ?? PALETTE.grass;
    let c = mix(grass, s.n > 0 ? PALETTE.foliageLight : PALETTE.grassDry, Math.abs(s.n) * 0.6);
    if (s.slope > 0.45) c = mix(c, PALETTE.soil, smoothstep(0.45, 0.75, s.slope));
    return c;
  }

  private buildPlinth(scene: SceneBuilder, rim: Vec3[], rng: Rng): void {
    const pen = scene.pen('Plinth', 'plinth');
    const n = rim.length;
    const bands: { to: number; color: Rgb }[] = [
      { to: -0.4, color: PALETTE.soil },
      { to: PLINTH_BOTTOM, color: PALETTE.earth },
    ];
    for (let k = 0; k < n; k++) {
      const a = rim[k] as Vec3;
      const b = rim[(k + 1) % n] as Vec3;
      const wl = this.waterLevel;
      let topA = a[1];
      let topB = b[1];
      if (Math.max(topA, topB) < wl) {
        // where a river meets the rim, show the water's cut face above the river bed
        pen.quad(
          [a[0], topA, a[2]],
          [b[0], topB, b[2]],
          [b[0], wl, b[2]],
          [a[0], wl, a[2]],
          shade(PALETTE.river, 0.8),
        );
      }
      topA = Math.min(topA, 0);
      topB = Math.min(topB, 0);
      let prevA = topA;
      let prevB = topB;
      for (const band of bands) {
        const wob = (band.to === PLINTH_BOTTOM ? 0 : 0.06) * Math.sin(k * 0.7);
        const yA = Math.min(band.to + wob, prevA - 0.01);
        const yB = Math.min(band.to + wob, prevB - 0.01);
        pen.quad(
          [a[0], yA, a[2]],
          [b[0], yB, b[2]],
          [b[0], prevB, b[2]],
          [a[0], prevA, a[2]],
          vary(rng, band.color, 0.04),
        );
        prevA = yA;
        prevB = yB;
      }
      if (a[1] > 0 || b[1] > 0)
        pen.quad(
          [a[0], topA, a[2]],
          [b[0], topB, b[2]],
          [b[0], b[1], b[2]],
          [a[0], a[1], a[2]],
          PALETTE.soil,
        );
    }
    const bottom: Vec3[] = [];
    for (let k = n - 1; k >= 0; k--) {
      const p = rim[k] as Vec3;
      bottom.push([p[0], PLINTH_BOTTOM, p[2]]);
    }
    pen.poly(bottom, PALETTE.earthDark);
  }
}

function applyFeature(f: TerrainFeature, x: number, z: number, h: number, level?: number): number {
  switch (f.kind) {
    case 'hill': {
      const dz = (z - f.z) * (f.r / (f.rz ?? f.r));
      const d = Math.hypot(x - f.x, dz) / f.r;
      if (d >= 1) return h;
      const p = f.shape === 'peak' ? (1 - d) ** 1.7 : (Math.cos(d * Math.PI) + 1) / 2;
      return h + f.h * p;
    }
    case 'ridge': {
      const { d } = polylineDistance([x, z], f.path);
      if (d >= f.r) return h;
      return h + (f.h * (Math.cos((d / f.r) * Math.PI) + 1)) / 2;
    }
    case 'flat': {
      const d = Math.hypot(x - f.x, z - f.z);
      const w = 1 - smoothstep(f.r, f.r + (f.blend ?? 1.5), d);
      return h + ((f.y ?? level ?? h) - h) * w;
    }
    case 'pad': {
      const rot = f.rot ?? 0;
      const c = Math.cos(rot);
      const s = Math.sin(rot);
      const lx = (x - f.x) * c - (z - f.z) * s;
      const lz = (x - f.x) * s + (z - f.z) * c;
      const dx = Math.max(0, Math.abs(lx) - f.w / 2);
      const dz = Math.max(0, Math.abs(lz) - f.d / 2);
      const w = 1 - smoothstep(0, f.blend ?? 1.5, Math.hypot(dx, dz));
      return h + ((f.y ?? level ?? h) - h) * w;
    }
    case 'channel': {
      const { d } = polylineDistance([x, z], f.path);
      const w = 1 - smoothstep(f.width / 2, f.width / 2 + (f.bank ?? 1), d);
      return w > 0 ? Math.min(h, h + (f.y - h) * w) : h;
    }
  }
}
