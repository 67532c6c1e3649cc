import type { Localized } from './schema';

/** Lowercase, without diacritics (đ → d too), single-spaced: "Động Tam Thanh" → "dong tam thanh". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

export interface Searchable {
  id: string;
  name: Localized;
  summary: Localized;
  area?: Localized;
}

/** Chinese has no spaces: a query token matches anywhere in the text, in any of the three languages. */
function score(item: Searchable, tokens: string[]): number {
  const names = [item.name.vi, item.name.en, item.name.zh, item.id].map(normalizeForSearch).join(' | ');
  const rest = [
    item.summary.vi,
    item.summary.en,
    item.summary.zh,
    item.area?.vi ?? '',
    item.area?.en ?? '',
    item.area?.zh ?? '',
  ]
    .map(normalizeForSearch)
    .join(' | ');
  // The whole phrase in a name ("tam thanh" in "Động Tam Thanh") beats scattered words.
  let total = names.includes(tokens.join(' ')) ? 50 : 0;
  for (const token of tokens) {
    if (names.includes(token)) total += 10;
    else if (rest.includes(token)) total += 1;
    else return 0;
  }
  return total;
}

/** Items matching every word of the query in any language, ignoring case and diacritics; best first. */
export function searchSites<T extends Searchable>(items: readonly T[], query: string): T[] {
  const tokens = normalizeForSearch(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return [...items];
  return items
    .map((item, i) => ({ item, i, s: score(item, tokens) }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((r) => r.item);
}
