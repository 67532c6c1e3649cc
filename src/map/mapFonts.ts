/** Web fonts MapLibre draws labels with (no glyph server: text is rendered locally from these). */
export const MAP_TEXT_FONT = ['Be Vietnam Pro SemiBold', 'Noto Sans SC', 'sans-serif'];
export const MAP_TEXT_FONT_REGULAR = ['Be Vietnam Pro', 'Noto Sans SC', 'sans-serif'];
export const LOCAL_IDEOGRAPH_FONT = "'Noto Sans SC', sans-serif";

/** Waits (at most ~2.5 s) for the label fonts so the first labels are not drawn in a fallback font. */
export async function loadMapFonts(sample: string): Promise<void> {
  const wait = Promise.all([
    document.fonts.load('600 16px "Be Vietnam Pro"', sample),
    document.fonts.load('400 16px "Be Vietnam Pro"', sample),
    document.fonts.load('500 16px "Noto Sans SC"', sample),
  ]).catch(() => undefined);
  await Promise.race([wait, new Promise((r) => setTimeout(r, 2500))]);
}
