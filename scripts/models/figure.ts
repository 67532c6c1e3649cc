import { type Rgb, shade } from './color';
import { PALETTE } from './palette';
import type { Pen } from './pen';
import { Rng } from './rng';
import { beam, blob, box, frustum } from './solids';
import type { Vec3 } from './vec';

/** Stylised human figure carved in stone (statues, reliefs); `pose` picks the silhouette. */
export function figure(
  pen: Pen,
  spec: { height: number; color: Rgb; pose: 'standing' | 'seated' | 'mother-child' },
): Vec3 {
  const h = spec.height;
  const c = spec.color;
  const rng = new Rng(31);
  if (spec.pose === 'seated') {
    frustum(pen, h * 0.32, h * 0.3, 0, h * 0.22, 8, shade(c, 0.9));
    frustum(pen.at(0, h * 0.22, 0), h * 0.2, h * 0.13, 0, h * 0.45, 8, c);
    blob(pen, [0, h * 0.8, 0], [h * 0.12, h * 0.14, h * 0.12], rng, c, { roughness: 0.03 });
    return [0, h * 0.5, 0];
  }
  frustum(pen, h * 0.16, h * 0.13, 0, h * 0.1, 7, shade(c, 0.85));
  frustum(pen.at(0, h * 0.1, 0), h * 0.15, h * 0.1, 0, h * 0.62, 7, c);
  blob(pen, [0, h * 0.82, 0], [h * 0.09, h * 0.11, h * 0.09], rng, c, { roughness: 0.03 });
  if (spec.pose === 'mother-child') {
    // the child held on the mother's hip, and the scarf of a woman gazing into the distance
    blob(pen, [h * 0.1, h * 0.58, h * 0.06], [h * 0.08, h * 0.1, h * 0.07], rng, shade(c, 0.95), {
      roughness: 0.05,
    });
    blob(pen, [h * 0.13, h * 0.7, h * 0.06], [h * 0.05, h * 0.05, h * 0.05], rng, shade(c, 0.95), {
      roughness: 0.02,
    });
    beam(pen, [0, h * 0.7, -h * 0.02], [-h * 0.05, h * 0.35, -h * 0.1], h * 0.1, h * 0.04, shade(c, 0.9));
  }
  return [0, h * 0.55, 0];
}

/** Buddha relief in a bodhi-leaf (pointed) frame, carved on a rock face that looks towards +Z. */
export function bodhiRelief(pen: Pen, h: number): Vec3 {
  const w = h * 0.55;
  const n = 12;
  const pts: Vec3[] = [];
  // lower half-ellipse from left to right, then the pointed top
  for (let k = 0; k <= n; k++) {
    const a = Math.PI + (k / n) * Math.PI;
    pts.push([Math.cos(a) * w * 0.5, h * 0.3 + Math.sin(a) * h * 0.3, 0.02]);
  }
  for (let k = 1; k < n; k++) {
    const t = k / n;
    const x = (w / 2) * Math.cos((t * Math.PI) / 2) ** 1.3;
    pts.push([x, h * 0.3 + t * h * 0.7, 0.02]);
  }
  pts.push([0, h, 0.02]);
  for (let k = n - 1; k >= 1; k--) {
    const t = k / n;
    const x = -(w / 2) * Math.cos((t * Math.PI) / 2) ** 1.3;
    pts.push([x, h * 0.3 + t * h * 0.7, 0.02]);
  }
  const centre: Vec3 = [0, h * 0.45, 0.02];
  for (let k = 0; k < pts.length; k++) {
    pen.tri(centre, pts[k] as Vec3, pts[(k + 1) % pts.length] as Vec3, PALETTE.limestoneLight);
  }
  const body = pen.at(0, h * 0.08, 0.02);
  const fig = h * 0.8;
  box(body, [-fig * 0.13, 0, 0], [fig * 0.13, fig * 0.72, 0.08], shade(PALETTE.gold, 0.95));
  box(body, [-fig * 0.17, fig * 0.42, 0], [fig * 0.17, fig * 0.7, 0.07], shade(PALETTE.gold, 0.9));
  blob(body, [0, fig * 0.82, 0.05], [fig * 0.08, fig * 0.1, fig * 0.05], new Rng(5), PALETTE.gold, {
    roughness: 0.02,
  });
  return [0, h * 0.5, 0.05];
}
