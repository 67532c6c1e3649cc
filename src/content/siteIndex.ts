import summaries from 'virtual:site-summaries';
import type { Category, Lang, Localized, Location, Site } from './schema';

/** What the map and the list need of every site; the full site loads with its page. */
export interface SiteSummary {
  id: string;
  tier: Site['tier'];
  category: Category;
  name: Localized;
  summary: Localized;
  area: Localized;
  /** Where it is and how sure that is (the sources and error estimate stay in the full file). */
  location: Pick<Location, 'lat' | 'lng' | 'precision'>;
  /** The model's poster (public/ path), for cards. */
  poster?: string | undefined;
}

// Only these fields, projected at build time (scripts/siteSummaries.ts); a file missing one is left out
// here and reported by content:check.
export const SITES: readonly SiteSummary[] = summaries;

const byId = new Map(SITES.map((s) => [s.id, s]));

export function getSiteSummary(id: string): SiteSummary | undefined {
  return byId.get(id);
}

// One collator per language: building one costs a phone's first render far more than comparing with it.
const collators = new Map<Lang, Intl.Collator>();

/** Flagship sites first, then by name in the visitor's language. */
export function sortSites(sites: readonly SiteSummary[], lang: Lang): SiteSummary[] {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans' : lang);
    collators.set(lang, collator);
  }
  return [...sites].sort(
    (a, b) =>
      (a.tier === b.tier ? 0 : a.tier === 'flagship' ? -1 : 1) ||
      collator.compare(a.name[lang], b.name[lang]),
  );
}
