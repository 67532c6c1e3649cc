/**
 * Print-ready QR signs for the sites (A5 and A6, SVG; build.ts also prints them to PDF).
 * Each sign: the site's name in Vietnamese, English and Chinese, a QR code of the site's page in the
 * sign's language (`<base>/<lang>/sites/<id>?from=qr`), the printed URL and a one-line instruction in
 * the three languages. Fonts are embedded (only the subsets the sign's text needs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import QRCode from 'qrcode';

export type Lang = 'vi' | 'en' | 'zh';
export const LANGS: Lang[] = ['vi', 'en', 'zh'];

/** Paper sizes, millimetres (ISO 216, portrait). */
export const SIZES = { A5: { width: 148, height: 210 }, A6: { width: 105, height: 148 } } as const;
export type SizeName = keyof typeof SIZES;

/** The default base URL: the local dev server. Pass the public address with --base-url or XL3D_BASE_URL. */
export const DEFAULT_BASE_URL = 'http://localhost:5173';

export interface SignSite {
  id: string;
  name: Record<Lang, string>;
}

/** The one-line instruction, each in its own language. */
export const INSTRUCTION: Record<Lang, string> = {
  vi: 'Quét mã để xem địa điểm này trên điện thoại: 3D, thuyết minh, thông tin tham quan',
  en: 'Scan to explore this place on your phone: 3D, audio guide, visitor information',
  zh: '扫码在手机上浏览此地：三维模型、语音导览、参观信息',
};

export function readSites(dir = 'content/sites'): SignSite[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const site = JSON.parse(readFileSync(join(dir, f), 'utf8')) as SignSite;
      return { id: site.id, name: site.name };
    });
}

/** `https://host/app/` → `https://host/app`; rejects anything that is not an absolute http(s) URL. */
export function normalizeBaseUrl(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`base URL must be http(s): ${base}`);
  if (url.search || url.hash) throw new Error(`base URL must have no query or fragment: ${base}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The page a sign's QR code opens: the site in the sign's language, marked as coming from a sign. */
export function signUrl(base: string, lang: Lang, siteId: string): string {
  return `${normalizeBaseUrl(base)}/${lang}/sites/${encodeURIComponent(siteId)}?from=qr`;
}

/** The QR module matrix (true = dark), error correction Q (a sign gets dirty and scratched). */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  return Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => modules.get(r, c) === 1),
  );
}

/** SVG path of the dark modules in module units, one rectangle per horizontal run. */
export function qrPath(matrix: boolean[][]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run - 1;
    }
  });
  return parts.join('');
}

/** Reads the module matrix back from a sign's SVG (what the test decodes). */
export function matrixFromSvg(svg: string): boolean[][] {
  const g = svg.match(/<g id="qr"[^>]*data-modules="(\d+)"[^>]*>\s*<path d="([^"]*)"/);
  if (!g) throw new Error('no QR code in this SVG');
  const n = Number(g[1]);
  const matrix = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const m of (g[2] ?? '').matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < run; i++) (matrix[y] as boolean[])[x + i] = true;
  }
  return matrix;
}

// ---------- fonts: embed the @fontsource woff2 subsets that cover the sign's text ----------

interface FontFace {
  family: string;
  weight: number;
  file: string;
  ranges: [number, number][];
}

const faceCache = new Map<string, FontFace[]>();
const fontData = new Map<string, string>();

function fontFaces(pkg: string, weight: number): FontFace[] {
  const key = `${pkg}/${weight}`;
  const cached = faceCache.get(key);
  if (cached) return cached;
  const cssPath = join('node_modules/@fontsource', pkg, `${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => {
    const family = body.match(/font-family:\s*'([^']+)'/)?.[1] ?? pkg;
    const file = join(dirname(cssPath), body.match(/url\(([^)]+\.woff2)\)/)?.[1] ?? '');
    const ranges = (body.match(/unicode-range:\s*([^;]+);/)?.[1] ?? 'U+0-10FFFF').split(',').map((r) => {
      const [a = '0', b] = r.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)] as [number, number];
    });
    return { family, weight, file, ranges };
  });
  faceCache.set(key, faces);
  return faces;
}

/** @font-face rules with data: URLs for the subsets of `pkg` at `weight` that `text` uses. */
export function embeddedFontCss(pkg: string, weight: number, text: string): string[] {
  const codes = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))].filter((c) => c > 32);
  return fontFaces(pkg, weight)
    .filter((f) => codes.some((c) => f.ranges.some(([a, b]) => c >= a && c <= b)))
    .map((f) => {
      let data = fontData.get(f.file);
      if (!data) {
        data = readFileSync(f.file).toString('base64');
        fontData.set(f.file, data);
      }
      const range = f.ranges.map(([a, b]) =>
        a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`,
      );
      return `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range.join(',')}}`;
    });
}

/** The @font-face rules a sign needs (one rule per font subset file, identical across signs). */
export function signFontRules(site: SignSite, url: string): string[] {
  const latinText = [site.name.vi, site.name.en, INSTRUCTION.vi, INSTRUCTION.en, url, 'Xứ Lạng 3D'].join(' ');
  return [
    ...embeddedFontCss('be-vietnam-pro', 700, `${site.name.vi} Xứ Lạng 3D`),
    ...embeddedFontCss('be-vietnam-pro', 400, latinText),
    ...embeddedFontCss('noto-sans-sc', 700, site.name.zh),
    ...embeddedFontCss('noto-sans-sc', 400, INSTRUCTION.zh),
  ];
}

// ---------- layout ----------

const INK = '#1E1E1E';
const GREEN = '#1F4E3D';
const PAPER = '#F4F1EA';
const BLUE = '#1C6E8C';
const GOLD = '#D9A441';
const LATIN = "'Be Vietnam Pro', 'Noto Sans SC', sans-serif";
const CJK = "'Noto Sans SC', 'Be Vietnam Pro', sans-serif";

/** Approximate advance of a text in ems (Be Vietnam Pro is wide; CJK glyphs are one em). */
export function textEms(text: string, bold: boolean): number {
  let ems = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) ems += 1;
    else if (ch === ' ') ems += 0.28;
    else if (/[A-ZĐÂÊÔƠƯĂ]/.test(ch)) ems += 0.7;
    else if (/[il.,:;'’|!()\-–]/.test(ch)) ems += 0.3;
    else ems += 0.56;
  }
  return ems * (bold ? 1.06 : 1);
}

/** Splits a long name into two balanced lines at a space (or a dash). */
function twoLines(text: string): [string, string] {
  const words = text.split(' ');
  let best: [string, string] = [text, ''];
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const diff = Math.abs(a.length - b.length);
    if (diff < bestDiff) {
      best = [a, b];
      bestDiff = diff;
    }
  }
  return best;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface TextLine {
  text: string;
  size: number;
  bold: boolean;
  family: string;
  fill: string;
  lang: string;
}

/** One line, shrunk from `size` down to fit `width` (never below `min`); two lines when still too long. */
function fitLines(text: string, width: number, size: number, min: number, bold: boolean): TextLine[] {
  const fitSize = (t: string) => Math.min(size, width / textEms(t, bold));
  const one = fitSize(text);
  if (one >= min) return [{ text, size: one, bold, family: LATIN, fill: INK, lang: '' }];
  const [a, b] = twoLines(text);
  const s = Math.max(Math.min(fitSize(a), fitSize(b)), min * 0.8);
  return [a, b].map((t) => ({ text: t, size: s, bold, family: LATIN, fill: INK, lang: '' }));
}

export interface SignOptions {
  site: SignSite;
  size: SizeName;
  /** The language the QR code opens (the phone may switch to its own, see src/app/qrLanding.ts). */
  lang: Lang;
  baseUrl: string;
  /** false: the fonts come from the page the SVG is inlined in (the PDF print page). */
  embedFonts?: boolean;
}

/** The sign as a standalone SVG document sized in millimetres. */
export function renderSignSvg({ site, size, lang, baseUrl, embedFonts = true }: SignOptions): string {
  const { width: W, height: H } = SIZES[size];
  const u = W / 148; // the layout is drawn for A5 and scaled (A-sizes share one aspect ratio)
  const margin = 12 * u;
  const inner = W - 2 * margin;
  const url = signUrl(baseUrl, lang, site.id);
  const matrix = qrMatrix(url);
  const n = matrix.length;

  // Names: Vietnamese (large), English, Chinese.
  const names: TextLine[] = [
    ...fitLines(site.name.vi, inner, 9.5 * u, 6.5 * u, true).map((l) => ({ ...l, lang: 'vi' })),
    ...fitLines(site.name.en, inner, 6.2 * u, 4.6 * u, false).map((l) => ({ ...l, fill: BLUE, lang: 'en' })),
    ...fitLines(site.name.zh, inner, 7 * u, 5 * u, true).map((l) => ({
      ...l,
      family: CJK,
      fill: INK,
      lang: 'zh-Hans',
    })),
  ];
  const instructions: TextLine[] = LANGS.map((l) => ({
    text: INSTRUCTION[l],
    size: Math.min((l === 'zh' ? 3.7 : 4) * u, inner / textEms(INSTRUCTION[l], false)),
    bold: false,
    family: l === 'zh' ? CJK : LATIN,
    fill: INK,
    lang: l === 'zh' ? 'zh-Hans' : l,
  }));

  // Vertical plan: band, names (centred in their area), QR box, URL, instructions.
  const band = 26 * u;
  const qrBox = 86 * u;
  const qrTop = 80 * u;
  const namesGap = (l: TextLine) => l.size * 1.32;
  const namesHeight = names.reduce((s, l) => s + namesGap(l), 0);
  let y = band + (qrTop - band - namesHeight) / 2;
  const nameSvg = names
    .map((l) => {
      y += namesGap(l);
      return `<text x="${W / 2}" y="${(y - l.size * 0.32).toFixed(2)}" font-size="${l.size.toFixed(2)}" font-weight="${l.bold ? 700 : 400}" font-family="${l.family}" fill="${l.fill}" lang="${l.lang}">${esc(l.text)}</text>`;
    })
    .join('\n    ');

  const module = qrBox / (n + 8); // 4-module quiet zone on each side
  const qrX = (W - qrBox) / 2;
  const urlY = qrTop + qrBox + 6 * u;
  let iy = urlY + 5 * u;
  const instrSvg = instructions
    .map((l) => {
      iy += l.size * 1.75;
      return `<text x="${W / 2}" y="${iy.toFixed(2)}" font-size="${l.size.toFixed(2)}" font-family="${l.family}" fill="${l.fill}" lang="${l.lang}">${esc(l.text)}</text>`;
    })
    .join('\n    ');

  const fonts = embedFonts ? signFontRules(site, url).join('\n') : '';

  const mark = 12 * u;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}mm" height="${H}mm" viewBox="0 0 ${W} ${H}" lang="${lang}" data-url="${esc(url)}">
  <title>${esc(`${site.name.vi} — ${site.name.en} — ${site.name.zh}`)}</title>
  <style>
${fonts}
text { text-anchor: middle; }
  </style>
  <rect width="${W}" height="${H}" fill="${PAPER}"/>
  <rect width="${W}" height="${band}" fill="${GREEN}"/>
  <g transform="translate(${margin} ${(band - mark) / 2}) scale(${mark / 64})">
    <rect width="64" height="64" rx="14" fill="${PAPER}"/>
    <path d="M6 50 L20 22 L28 36 L36 16 L58 50 Z" fill="${GREEN}"/>
    <circle cx="46" cy="18" r="5" fill="${GOLD}"/>
  </g>
  <text x="${margin + mark + 4 * u}" y="${band / 2 + 2.4 * u}" font-size="${7 * u}" font-weight="700" font-family="${LATIN}" fill="${PAPER}" style="text-anchor:start">Xứ Lạng 3D</text>
  <g>
    ${nameSvg}
  </g>
  <rect x="${qrX}" y="${qrTop}" width="${qrBox}" height="${qrBox}" rx="${3 * u}" fill="#FFFFFF"/>
  <g id="qr" data-modules="${n}" transform="translate(${(qrX + 4 * module).toFixed(3)} ${(qrTop + 4 * module).toFixed(3)}) scale(${module.toFixed(4)})" shape-rendering="crispEdges">
    <path d="${qrPath(matrix)}" fill="#000000"/>
  </g>
  <text x="${W / 2}" y="${urlY}" font-size="${Math.min(3.2 * u, inner / textEms(url, false))}" font-family="${LATIN}" fill="#555555">${esc(url)}</text>
  <g>
    ${instrSvg}
  </g>
  <rect y="${H - 3 * u}" width="${W}" height="${3 * u}" fill="${GOLD}"/>
</svg>
`;
}
