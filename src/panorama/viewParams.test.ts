import { describe, expect, it } from 'vitest';
import { directionOf, equirectUv, wrapYaw, yawPitchOf } from './panoMath';
import { normalizeView, viewFromParams, viewToParams } from './viewParams';

const fallback = { yaw: 10, pitch: -5, fov: 75 };

describe('view ↔ URL', () => {
  it('round-trips a view through the query string', () => {
    const view = { yaw: -123.4, pitch: 21.5, fov: 48 };
    const url = new URL(`https://x.test/vi/sites/a/360/b?${viewToParams(view)}`);
    expect(viewFromParams(url.searchParams, fallback)).toEqual(view);
  });
  it('keeps other query parameters', () => {
    const params = viewToParams({ yaw: 1, pitch: 2, fov: 60 }, new URLSearchParams('from=qr'));
    expect(params.get('from')).toBe('qr');
    expect(params.get('yaw')).toBe('1');
  });
  it('falls back per value when a parameter is missing or garbage', () => {
    expect(viewFromParams(new URLSearchParams('yaw=abc&pitch=12'), fallback)).toEqual({
      yaw: 10,
      pitch: 12,
      fov: 75,
    });
  });
  it('wraps the yaw and clamps pitch and zoom', () => {
    expect(viewFromParams(new URLSearchParams('yaw=370&pitch=120&fov=5'), fallback)).toEqual({
      yaw: 10,
      pitch: 85,
      fov: 30,
    });
    expect(normalizeView({ yaw: -190, pitch: -100, fov: 200 })).toEqual({ yaw: 170, pitch: -85, fov: 100 });
  });
});

describe('panorama directions', () => {
  it('puts yaw 0 at the image centre looking along −Z and yaw 90 along +X', () => {
    const [x0, y0, z0] = directionOf(0, 0);
    expect([x0, y0, z0].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0, -1]);
    const [x, , z] = directionOf(90, 0);
    expect(x).toBeCloseTo(1);
    expect(z).toBeCloseTo(0);
    expect(equirectUv(0, 0)).toEqual({ u: 0.5, v: 0.5 });
    expect(equirectUv(90, 45)).toEqual({ u: 0.75, v: 0.25 });
  });
  it('inverts directionOf with yawPitchOf', () => {
    for (const [yaw, pitch] of [
      [0, 0],
      [45, 10],
      [-135, -30],
      [179, 60],
    ] as const) {
      const back = yawPitchOf(directionOf(yaw, pitch));
      expect(back.yaw).toBeCloseTo(yaw);
      expect(back.pitch).toBeCloseTo(pitch);
    }
    expect(wrapYaw(180)).toBe(-180);
  });
});
