import type { Lang } from '../content/enums';

export { LANGS, type Lang } from '../content/enums';

/** BCP 47 tags for <html lang> and Intl: Chinese text is simplified. */
export const HTML_LANG: Record<Lang, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans' };

/** Each language's own name, shown in the switcher in that language. */
export const LANG_NATIVE_NAME: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English', zh: '中文' };

export function isLang(value: string | undefined): value is Lang {
  return value === 'vi' || value === 'en' || value === 'zh';
}

/** The visitor's preferred language among ours, Vietnamese otherwise. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'vi';
}

/** The path of the current page in another language: /en/sites/x → /zh/sites/x. */
export function switchLangPath(pathname: string, lang: Lang): string {
  return pathname.replace(/^\/[^/]*/, `/${lang}`);
}
