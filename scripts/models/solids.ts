import type { Rgb } from './color';
import type { Pen } from './pen';
import type { Rng } from './rng';
import { add, cross, normalize, scale, sub, type Vec2, type Vec3 } from './vec';

/** Per-face colours of a six-sided solid; any missing face uses `side`. */
export interface FaceColors {
  side: Rgb;
  top?: Rgb;
  bottom?: Rgb | null;
  front?: Rgb;
}

const faceColors = (c: Rgb | FaceColors): FaceColors =>
  Array.isArray(c) ? { side: c as Rgb } : (c as FaceColors);

/**
 * Six-sided solid from 8 corners ordered like an axis box:
 * 0 (x0,y0,z0) 1 (x1,y0,z0) 2 (x1,y1,z0) 3 (x0,y1,z0) 4 (x0,y0,z1) 5 (x1,y0,z1) 6 (x1,y1,z1) 7 (x0,y1,z1).
 */
export function hexahedron(pen: Pen, c: readonly Vec3[], color: Rgb | FaceColors): void {
  const f = faceColors(color);
  const [c0, c1, c2, c3, c4, c5, c6, c7] = c as [Vec3, Vec3, Vec3, Vec3, Vec3, Vec3, Vec3, Vec3];
  pen.quad(c7, c6, c2, c3, f.top ?? f.side);
  if (f.bottom !== null) pen.quad(c0, c1, c5, c4, f.bottom ?? f.side);
  pen.quad(c4, c5, c6, c7, f.front ?? f.side);
  pen.quad(c1, c0, c3, c2, f.side);
  pen.quad(c5, c1, c2, c6, f.side);
  pen.quad(c0, c4, c7, c3, f.side);
}

/** Axis-aligned box between two corners. */
export function box(pen: Pen, min: Vec3, max: Vec3, color: Rgb | FaceColors): void {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  hexahedron(
    pen,
    [
      [x0, y0, z0],
      [x1, y0, z0],
      [x1, y1, z0],
      [x0, y1, z0],
      [x0, y0, z1],
      [x1, y0, z1],
      [x1, y1, z1],
      [x0, y1, z1],
    ],
    color,
  );
}

/** Box centred on (x, z) standing on y0, with size w (x) × h (y) × d (z). */
export function block(
  pen: Pen,
  x: number,
  y0: number,
  z: number,
  w: number,
  h: number,
  d: number,
  color: Rgb | FaceColors,
): void {
  box(pen, [x - w / 2, y0, z - d / 2], [x + w / 2, y0 + h, z + d / 2], color);
}

/** A box of cross-section w × h running from a to b (posts, beams, railings, planks). */
export function beam(
  pen: Pen,
  a: Vec3,
  b: Vec3,
  w: number,
  h: number,
  color: Rgb | FaceColors,
  opts: { caps?: boolean } = {},
): void {
  const dir = normalize(sub(b, a));
  let side = cross([0, 1, 0], dir);
  if (Math.hypot(side[0], side[1], side[2]) < 1e-6) side = [1, 0, 0];
  side = normalize(side);
  const up = cross(dir, side);
  const sx = scale(side, w / 2);
  const uy = scale(up, h / 2);
  const corner = (p: Vec3, s: number, u: number): Vec3 => add(add(p, scale(sx, s)), scale(uy, u));
  const corners: Vec3[] = [
    corner(a, -1, -1),
    corner(a, 1, -1),
    corner(a, 1, 1),
    corner(a, -1, 1),
    corner(b, -1, -1),
    corner(b, 1, -1),
    corner(b, 1, 1),
    corner(b, -1, 1),
  ];
  if (opts.caps !== false) {
    hexahedron(pen, corners, color);
    return;
  }
  // open-ended: only the four long sides (ends hidden where beams meet)
  const f = faceColors(color);
  const [c0, c1, c2, c3, c4, c5, c6, c7] = corners as [Vec3, Vec3, Vec3, Vec3, Vec3, Vec3, Vec3, Vec3];
  pen.quad(c7, c6, c2, c3, f.top ?? f.side);
  pen.quad(c0, c1, c5, c4, f.bottom ?? f.side);
  pen.quad(c5, c1, c2, c6, f.side);
  pen.quad(c0, c4, c7, c3, f.side);
}

/** Surface of revolution from a (radius, y) profile, bottom to top; caps close the ends. */
export function lathe(
  pen: Pen,
  profile: readonly Vec2[],
  segments: number,
  color: Rgb | ((ringIndex: number, segment: number) => Rgb),
  opts: { phase?: number; capBottom?: boolean; capTop?: boolean } = {},
): void {
  const col = typeof color === 'function' ? color : () => color;
  const phase = opts.phase ?? 0;
  const at = (r: number, y: number, k: number): Vec3 => {
    const a = phase + (k / segments) * Math.PI * 2;
    return [r * Math.cos(a), y, -r * Math.sin(a)];
  };
  for (let i = 0; i + 1 < profile.length; i++) {
    const [r0, y0] = profile[i] as Vec2;
    const [r1, y1] = profile[i + 1] as Vec2;
    for (let k = 0; k < segments; k++) {
      pen.quad(at(r0, y0, k), at(r0, y0, k + 1), at(r1, y1, k + 1), at(r1, y1, k), col(i, k));
    }
  }
  const first = profile[0] as Vec2;
  const last = profile[profile.length - 1] as Vec2;
  if (opts.capBottom !== false && first[0] > 0) {
    const pts: Vec3[] = [];
    for (let k = segments; k > 0; k--) pts.push(at(first[0], first[1], k));
    pen.poly(pts, col(-1, 0));
  }
  if (opts.capTop !== false && last[0] > 0) {
    const pts: Vec3[] = [];
    for (let k = 0; k < segments; k++) pts.push(at(last[0], last[1], k));
    pen.poly(pts, col(profile.length, 0));
  }
}

/** Cylinder, cone or frustum standing on y0, centred on the local origin. */
export function frustum(
  pen: Pen,
  r0: number,
  r1: number,
  y0: number,
  y1: number,
  segments: number,
  color: Rgb | FaceColors,
  phase = 0,
): void {
  const f = faceColors(color);
  lathe(
    pen,
    [
      [r0, y0],
      [r1, y1],
    ],
    segments,
    (i) => (i === -1 ? (f.bottom ?? f.side) : i === 2 ? (f.top ?? f.side) : f.side),
    { phase, capBottom: f.bottom !== null },
  );
}

/** Subdivided icosahedron (shared vertices keep it closed) jittered into a rounded lump. */
export function blob(
  pen: Pen,
  center: Vec3,
  radii: Vec3,
  rng: Rng,
  color: Rgb | ((normal: Vec3, rng: Rng) => Rgb),
  opts: { detail?: 0 | 1; roughness?: number; flattenBottom?: number } = {},
): void {
  const t = (1 + Math.sqrt(5)) / 2;
  const verts: Vec3[] = [
    [-1, t, 0],
    [1, t, 0],
    [-1, -t, 0],
    [1, -t, 0],
    [0, -1, t],
    [0, 1, t],
    [0, -1, -t],
    [0, 1, -t],
    [t, 0, -1],
    [t, 0, 1],
    [-t, 0, -1],
    [-t, 0, 1],
  ].map((v) => normalize(v as Vec3));
  let faces: [number, number, number][] = [
    [0, 11, 5],
    [0, 5, 1],
    [0, 1, 7],
    [0, 7, 10],
    [0, 10, 11],
    [1, 5, 9],
    [5, 11, 4],
    [11, 10, 2],
    [10, 7, 6],
    [7, 1, 8],
    [3, 9, 4],
    [3, 4, 2],
    [3, 2, 6],
    [3, 6, 8],
    [3, 8, 9],
    [4, 9, 5],
    [2, 4, 11],
    [6, 2, 10],
    [8, 6, 7],
    [9, 8, 1],
  ];
  if ((opts.detail ?? 0) >= 1) {
    const cache = new Map<string, number>();
    const mid = (a: number, b: number): number => {
      const key = a < b ? `${a}_${b}` : `${b}_${a}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const va = verts[a] as Vec3;
      const vb = verts[b] as Vec3;
      verts.push(normalize([(va[0] + vb[0]) / 2, (va[1] + vb[1]) / 2, (va[2] + vb[2]) / 2]));
      cache.set(key, verts.length - 1);
      return verts.length - 1;
    };
    const next: [number, number, number][] = [];
    for (const [a, b, c] of faces) {
      const ab = mid(a, b);
      const bc = mid(b, c);
      const ca = mid(c, a);
      next.push([a, ab, ca], [b, bc, ab], [c, ca, bc], [ab, bc, ca]);
    }
    faces = next;
  }
  const rough = opts.roughness ?? 0.18;
  const flat = opts.flattenBottom;
  const placed = verts.map((v): Vec3 => {
    const k = 1 + rng.jitter(rough);
    let y = v[1] * radii[1] * k;
    if (flat !== undefined && y < -flat * radii[1]) y = -flat * radii[1];
    return [center[0] + v[0] * radii[0] * k, center[1] + y, center[2] + v[2] * radii[2] * k];
  });
  const col = typeof color === 'function' ? color : () => color;
  for (const [a, b, c] of faces) {
    const pa = placed[a] as Vec3;
    const pb = placed[b] as Vec3;
    const pc = placed[c] as Vec3;
    const n = normalize(cross(sub(pb, pa), sub(pc, pa)));
    pen.tri(pa, pb, pc, col(n, rng));
  }
}
