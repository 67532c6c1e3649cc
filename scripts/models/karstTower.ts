import { mix, type Rgb, shade, vary } from './color';
import { fbm, hash2 } from './noise';
import { PALETTE } from './palette';
import { Rng } from './rng';
import type { SceneBuilder } from './sceneBuilder';
import { blob } from './solids';
import type { Terrain } from './terrain';
import { clamp, cross, normalize, smoothstep, sub, type Vec3 } from './vec';

/** A recess in the tower wall: a cave mouth or niche (arched opening pushed into the rock). */
export interface CaveMouth {
  /** Direction the mouth faces, degrees: 0 = +Z (front), 90 = +X. */
  az: number;
  /** World height of the mouth floor. */
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface KarstTowerSpec {
  name: string;
  x: number;
  z: number;
  height: number;
  radius: number;
  seed: string;
  /** Base height; defaults to a little below the lowest ground under the footprint. */
  baseY?: number;
  /** Cross-section scale along local X and Z (elongated ridges). */
  stretch?: [number, number];
  /** Turn of the stretched cross-section, degrees. */
  rotY?: number;
  /** Horizontal offset of the summit relative to the base. */
  lean?: [number, number];
  shape?: 'tower' | 'peak' | 'dome';
  segments?: number;
  rings?: number;
  caves?: CaveMouth[];
  /** How much of the upper rock is covered by vegetation, 0..1. */
  greenery?: number;
  /** Strength of the irregular bulges, relative to the radius. */
  roughness?: number;
  /** Number of shrub clumps on ledges and the crown. */
  shrubs?: number;
  /** Keep the crown free of shrubs (something stands on the summit). */
  clearCrown?: boolean;
  /** Bare patches painted on the rock (e.g. the reddish Demon-Face cliff). */
  patches?: { az: number; y: number; width: number; height: number; color: Rgb }[];
}

const TAU = Math.PI * 2;
const wrapPi = (a: number): number => {
  let v = (a + Math.PI) % TAU;
  if (v < 0) v += TAU;
  return v - Math.PI;
};

/** A limestone karst tower (or ridge, when stretched): the signature landform of Lạng Sơn. */
export class KarstTower {
  readonly baseY: number;
  readonly topY: number;
  private readonly seed: number;
  private readonly sx: number;
  private readonly sz: number;
  private readonly cos: number;
  private readonly sin: number;

  constructor(
    readonly spec: KarstTowerSpec,
    terrain: Terrain,
  ) {
    this.seed = Rng.from(spec.seed).seed;
    this.sx = spec.stretch?.[0] ?? 1;
    this.sz = spec.stretch?.[1] ?? 1;
    const rot = ((spec.rotY ?? 0) * Math.PI) / 180;
    this.cos = Math.cos(rot);
    this.sin = Math.sin(rot);
    let low = terrain.heightAt(spec.x, spec.z);
    const reach = spec.radius * Math.max(this.sx, this.sz);
    for (let k = 0; k < 12; k++) {
      const a = (k / 12) * TAU;
      low = Math.min(low, terrain.heightAt(spec.x + Math.cos(a) * reach, spec.z + Math.sin(a) * reach));
    }
    this.baseY = spec.baseY ?? low - 0.4;
    this.topY = this.baseY + spec.height;
  }

  /** Profile radius (before noise) at height fraction t. */
  private profile(t: number): number {
    const R = this.spec.radius;
    switch (this.spec.shape ?? 'tower') {
      case 'peak':
        return R * (1 - t) ** 0.85 * (1 + 0.15 * Math.sin(t * Math.PI));
      case 'dome':
        return R * Math.sqrt(Math.max(0, 1 - t ** 2.2));
      default: {
        const foot = t < 0.1 ? 0.18 * (1 - t / 0.1) ** 2 : 0;
        const notch = -0.05 * Math.exp(-(((t - 0.16) / 0.05) ** 2));
        const body = 1 - 0.12 * t + foot + notch;
        const capStart = 0.74;
        if (t < capStart) return R * body;
        const c = (t - capStart) / (1 - capStart);
        // a small flat crown rather than a needle point, so the summit fan stays tiny
        return R * body * Math.max(0.22, Math.sqrt(Math.max(0, 1 - c ** 1.6)));
      }
    }
  }

  /** Radius of the rock surface towards `az` (degrees) at world height y, caves included. */
  radiusAt(az: number, y: number): number {
    const t = clamp((y - this.baseY) / this.spec.height, 0, 1);
    const phi = (az * Math.PI) / 180;
    const rough = this.spec.roughness ?? 0.18;
    const n =
      fbm(Math.sin(phi) * 1.4 + 11, Math.cos(phi) * 1.4 + t * this.spec.height * 0.22, this.seed, 3) * rough +
      Math.sin(phi * 9 + fbm(t * 3, phi, this.seed + 3, 2) * 3) * 0.035 * (1 - t);
    let r = this.profile(t) * (1 + n);
    for (const cave of this.spec.caves ?? []) r -= cave.depth * this.caveMask(cave, phi, y, r);
    return Math.max(0, r);
  }

  /** 0..1: how far inside the arched opening of `cave` the point (phi, y) lies. */
  private caveMask(cave: CaveMouth, phi: number, y: number, r: number): number {
    const dphi = wrapPi(phi - (cave.az * Math.PI) / 180);
    const u = (dphi * Math.max(r, 0.5)) / (cave.width / 2);
    const v = (y - cave.y) / cave.height;
    if (v < -0.2 || v > 1.2 || Math.abs(u) > 1.3) return 0;
    const q = v < 0.5 ? Math.abs(u) : Math.hypot(u, (v - 0.5) / 0.5);
    return (1 - smoothstep(0.72, 1.0, q)) * smoothstep(-0.06, 0.04, v);
  }

  /** World point on the rock surface towards `az` at height y, pushed out by `offset`. */
  surfacePoint(az: number, y: number, offset = 0): Vec3 {
    return this.toWorld((az * Math.PI) / 180, y, this.radiusAt(az, y) + offset);
  }

  /** True near a cave mouth, where the rock must match surfacePoint exactly. */
  private nearCave(az: number, y: number): boolean {
    return (this.spec.caves ?? []).some(
      (c) =>
        Math.abs(wrapPi(((az - c.az) * Math.PI) / 180)) * this.spec.radius < c.width * 0.9 + 1 &&
        y > c.y - 1 &&
        y < c.y + c.height + 1,
    );
  }

  /** Surface point plus the yaw (radians) that turns local +Z to face out of the rock there. */
  surfaceFrame(az: number, y: number, offset = 0): { point: Vec3; yaw: number } {
    const a = this.surfacePoint(az - 4, y);
    const b = this.surfacePoint(az + 4, y);
    const tx = b[0] - a[0];
    const tz = b[2] - a[2];
    // outward normal: the tangent (which runs counter-clockwise seen from above) turned a quarter outwards
    const nx = -tz;
    const nz = tx;
    const yaw = Math.atan2(nx, nz);
    const p = this.surfacePoint(az, y);
    const l = Math.hypot(nx, nz) || 1;
    return { point: [p[0] + (nx / l) * offset, p[1], p[2] + (nz / l) * offset], yaw };
  }

  /** Points climbing round the rock from (az0, y0) to (az1, y1), `offset` out from the surface. */
  trailPoints(az0: number, y0: number, az1: number, y1: number, n: number, offset = 0.1): Vec3[] {
    const out: Vec3[] = [];
    for (let i = 0; i <= n; i++) {
      const t = i / n;
      out.push(this.surfacePoint(az0 + (az1 - az0) * t, y0 + (y1 - y0) * t, offset));
    }
    return out;
  }

  /** Summit point (top centre). */
  get summit(): Vec3 {
    return this.toWorld(0, this.topY, 0);
  }

  /** How far the base reaches from its centre (for keeping other things clear of it). */
  get footprint(): number {
    return this.spec.radius * Math.max(this.sx, this.sz) * 1.2;
  }

  private toWorld(phi: number, y: number, r: number): Vec3 {
    const t = clamp((y - this.baseY) / this.spec.height, 0, 1);
    const local = this.localDir(phi, r);
    const lean = this.spec.lean ?? [0, 0];
    const lt = t * t;
    return [this.spec.x + local[0] + lean[0] * lt, y, this.spec.z + local[1] + lean[1] * lt];
  }

  /** Offset in XZ for direction phi (world azimuth) at radius r, honouring stretch and rotation. */
  private localDir(phi: number, r: number): [number, number] {
    // rotate the world direction into the tower frame, stretch there, rotate back
    const wx = Math.sin(phi);
    const wz = Math.cos(phi);
    const fx = wx * this.cos - wz * this.sin;
    const fz = wx * this.sin + wz * this.cos;
    const sx = fx * this.sx * r;
    const sz = fz * this.sz * r;
    return [sx * this.cos + sz * this.sin, -sx * this.sin + sz * this.cos];
  }

  build(scene: SceneBuilder): void {
    const spec = this.spec;
    const segs = spec.segments ?? Math.max(20, Math.min(34, Math.round(spec.radius * 10)));
    const ringCount = spec.rings ?? Math.max(9, Math.min(13, Math.round(spec.height * 1.5)));
    const heights = new Set<number>();
    for (let i = 0; i <= ringCount; i++) {
      const t = i / ringCount;
      // rings bunch up near the crown where the profile turns
      heights.add(this.baseY + spec.height * (1 - (1 - t) ** 1.35));
    }
    for (const c of spec.caves ?? []) {
      for (const f of [0, 0.3, 0.6, 0.85, 1.0]) heights.add(c.y + c.height * f);
      heights.add(c.y - 0.12);
    }
    const ys = [...heights].filter((y) => y >= this.baseY && y <= this.topY).sort((a, b) => a - b);
    const azs: number[] = [];
    for (let k = 0; k < segs; k++) azs.push((k / segs) * 360);
    for (const c of spec.caves ?? []) {
      // extra columns across each opening so the arch reads cleanly
      const r = this.profile(clamp((c.y + c.height * 0.5 - this.baseY) / spec.height, 0, 1));
      const half = ((c.width / 2) * 1.15 * 180) / (Math.PI * Math.max(r, 0.5));
      for (let k = -3; k <= 3; k++) azs.push((c.az + (half * k) / 3 + 360) % 360);
    }
    const uniq = [...new Set(azs.map((a) => Math.round(a * 1000) / 1000))].sort((a, b) => a - b);
    const R = spec.radius;
    const grid: Vec3[][] = ys.map((y, i) =>
      uniq.map((az, k) => {
        if (i === ys.length - 1) return this.summitPoint();
        const p = this.surfacePoint(az, y);
        if (i === 0 || this.nearCave(az, y)) return p;
        // vertex jitter breaks the lathe's regularity into craggy facets
        const jx = (hash2(i, k, this.seed) - 0.5) * 0.12 * R;
        const jz = (hash2(i, k, this.seed + 1) - 0.5) * 0.12 * R;
        const dy = ((ys[i + 1] ?? y) - (ys[i - 1] ?? y)) * 0.25;
        const jy = (hash2(i, k, this.seed + 2) - 0.5) * dy;
        return [p[0] + jx, p[1] + jy, p[2] + jz];
      }),
    );
    const pen = scene.pen(spec.name, 'rock');
    const rng = new Rng(this.seed).fork('paint');
    const green = spec.greenery ?? 0.6;
    for (let i = 0; i + 1 < ys.length; i++) {
      const row = grid[i] as Vec3[];
      const up = grid[i + 1] as Vec3[];
      for (let k = 0; k < uniq.length; k++) {
        const a = row[k] as Vec3;
        const b = row[(k + 1) % uniq.length] as Vec3;
        const c = up[(k + 1) % uniq.length] as Vec3;
        const d = up[k] as Vec3;
        const azMid =
          ((uniq[k] as number) +
            ((uniq[(k + 1) % uniq.length] as number) + (k + 1 === uniq.length ? 360 : 0))) /
          2;
        const yMid = ((ys[i] as number) + (ys[i + 1] as number)) / 2;
        let inCave = 0;
        for (const cave of spec.caves ?? []) {
          const r0 = this.profile(clamp((yMid - this.baseY) / spec.height, 0, 1));
          const m = this.caveMask(cave, (azMid * Math.PI) / 180, yMid, r0);
          // a bare-rock margin around each opening keeps the mouth readable
          const near = this.caveMask(
            { ...cave, y: cave.y - 0.6, width: cave.width * 1.5, height: cave.height + 1.0 },
            (azMid * Math.PI) / 180,
            yMid,
            r0,
          );
          inCave = Math.max(inCave, m > 0.45 ? m : near > 0.2 ? 0.1 : 0);
        }
        const n = normalize(cross(sub(c, a), sub(d, b)));
        const col = this.rockColor(n, azMid, yMid, inCave, green, rng);
        pen.tri(a, b, c, col);
        pen.tri(a, c, d, col);
      }
    }
    this.buildShrubs(scene, rng.fork('shrubs'), green);
  }

  /** Top ring collapses to a slightly irregular crown point. */
  private summitPoint(): Vec3 {
    return this.toWorld(0, this.topY, 0);
  }

  private rockColor(n: Vec3, az: number, y: number, inCave: number, green: number, rng: Rng): Rgb {
    if (inCave > 0.45) {
      const deep = smoothstep(0.45, 0.95, inCave);
      return vary(rng, mix(PALETTE.limestoneDark, PALETTE.caveShadow, deep), 0.06);
    }
    const t = (y - this.baseY) / this.spec.height;
    const streak = fbm((az / 360) * 36, t * 2, this.seed + 17, 2);
    let rock = mix(
      PALETTE.limestone,
      streak > 0 ? PALETTE.limestoneLight : PALETTE.limestoneDark,
      Math.min(1, Math.abs(streak) * 1.6),
    );
    // weathering darkens the foot and the overhangs
    if (t < 0.12) rock = shade(rock, 0.82 + t * 1.4);
    if (n[1] < -0.1) rock = shade(rock, 0.82);
    if (inCave > 0.05) return vary(rng, rock, 0.04);
    for (const p of this.spec.patches ?? []) {
      const m = this.caveMask({ ...p, depth: 0 }, (az * Math.PI) / 180, y, this.profile(t));
      if (m > 0.3) return vary(rng, p.color, 0.06);
    }
    const phi = (az * Math.PI) / 180;
    const patch = fbm(Math.sin(phi) * 2.2 + 5, Math.cos(phi) * 2.2 + t * 3.2, this.seed + 29, 3);
    if (n[1] > 0.8 && green > 0.3) return vary(rng, PALETTE.forest, 0.06);
    const greenScore = n[1] * 1.1 + patch * 1.3 + (green - 0.5) * 1.4 + (t - 0.5) * 0.6;
    if (greenScore > 0.5) {
      const g = fbm(Math.sin(phi) * 6, t * 8, this.seed + 41, 2);
      return vary(rng, g > 0.15 ? PALETTE.foliage : g < -0.2 ? PALETTE.karst : PALETTE.forest, 0.07);
    }
    return vary(rng, rock, 0.04);
  }

  private buildShrubs(scene: SceneBuilder, rng: Rng, green: number): void {
    const count = this.spec.shrubs ?? Math.round(6 + green * 10);
    if (count <= 0) return;
    const pen = scene.pen(this.spec.name, 'foliage');
    for (let i = 0; i < count; i++) {
      const az = rng.range(0, 360);
      const crown = i < count * 0.4 && !this.spec.clearCrown;
      const t = crown ? rng.range(0.86, 0.99) : rng.range(0.25, 0.85);
      const y = this.baseY + t * this.spec.height;
      if (
        (this.spec.caves ?? []).some(
          (c) =>
            Math.abs(wrapPi(((az - c.az) * Math.PI) / 180)) < 0.6 && y > c.y - 1 && y < c.y + c.height + 1,
        )
      )
        continue;
      const p = this.surfacePoint(az, y, -0.05);
      const s = (t > 0.86 ? rng.range(0.6, 1.0) : rng.range(0.35, 0.7)) * Math.min(1.4, this.spec.radius / 3);
      blob(pen, p, [s, s * 0.7, s], rng, (nn, r) =>
        vary(r, nn[1] > 0.3 ? PALETTE.foliage : PALETTE.karst, 0.1),
      );
    }
  }
}
