import type { Business, BusinessCategory } from '../content/businessSchema';
import type { Lang } from '../content/schema';
import { businessName } from './businessName';
import { matchesFilters, spokenLanguages } from './directoryFilter';

export interface BusinessLayerView {
  /** The businesses the filters let through. */
  shown: Business[];
  /** Every language some business speaks (the filter's choices). */
  languages: string[];
  /** Map points for the shown businesses, named in the visitor's language. */
  points: { id: string; category: BusinessCategory; name: string; lng: number; lat: number }[];
}

/** What the map's business layer shows for the chosen filters; loaded with the layer, not with the map. */
export function businessLayerView(
  businesses: readonly Business[],
  categories: readonly BusinessCategory[],
  languages: readonly string[],
  lang: Lang,
): BusinessLayerView {
  const shown = businesses.filter((b) => matchesFilters(b, categories, languages));
  return {
    shown,
    languages: spokenLanguages(businesses),
    points: shown.map((b) => ({
      id: b.id,
      category: b.category,
      name: businessName(b.name, lang),
      lng: b.location.lng,
      lat: b.location.lat,
    })),
  };
}
