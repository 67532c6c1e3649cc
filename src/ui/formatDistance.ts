import type { Lang } from '../content/schema';
import { HTML_LANG } from '../i18n/langs';

/** "150 m", "2 km", "13 km" in the visitor's number format. */
export function formatDistance(metres: number, lang: Lang): string {
  const locale = lang === 'vi' ? 'vi-VN' : HTML_LANG[lang];
  if (metres < 1000) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(
      metres,
    );
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(
    metres / 1000,
  );
}
