import type { Business } from '../content/businessSchema';
import { normalizeForSearch } from '../content/search';

/**
 * Businesses whose id is close to an unknown one: shared parts ("LS", "LT") and the same number
 * ignoring leading zeros ("ls-lt-12" → "LS-LT-012"). Best first, at most `limit`.
 */
export function similarBusinesses(id: string, businesses: readonly Business[], limit = 4): Business[] {
  const wanted = normalizeForSearch(id.replace(/[-_.]/g, ' '));
  const words = wanted.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const digits = wanted.replace(/\D/g, '').replace(/^0+/, '');
  const scored: { b: Business; score: number }[] = [];
  for (const b of businesses) {
    const key = normalizeForSearch(b.id.replace(/[-_.]/g, ' '));
    let score = 0;
    for (const w of words) if (key.split(' ').includes(w)) score += 2;
    if (digits && key.replace(/\D/g, '').replace(/^0+/, '') === digits) score += 3;
    if (score > 0) scored.push({ b, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || (a.b.id < b.b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.b);
}
