import type { BusinessName } from '../content/businessSchema';
import type { Lang } from '../content/schema';

/** The name in the visitor's language; the registry's Vietnamese name when there is no translation. */
export function businessName(name: BusinessName, lang: Lang): string {
  return name[lang] ?? name.vi;
}
