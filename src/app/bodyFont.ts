/** The body text's face, and text that reaches its Latin, Latin Extended and Vietnamese files. */
export const BODY_FONT = '400 1em "Be Vietnam Pro"';
export const BODY_FONT_SAMPLE = 'aĐư';

/**
 * Resolves once the body font's files are loaded (the head script starts them), or after `capMs`, or at
 * once where the browser has no font loading API. The first render waits for it: text laid out in fallback
 * fonts and then again in the web font doubled the first commit's layout, which was the page's longest task.
 * Never rejects: a font that fails to load leaves the fallback, as before.
 */
export function bodyFontReady(fonts: Pick<FontFaceSet, 'load'> | undefined, capMs: number): Promise<void> {
  if (!fonts) return Promise.resolve();
  return Promise.race([
    fonts.load(BODY_FONT, BODY_FONT_SAMPLE).then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((done) => setTimeout(done, capMs)),
  ]);
}
