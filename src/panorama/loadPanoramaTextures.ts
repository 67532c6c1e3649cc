import { SRGBColorSpace, Texture } from 'three';
import { planTextures, type TexturePlan } from './texturePlan';

/**
 * Fetches an equirectangular image, decodes it off the main thread and returns GPU-ready textures
 * that respect the device's MAX_TEXTURE_SIZE: one texture, two halves, or a downscaled copy.
 */
export async function loadPanoramaTextures(
  url: string,
  maxTextureSize: number,
  signal: AbortSignal,
): Promise<{ textures: Texture[]; plan: TexturePlan }> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const blob = await res.blob();
  // flipY here because three cannot flip an ImageBitmap at upload.
  const opts: ImageBitmapOptions = { imageOrientation: 'flipY' };
  const whole = await createImageBitmap(blob, opts);
  const plan = planTextures(whole.width, whole.height, maxTextureSize);
  let bitmaps: ImageBitmap[];
  if (plan.kind === 'single') bitmaps = [whole];
  else {
    const { width, height } = whole;
    whole.close();
    bitmaps =
      plan.kind === 'halves'
        ? await Promise.all([
            createImageBitmap(blob, 0, 0, plan.width, height, opts),
            createImageBitmap(blob, width - plan.width, 0, plan.width, height, opts),
          ])
        : [
            await createImageBitmap(blob, {
              ...opts,
              resizeWidth: plan.width,
              resizeHeight: plan.height,
              resizeQuality: 'high',
            }),
          ];
  }
  if (signal.aborted) {
    for (const b of bitmaps) b.close();
    throw new DOMException('aborted', 'AbortError');
  }
  const textures = bitmaps.map((b) => {
    const t = new Texture(b);
    t.flipY = false;
    t.colorSpace = SRGBColorSpace;
    t.needsUpdate = true;
    return t;
  });
  return { textures, plan };
}
