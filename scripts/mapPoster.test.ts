import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSTER_PATH, readPosterInput } from './map-poster';
import { mapPosterSvg } from './mapPoster';

describe('the province poster', () => {
  const svg = mapPosterSvg(readPosterInput());

  it('is up to date with the offline map data (npm run map:data writes it)', () => {
    expect(readFileSync(POSTER_PATH, 'utf8')).toBe(svg);
  });

  it('draws the neighbours, the province, the rivers and the border, and stays small', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-?\d+ -?\d+ \d+ \d+"/);
    expect(svg).toContain('fill="#F4F1EA"'); // province
    expect(svg).toContain('stroke="#1C6E8C"'); // rivers
    expect(svg).toContain('stroke="#8B2E3C"'); // border
    for (const d of svg.matchAll(/ d="([^"]*)"/g)) expect(d[1]?.length).toBeGreaterThan(100);
    expect(svg.length).toBeLessThan(80_000);
  });

  it('places the province in the frame that the pins use: its box spans x 0–1000', () => {
    const d = svg.match(/<path id="p" d="([^"]*)"/)?.[1] ?? '';
    const xs = [...d.matchAll(/[ML](-?\d+) (-?\d+)/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(100);
    expect(Math.min(...xs)).toBeLessThanOrEqual(1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(999);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1001);
  });
});
