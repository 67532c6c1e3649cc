import { describe, expect, it } from 'vitest';
import { imageSize } from './imageSize';

function jpegHeader(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment to skip, then SOF0 with the size.
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x06,
    0x4a,
    0x46,
    0x49,
    0x46,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
}

describe('imageSize', () => {
  it('reads a JPEG size past other segments', () => {
    expect(imageSize(jpegHeader(4096, 2048))).toEqual({ width: 4096, height: 2048 });
  });
  it('reads a PNG size', () => {
    const png = new Uint8Array(32);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 1024);
    new DataView(png.buffer).setUint32(20, 512);
    expect(imageSize(png)).toEqual({ width: 1024, height: 512 });
  });
  it('returns undefined for other bytes', () => {
    expect(imageSize(new TextEncoder().encode('not an image at all'))).toBeUndefined();
  });
});
