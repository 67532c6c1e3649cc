import type { TFunction } from 'i18next';
import type { Lang } from '../content/schema';
import { HTML_LANG } from '../i18n/langs';

/** Languages Intl does not name (Tày, Nùng) are named by the UI strings. */
export const LOCAL_LANGUAGE_CODES = ['tyz', 'nut'] as const;

const cache = new Map<Lang, Intl.DisplayNames | null>();

/** "en" → "English" / "Tiếng Anh" / "英语"; unknown codes stay as the code in capitals. */
export function languageName(code: string, lang: Lang, t: TFunction): string {
  if ((LOCAL_LANGUAGE_CODES as readonly string[]).includes(code)) return t(`businesses.languageName.${code}`);
  if (!cache.has(lang)) {
    try {
      cache.set(lang, new Intl.DisplayNames([HTML_LANG[lang]], { type: 'language', fallback: 'none' }));
    } catch {
      cache.set(lang, null);
    }
  }
  const name = cache.get(lang)?.of(code);
  if (!name) return code.toUpperCase();
  // Intl gives "tiếng Việt" lower-case in some ICU versions; chips and lists start with a capital.
  return name.charAt(0).toLocaleUpperCase(HTML_LANG[lang]) + name.slice(1);
}
