import type { Lang, Localized } from './schema';

/** The text in the visitor's language (content:check guarantees all three exist). */
export function loc(text: Localized, lang: Lang): string {
  return text[lang];
}
