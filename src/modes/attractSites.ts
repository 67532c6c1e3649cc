import { ITINERARIES } from '../content/itineraries';
import { getSiteSummary, SITES, type SiteSummary } from '../content/siteIndex';

/** What the attract loop shows: the start itinerary's sites, the start site, or every flagship site. */
export function attractSites(start: string | null): SiteSummary[] {
  if (start) {
    const itinerary = ITINERARIES.find((i) => i.id === start);
    if (itinerary) return itinerary.siteIds.flatMap((id) => getSiteSummary(id) ?? []);
    const site = getSiteSummary(start);
    if (site) return [site];
    console.error(
      `[xl3d modes] "start": "${start}" is neither a site nor an itinerary id; showing all flagship sites.`,
    );
  }
  return SITES.filter((s) => s.tier === 'flagship');
}

/** Where the first touch leads, once the language is chosen. */
export function startPath(start: string | null, lang: string): string {
  if (start && getSiteSummary(start)) return `/${lang}/sites/${start}`;
  return `/${lang}`;
}
