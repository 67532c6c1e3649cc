import { describe, expect, it } from 'vitest';
import { planTextures } from './texturePlan';

describe('planTextures', () => {
  it('keeps an image that fits as one texture', () => {
    expect(planTextures(4096, 2048, 4096)).toEqual({ kind: 'single', width: 4096, height: 2048 });
  });
  it('splits an 8192 px image into halves where 4096 px textures are the limit', () => {
    expect(planTextures(8192, 4096, 4096)).toEqual({ kind: 'halves', width: 4096, height: 4096 });
  });
  it('downscales when even a half is too large, keeping the 2:1 proportion', () => {
    expect(planTextures(8192, 4096, 2048)).toEqual({ kind: 'scaled', width: 2048, height: 1024 });
    expect(planTextures(4096, 2048, 2048)).toEqual({ kind: 'halves', width: 2048, height: 2048 });
  });
});
