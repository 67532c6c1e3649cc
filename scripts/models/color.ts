import type { Rng } from './rng';

/** Linear-light RGB, as glTF COLOR_0 and baseColorFactor expect. */
export type Rgb = readonly [number, number, number];

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** Converts a design hex colour (sRGB) to linear RGB. */
export function srgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [toLinear(((n >> 16) & 255) / 255), toLinear(((n >> 8) & 255) / 255), toLinear((n & 255) / 255)];
}

export const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** Brightness multiplier, clamped to the displayable range. */
export const shade = (c: Rgb, f: number): Rgb => [
  Math.min(1, c[0] * f),
  Math.min(1, c[1] * f),
  Math.min(1, c[2] * f),
];

/** Random brightness variation so neighbouring facets read as separate planes. */
export const vary = (rng: Rng, c: Rgb, amount: number): Rgb => shade(c, 1 + (rng.next() * 2 - 1) * amount);
