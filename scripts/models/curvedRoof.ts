import { type Rgb, shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { Rng } from './rng';
import { beam, blob, frustum } from './solids';
import { lerp, type Vec3 } from './vec';
import { Xform } from './xform';

export interface RoofSpec {
  /** Wall-plate size the roof covers (x = width, z = depth) and the eave height. */
  width: number;
  depth: number;
  y: number;
  /** Ridge height above the eaves. */
  rise: number;
  overhang?: number;
  /** How far the four corners curl up (the "đao" of Vietnamese roofs); 0 for plain houses. */
  upturn?: number;
  flare?: number;
  /** Ridge length as a fraction of the width. */
  ridgeRatio?: number;
  /** Concavity of the slopes, as a fraction of the rise. */
  sag?: number;
  thickness?: number;
  tile?: Rgb;
  ridge?: Rgb;
  under?: Rgb;
  ornaments?: boolean;
  finial?: 'pearl' | 'lotus' | 'none';
  segments?: number;
}

/** Hipped roof with concave slopes and upturned eave corners (Vietnamese temple style when upturn > 0). */
export function curvedRoof(pen: Pen, spec: RoofSpec): void {
  const oh = spec.overhang ?? 0.45;
  const Lh = spec.width / 2 + oh;
  const Dh = spec.depth / 2 + oh;
  const Rh = Math.min(((spec.ridgeRatio ?? 0.55) * spec.width) / 2, Lh - 0.1);
  const y = spec.y;
  const rise = spec.rise;
  const up = spec.upturn ?? 0.35;
  const f = spec.flare ?? 0.06;
  const sag = (spec.sag ?? 0.1) * rise;
  const th = spec.thickness ?? 0.1;
  const n = spec.segments ?? 6;
  const m = Math.max(2, Math.round((n * Dh) / Lh));
  const tile = spec.tile ?? PALETTE.terracotta;
  const under = spec.under ?? PALETTE.woodDark;
  const ridgeCol = spec.ridge ?? shade(tile, 0.75);
  const k = 3;
  const lift = (u: number): number => Math.abs(u) ** k;
  const eaveF = (u: number): Vec3 => [u * Lh * (1 + f * lift(u)), y + up * lift(u), Dh * (1 + f * lift(u))];
  const eaveS = (w: number): Vec3 => [Lh * (1 + f * lift(w)), y + up * lift(w), w * Dh * (1 + f * lift(w))];
  const ridge = (u: number): Vec3 => [u * Rh, y + rise, 0];
  const mid = (e: Vec3, r: Vec3): Vec3 => {
    const p = lerp(e, r, 0.5);
    return [p[0], p[1] - sag, p[2]];
  };
  const down = (p: Vec3): Vec3 => [p[0], p[1] - th, p[2]];
  const stripe = (i: number): Rgb => (i % 2 === 0 ? tile : shade(tile, 0.9));

  const slope = (p: Pen): void => {
    for (let i = 0; i < n; i++) {
      const u0 = -1 + (2 * i) / n;
      const u1 = -1 + (2 * (i + 1)) / n;
      const e0 = eaveF(u0);
      const e1 = eaveF(u1);
      const r0 = ridge(u0);
      const r1 = ridge(u1);
      const m0 = mid(e0, r0);
      const m1 = mid(e1, r1);
      p.quad(e0, e1, m1, m0, stripe(i));
      p.quad(m0, m1, r1, r0, stripe(i));
      p.quad(down(m0), down(r0), down(r1), down(m1), under);
      p.quad(down(e0), down(m0), down(m1), down(e1), under);
      p.quad(down(e0), down(e1), e1, e0, shade(tile, 0.7));
    }
  };
  const hip = (p: Pen): void => {
    const apex = ridge(1);
    for (let j = 0; j < m; j++) {
      const w0 = 1 - (2 * j) / m;
      const w1 = 1 - (2 * (j + 1)) / m;
      const e0 = eaveS(w0);
      const e1 = eaveS(w1);
      const m0 = mid(e0, apex);
      const m1 = mid(e1, apex);
      p.quad(e0, e1, m1, m0, stripe(j));
      p.tri(m0, m1, apex, stripe(j));
      p.tri(down(m0), down(apex), down(m1), under);
      p.quad(down(e0), down(m0), down(m1), down(e1), under);
      p.quad(down(e0), down(e1), e1, e0, shade(tile, 0.7));
    }
  };
  const mirrorZ = pen.with(Xform.scale(1, 1, -1));
  const mirrorX = pen.with(Xform.scale(-1, 1, 1));
  slope(pen);
  slope(mirrorZ);
  hip(pen);
  hip(mirrorX);

  const rw = Math.max(0.12, rise * 0.12);
  beam(
    pen,
    [-Rh - 0.05, y + rise + rw * 0.3, 0],
    [Rh + 0.05, y + rise + rw * 0.3, 0],
    rw,
    rw * 1.3,
    ridgeCol,
  );
  if (spec.ornaments !== false && up > 0) {
    // hip ridges end in curled-up tips at each corner
    for (const sx of [1, -1]) {
      for (const sz of [1, -1]) {
        const e = eaveF(sx);
        const corner: Vec3 = [e[0], e[1], e[2] * sz];
        const r: Vec3 = [Rh * sx, y + rise, 0];
        const mm = mid(corner, r);
        beam(
          pen,
          [corner[0], corner[1] + rw * 0.3, corner[2]],
          [mm[0], mm[1] + rw * 0.3, mm[2]],
          rw * 0.8,
          rw,
          ridgeCol,
          { caps: false },
        );
        beam(pen, [mm[0], mm[1] + rw * 0.3, mm[2]], [r[0], r[1] + rw * 0.3, r[2]], rw * 0.8, rw, ridgeCol, {
          caps: false,
        });
        const tipLen = 0.22 + up * 0.5;
        beam(
          pen,
          [corner[0], corner[1] + rw * 0.2, corner[2]],
          [corner[0] + sx * tipLen * 0.55, corner[1] + tipLen, corner[2] + sz * tipLen * 0.55],
          rw * 0.7,
          rw * 0.7,
          ridgeCol,
        );
      }
      beam(
        pen,
        [sx * Rh, y + rise + rw * 0.4, 0],
        [sx * (Rh + 0.18), y + rise + 0.28 + up * 0.4, 0],
        rw,
        rw,
        ridgeCol,
      );
    }
  }
  const top = y + rise + rw * 1.0;
  if (spec.finial === 'pearl') {
    blob(pen, [0, top + 0.16, 0], [0.16, 0.16, 0.16], new Rng(7), PALETTE.gold, { roughness: 0 });
  } else if (spec.finial === 'lotus') {
    const lotus = pen.at(0, top, 0);
    frustum(lotus, 0.12, 0.22, 0, 0.14, 8, PALETTE.gold);
    frustum(lotus, 0.22, 0.02, 0.14, 0.5, 8, PALETTE.gold);
  }
}
