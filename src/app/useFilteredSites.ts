import { useMemo } from 'react';
import type { Lang } from '../content/schema';
import { searchSites } from '../content/search';
import { SITES, type SiteSummary, sortSites } from '../content/siteIndex';
import { useUiStore } from './uiStore';

/** The sites the list and the map show: category filter, then search ranking (or name order). */
export function useFilteredSites(lang: Lang): SiteSummary[] {
  const query = useUiStore((s) => s.query);
  const categories = useUiStore((s) => s.categories);
  return useMemo(() => {
    const inCategory = categories.length ? SITES.filter((s) => categories.includes(s.category)) : SITES;
    return query.trim() ? searchSites(inCategory, query) : sortSites(inCategory, lang);
  }, [query, categories, lang]);
}
