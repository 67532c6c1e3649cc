import type { Business, BusinessCategory } from '../content/businessSchema';
import type { Lang } from '../content/schema';
import { normalizeForSearch } from '../content/search';
import { businessName } from './businessName';
import { haversineKm, type LatLng } from './haversineKm';

export interface DirectoryQuery {
  /** Free text: every word must appear in a name (any language), the id, registration or address. */
  text: string;
  /** Any of these categories; empty = all. */
  categories: readonly BusinessCategory[];
  /** Speaks any of these languages; empty = any. */
  languages: readonly string[];
  /** Sort by distance from this point (a site); null = by name in the visitor's language. */
  near: LatLng | null;
}

export interface DirectoryResult {
  business: Business;
  /** Distance from `near`, when sorting by distance. */
  km: number | null;
}

interface Entry {
  business: Business;
  /** Normalised names (vi, en, zh), id and registration number. */
  names: string;
  /** Normalised address. */
  rest: string;
}

/** Search text and name order, computed once per data set (the directory may hold 10,000 entries). */
export interface DirectoryIndex {
  entries: readonly Entry[];
  /** Entries sorted by name in each language, computed on first use. */
  byName: Partial<Record<Lang, readonly Entry[]>>;
}

const COLLATOR_LOCALE: Record<Lang, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans' };

export function buildDirectoryIndex(businesses: readonly Business[]): DirectoryIndex {
  return {
    entries: businesses.map((b) => ({
      business: b,
      names: normalizeForSearch(
        [b.name.vi, b.name.en ?? '', b.name.zh ?? '', b.id, b.registration ?? ''].join(' | '),
      ),
      rest: normalizeForSearch(b.address ?? ''),
    })),
    byName: {},
  };
}

function sortedByName(index: DirectoryIndex, lang: Lang): readonly Entry[] {
  const cached = index.byName[lang];
  if (cached) return cached;
  const collator = new Intl.Collator(COLLATOR_LOCALE[lang], { numeric: true });
  const keyed = index.entries.map((e) => ({ e, key: businessName(e.business.name, lang) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.e.business.id < b.e.business.id ? -1 : 1));
  const sorted = keyed.map((k) => k.e);
  index.byName[lang] = sorted;
  return sorted;
}

/** True when the business is in one of the categories and speaks one of the languages (empty = no limit). */
export function matchesFilters(
  business: Pick<Business, 'category' | 'languages'>,
  categories: readonly BusinessCategory[],
  languages: readonly string[],
): boolean {
  if (categories.length > 0 && !categories.includes(business.category)) return false;
  if (languages.length > 0 && !languages.some((l) => business.languages.includes(l))) return false;
  return true;
}

/**
 * The directory's rows: filtered by categories and languages, searched ignoring case and diacritics,
 * then sorted by distance from `near`, or by name (entries matching in the name before those matching
 * only in the address).
 */
export function queryDirectory(index: DirectoryIndex, query: DirectoryQuery, lang: Lang): DirectoryResult[] {
  const tokens = normalizeForSearch(query.text).split(' ').filter(Boolean);
  const nameHits: Entry[] = [];
  const otherHits: Entry[] = [];
  for (const e of sortedByName(index, lang)) {
    if (!matchesFilters(e.business, query.categories, query.languages)) continue;
    let inNames = true;
    let ok = true;
    for (const t of tokens) {
      if (e.names.includes(t)) continue;
      if (e.rest.includes(t)) inNames = false;
      else {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    (inNames ? nameHits : otherHits).push(e);
  }
  const hits = otherHits.length > 0 ? nameHits.concat(otherHits) : nameHits;
  const { near } = query;
  if (!near) return hits.map((e) => ({ business: e.business, km: null }));
  const ranked = hits.map((e) => ({ business: e.business, km: haversineKm(near, e.business.location) }));
  ranked.sort((a, b) => a.km - b.km || (a.business.id < b.business.id ? -1 : 1));
  return ranked;
}

/** The languages spoken in the data: Vietnamese, English, Chinese first, then by how many businesses speak them. */
export function spokenLanguages(businesses: readonly Pick<Business, 'languages'>[]): string[] {
  const counts = new Map<string, number>();
  for (const b of businesses) for (const l of b.languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  const rank = (l: string) => {
    const i = ['vi', 'en', 'zh'].indexOf(l);
    return i === -1 ? 3 : i;
  };
  return [...counts.keys()].sort(
    (a, b) => rank(a) - rank(b) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1),
  );
}
