/**
 * npm run qr:signs: print-ready QR signs for every site, SVG and PDF, A5 and A6.
 *
 *   npm run qr:signs -- --base-url https://visit.example.org [--lang vi] [--out signs] [--sizes A5,A6]
 *                       [--sites dong-tam-thanh,mau-son] [--no-pdf]
 *
 * The base URL is where the app is published (also XL3D_BASE_URL); the default is the local dev server.
 * Writes <out>/<lang>/<size>/<site-id>.svg and .pdf, and <out>/<lang>/<size>/all-signs.pdf (one page each).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser';
import {
  DEFAULT_BASE_URL,
  LANGS,
  type Lang,
  normalizeBaseUrl,
  readSites,
  renderSignSvg,
  SIZES,
  type SizeName,
  signFontRules,
  signUrl,
} from './signs';

export interface BuildOptions {
  baseUrl: string;
  lang: Lang;
  out: string;
  sizes: SizeName[];
  sites?: string[];
  pdf: boolean;
}

export interface BuiltSign {
  siteId: string;
  size: SizeName;
  svg: string;
  pdf?: string;
}

/** Writes the SVGs (and PDFs, rendered by headless Chromium at the exact paper size). */
export async function buildSigns(o: BuildOptions): Promise<BuiltSign[]> {
  const baseUrl = normalizeBaseUrl(o.baseUrl);
  let sites = readSites();
  if (o.sites?.length) {
    const unknown = o.sites.filter((id) => !sites.some((s) => s.id === id));
    if (unknown.length) throw new Error(`unknown site id: ${unknown.join(', ')}`);
    sites = sites.filter((s) => o.sites?.includes(s.id));
  }
  const built: BuiltSign[] = [];
  const browser = o.pdf
    ? await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
    : null;
  try {
    const page = browser ? await browser.newPage() : null;
    page?.setDefaultTimeout(180_000);
    for (const size of o.sizes) {
      const dir = join(o.out, o.lang, size);
      mkdirSync(dir, { recursive: true });
      const { width, height } = SIZES[size];
      const signs = sites.map((site) => {
        const svg = renderSignSvg({ site, size, lang: o.lang, baseUrl });
        const svgPath = join(dir, `${site.id}.svg`);
        writeFileSync(svgPath, svg);
        const sign: BuiltSign = { siteId: site.id, size, svg: svgPath };
        built.push(sign);
        return { site, sign };
      });
      if (!page) continue;
      // One print page per size: every sign inline, each font subset once; a PDF per sign is a page range.
      const fonts = new Set(
        signs.flatMap(({ site }) => signFontRules(site, signUrl(baseUrl, o.lang, site.id))),
      );
      const inline = signs.map(({ site }) =>
        renderSignSvg({ site, size, lang: o.lang, baseUrl, embedFonts: false }),
      );
      const htmlPath = join(mkdtempSync(join(tmpdir(), 'xl3d-signs-')), 'print.html');
      writeFileSync(htmlPath, printHtml(inline, [...fonts].join('\n'), width, height));
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      for (const [i, { site, sign }] of signs.entries()) {
        sign.pdf = join(dir, `${site.id}.pdf`);
        writeFileSync(sign.pdf, await pdf(page, width, height, `${i + 1}`));
      }
      if (signs.length > 1) writeFileSync(join(dir, 'all-signs.pdf'), await pdf(page, width, height));
      rmSync(dirname(htmlPath), { recursive: true, force: true });
    }
  } finally {
    await browser?.close();
  }
  return built;
}

function printHtml(svgs: string[], fontCss: string, width: number, height: number): string {
  const pages = svgs.map((s) => `<div class="page">${s.replace(/^<\?xml[^>]*>\s*/, '')}</div>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${fontCss}
@page { size: ${width}mm ${height}mm; margin: 0; }
html, body { margin: 0; padding: 0; }
.page { width: ${width}mm; height: ${height}mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.page svg { display: block; width: ${width}mm; height: ${height}mm; }
</style></head><body>${pages}</body></html>`;
}

function pdf(
  page: import('@playwright/test').Page,
  width: number,
  height: number,
  pageRanges?: string,
): Promise<Buffer> {
  return page.pdf({
    ...(pageRanges ? { pageRanges } : {}),
    width: `${width}mm`,
    height: `${height}mm`,
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    preferCSSPageSize: true,
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      lang: { type: 'string', default: 'vi' },
      out: { type: 'string', default: 'signs' },
      sizes: { type: 'string', default: 'A5,A6' },
      sites: { type: 'string' },
      'no-pdf': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'npm run qr:signs -- [--base-url URL] [--lang vi|en|zh] [--out signs] [--sizes A5,A6] [--sites id,id] [--no-pdf]',
    );
    return;
  }
  const lang = values.lang as Lang;
  if (!LANGS.includes(lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
  const sizes = (values.sizes ?? '').split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
  const badSize = sizes.find((s) => !(s in SIZES));
  if (badSize) throw new Error(`--sizes: unknown size ${badSize} (A5, A6)`);
  const fromEnv = process.env.XL3D_BASE_URL;
  const baseUrl = values['base-url'] ?? fromEnv ?? DEFAULT_BASE_URL;
  if (!values['base-url'] && !fromEnv) {
    console.warn(
      `qr:signs: no --base-url or XL3D_BASE_URL: the codes point to ${DEFAULT_BASE_URL} (for trying out only)`,
    );
  }
  const t0 = Date.now();
  const built = await buildSigns({
    baseUrl,
    lang,
    out: values.out ?? 'signs',
    sizes,
    sites: values.sites?.split(',').map((s) => s.trim()),
    pdf: !values['no-pdf'],
  });
  const sites = new Set(built.map((b) => b.siteId)).size;
  console.log(
    `qr:signs: ${sites} sites × ${sizes.join('/')} → ${built.length} SVG${built[0]?.pdf ? ' + PDF' : ''} in ${join(values.out ?? 'signs', lang)} ` +
      `(codes open ${normalizeBaseUrl(baseUrl)}/${lang}/sites/<id>?from=qr; ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(`qr:signs: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
