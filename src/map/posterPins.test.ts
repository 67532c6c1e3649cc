import { describe, expect, it } from 'vitest';
import { FRAME_ASPECT, frameFraction } from './posterFrame';
import { posterPins } from './posterPins';
import { PROVINCE_BOUNDS } from './provinceBounds';
import type { MapSite } from './siteFeatures';

const site = (id: string, lng: number, lat: number): MapSite => ({
  id,
  category: 'mountain-nature',
  name: { vi: id, en: id, zh: id },
  lng,
  lat,
  approximate: false,
});

describe('frameFraction', () => {
  it('puts the province box corners at 0 and 1', () => {
    const [[w, s], [e, n]] = PROVINCE_BOUNDS;
    expect(frameFraction(w, n).x).toBeCloseTo(0, 9);
    expect(frameFraction(w, n).y).toBeCloseTo(0, 9);
    expect(frameFraction(e, s).x).toBeCloseTo(1, 9);
    expect(frameFraction(e, s).y).toBeCloseTo(1, 9);
  });

  it('is Web Mercator: the middle latitude sits below the middle of the frame', () => {
    const [[, s], [, n]] = PROVINCE_BOUNDS;
    // Mercator stretches the north more than the south, so the mean latitude is south of the frame's middle.
    expect(frameFraction(106.7, (s + n) / 2).y).toBeGreaterThan(0.5);
    expect(FRAME_ASPECT).toBeGreaterThan(0.9);
    expect(FRAME_ASPECT).toBeLessThan(1.2);
  });
});

describe('posterPins', () => {
  const city = [site('a', 106.76, 21.85), site('b', 106.765, 21.852), site('c', 106.77, 21.848)];
  const far = site('far', 106.3, 22.3);

  it('groups sites that would overlap on a small frame and keeps far ones apart', () => {
    const pins = posterPins([...city, far], { width: 340, height: 330 });
    expect(pins).toHaveLength(2);
    expect(pins[0]?.sites.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(pins[1]?.sites.map((s) => s.id)).toEqual(['far']);
  });

  it('never leaves two pins whose square targets overlap', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      site(`s${i}`, 106.1 + (i % 6) * 0.21, 21.35 + Math.floor(i / 6) * 0.22),
    );
    const frame = { width: 340, height: 330 };
    const pins = posterPins(many, frame, 40);
    expect(pins.reduce((n, p) => n + p.sites.length, 0)).toBe(30);
    for (const a of pins)
      for (const b of pins)
        if (a !== b)
          expect(Math.hypot((a.x - b.x) * frame.width, (a.y - b.y) * frame.height)).toBeGreaterThan(20);
  });

  it('separates the same sites on a large frame', () => {
    const pins = posterPins(city, { width: 30000, height: 29000 });
    expect(pins).toHaveLength(3);
  });
});
