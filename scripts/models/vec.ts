/** Small 3-vector helpers; plain tuples so geometry code stays allocation-light and serialisable. */
export type Vec3 = [number, number, number];
export type Vec2 = [number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 0 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 1, 0];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const lerp2 = (a: Vec2, b: Vec2, t: number): Vec2 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = clamp((x - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
};
export const deg = (d: number): number => (d * Math.PI) / 180;

/** Rounds for JSON output so content files stay short and stable. */
export const round = (v: number, digits = 2): number => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};
export const roundVec = (v: Vec3, digits = 2): Vec3 => [
  round(v[0], digits),
  round(v[1], digits),
  round(v[2], digits),
];

/** Distance from point p to segment ab in the XZ plane, and the parameter t of the closest point. */
export function segmentDistance2(p: Vec2, a: Vec2, b: Vec2): { d: number; t: number } {
  const abx = b[0] - a[0];
  const abz = b[1] - a[1];
  const len2 = abx * abx + abz * abz;
  const t = len2 > 0 ? clamp(((p[0] - a[0]) * abx + (p[1] - a[1]) * abz) / len2, 0, 1) : 0;
  const dx = p[0] - (a[0] + abx * t);
  const dz = p[1] - (a[1] + abz * t);
  return { d: Math.hypot(dx, dz), t };
}

/** Distance from p to a polyline in XZ, with the arc-length position of the closest point. */
export function polylineDistance(p: Vec2, line: readonly Vec2[]): { d: number; s: number } {
  let best = Number.POSITIVE_INFINITY;
  let bestS = 0;
  let acc = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Vec2;
    const b = line[i + 1] as Vec2;
    const seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const { d, t } = segmentDistance2(p, a, b);
    if (d < best) {
      best = d;
      bestS = acc + t * seg;
    }
    acc += seg;
  }
  return { d: best, s: bestS };
}

/** Samples a polyline at even arc-length spacing (always includes both ends). */
export function resamplePolyline(line: readonly Vec2[], spacing: number): Vec2[] {
  const out: Vec2[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Vec2;
    const b = line[i + 1] as Vec2;
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / spacing));
    for (let k = 0; k < n; k++) out.push(lerp2(a, b, k / n));
  }
  const last = line[line.length - 1];
  if (last) out.push([last[0], last[1]]);
  return out;
}
