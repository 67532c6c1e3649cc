/** How an equirectangular image becomes GPU textures on a device whose textures stop at `maxSize` px. */
export type TexturePlan =
  | { kind: 'single'; width: number; height: number }
  /** Left and right halves, each its own texture, each covering 180° of yaw. */
  | { kind: 'halves'; width: number; height: number }
  | { kind: 'scaled'; width: number; height: number };

export function planTextures(width: number, height: number, maxSize: number): TexturePlan {
  if (width <= maxSize && height <= maxSize) return { kind: 'single', width, height };
  const half = Math.ceil(width / 2);
  if (half <= maxSize && height <= maxSize) return { kind: 'halves', width: half, height };
  const scale = Math.min(maxSize / width, maxSize / height);
  return {
    kind: 'scaled',
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
  };
}
