import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-600-normal.woff2?url';
import vietnamese600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import type { Lang } from '../content/enums';
import { loadChineseFonts } from '../i18n/chineseFonts';

/**
 * Web fonts MapLibre draws labels with (no glyph server: text is rendered locally from these).
 * MapLibre uses the first name as the CSS family and sniffs the weight out of it ("SemiBold" → 600), so
 * "Be Vietnam Pro SemiBold" must exist as a family: `registerLabelFonts` declares it on the same files as
 * the page's Be Vietnam Pro 600 (one download, shared through the HTTP cache).
 */
export const MAP_TEXT_FONT = ['Be Vietnam Pro SemiBold', 'Noto Sans SC', 'sans-serif'];
export const MAP_TEXT_FONT_REGULAR = ['Be Vietnam Pro', 'Noto Sans SC', 'sans-serif'];
export const LOCAL_IDEOGRAPH_FONT = "'Noto Sans SC', sans-serif";
const SEMIBOLD_FAMILY = 'Be Vietnam Pro SemiBold';

/** The @fontsource subsets (their unicode ranges; the order matters where they overlap: last wins). */
const SEMIBOLD_FILES: [url: string, unicodeRange: string][] = [
  [
    vietnamese600,
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  ],
  [
    latinExt600,
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  ],
  [
    latin600,
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  ],
];

let registered = false;
function registerLabelFonts() {
  if (registered || typeof FontFace === 'undefined' || !document.fonts) return;
  registered = true;
  for (const [url, unicodeRange] of SEMIBOLD_FILES)
    document.fonts.add(
      new FontFace(SEMIBOLD_FAMILY, `url(${url}) format('woff2')`, {
        weight: '600',
        display: 'swap',
        unicodeRange,
      }),
    );
}

/**
 * Waits (at most ~2.5 s) for the label fonts so the first labels are not drawn in a fallback font. On
 * vi/en pages the files are the page's own (usually loaded already); on zh, Noto Sans SC's CSS comes first.
 */
export async function loadMapFonts(sample: string, lang?: Lang): Promise<void> {
  registerLabelFonts();
  const wait = (async () => {
    if (lang === 'zh') await loadChineseFonts();
    await Promise.all([
      document.fonts.load(`600 16px "${SEMIBOLD_FAMILY}"`, sample),
      document.fonts.load('400 16px "Be Vietnam Pro"', sample),
      ...(lang === 'zh'
        ? [
            document.fonts.load('600 16px "Noto Sans SC"', sample),
            document.fonts.load('400 16px "Noto Sans SC"', sample),
          ]
        : []),
    ]);
  })().catch(() => undefined);
  await Promise.race([wait, new Promise((r) => setTimeout(r, 2500))]);
}
