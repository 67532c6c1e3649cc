import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSigns } from './build';
import { matrixFromSvg, normalizeBaseUrl, readSites, signUrl } from './signs';

/** Rasterises a module matrix (4-module quiet zone, `scale` px per module) and decodes it with jsQR. */
function decode(matrix: boolean[][], scale = 4): string | null {
  const n = matrix.length + 8;
  const px = n * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [y, row] of matrix.entries()) {
    for (const [x, dark] of row.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * px + (x + 4) * scale + dx) * 4;
          rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
        }
    }
  }
  return jsQR(rgba, px, px)?.data ?? null;
}

describe('QR signs', () => {
  const out = mkdtempSync(join(tmpdir(), 'xl3d-signs-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds the URL of the site page in the sign language, marked as coming from a sign', () => {
    expect(signUrl('https://visit.example.org/', 'vi', 'mau-son')).toBe(
      'https://visit.example.org/vi/sites/mau-son?from=qr',
    );
    expect(signUrl('https://example.org/app//', 'zh', 'x')).toBe(
      'https://example.org/app/zh/sites/x?from=qr',
    );
    expect(() => normalizeBaseUrl('visit.example.org')).toThrow();
    expect(() => normalizeBaseUrl('ftp://example.org')).toThrow();
  });

  it('writes an A5 and an A6 sign for every site whose code decodes to its page', async () => {
    const base = 'https://signs.example.test/xl3d';
    const built = await buildSigns({ baseUrl: base, lang: 'en', out, sizes: ['A5', 'A6'], pdf: false });
    const sites = readSites();
    expect(built).toHaveLength(sites.length * 2);
    for (const site of sites) {
      for (const size of ['A5', 'A6'] as const) {
        const svg = readFileSync(join(out, 'en', size, `${site.id}.svg`), 'utf8');
        const url = `${base}/en/sites/${site.id}?from=qr`;
        expect(decode(matrixFromSvg(svg)), `${site.id} ${size}`).toBe(url);
        // The three names and the paper size are on the sign.
        for (const name of Object.values(site.name)) {
          expect(svg).toContain(name.replace(/&/g, '&amp;').replace(/'/g, "'"));
        }
        expect(svg).toContain(
          size === 'A5' ? 'width="148mm" height="210mm"' : 'width="105mm" height="148mm"',
        );
      }
    }
  });
});
