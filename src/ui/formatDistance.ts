import type { Lang } from '../content/schema';
import { HTML_LANG } from '../i18n/langs';

// One formatter per language and unit: building an Intl.NumberFormat costs far more than using one.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, unit: 'meter' | 'kilometer'): Intl.NumberFormat {
  const key = `${lang} ${unit}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = lang === 'vi' ? 'vi-VN' : HTML_LANG[lang];
    f = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      maximumFractionDigits: unit === 'meter' ? 0 : 1,
    });
    formatters.set(key, f);
  }
  return f;
}

/** "150 m", "2 km", "13 km" in the visitor's number format. */
export function formatDistance(metres: number, lang: Lang): string {
  return metres < 1000
    ? formatter(lang, 'meter').format(metres)
    : formatter(lang, 'kilometer').format(metres / 1000);
}
