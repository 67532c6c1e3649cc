/**
 * The content's closed lists as plain arrays, without zod: the app shell and the map import these, so the
 * validator (zod, ~25 KB gzip) stays in the lazy chunks that parse content (schema.ts builds its enums
 * from these).
 */

/** The app's three languages; URL prefixes and content keys. */
export const LANGS = ['vi', 'en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = [
  'cave',
  'pagoda-temple',
  'mountain-nature',
  'citadel',
  'historic-relic',
  'valley-village',
  'border-gate',
  'market',
  'museum',
] as const;

export const HERITAGE_STATUSES = [
  'special-national-relic',
  'national-relic',
  'provincial-relic',
  'recognised-relic',
  'geopark',
  'none',
] as const;

/** Registry categories; the URL and filter keys. */
export const BUSINESS_CATEGORIES = [
  'lodging',
  'food',
  'travel-agency',
  'transport',
  'shopping',
  'experience',
] as const;
