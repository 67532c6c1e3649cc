/**
 * Noto Sans SC (~100 unicode-range files per weight, ~32 KB gzip of CSS each) loads only where Chinese is
 * shown: a zh page, kiosk/fair screens (all three languages), the map's Chinese labels. Two weights:
 * 400, and 700 (CSS asking for 500 gets 400, for 600 gets 700, by the browser's font matching).
 * Elsewhere the few Chinese characters (the language switcher's 中文) use the system's CJK font.
 */
let pending: Promise<void> | null = null;

export function loadChineseFonts(): Promise<void> {
  pending ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]).then(
    () => undefined,
    () => {
      pending = null;
    },
  );
  return pending;
}
