import type { Category, Lang, Localized, Location, Media, Site } from './schema';

/** What the map and the list need of every site; the full site loads with its page. */
export interface SiteSummary {
  id: string;
  tier: Site['tier'];
  category: Category;
  name: Localized;
  summary: Localized;
  area: Localized;
  location: Location;
  /** The model's poster (public/ path), for cards. */
  poster?: string | undefined;
}

// Named-export globs let the bundler keep only these fields of each site file in the first chunk.
const pick = {
  id: import.meta.glob<string>('/content/sites/*.json', { eager: true, import: 'id' }),
  tier: import.meta.glob<Site['tier']>('/content/sites/*.json', { eager: true, import: 'tier' }),
  category: import.meta.glob<Category>('/content/sites/*.json', { eager: true, import: 'category' }),
  name: import.meta.glob<Localized>('/content/sites/*.json', { eager: true, import: 'name' }),
  summary: import.meta.glob<Localized>('/content/sites/*.json', { eager: true, import: 'summary' }),
  area: import.meta.glob<Localized>('/content/sites/*.json', { eager: true, import: 'area' }),
  location: import.meta.glob<Location>('/content/sites/*.json', { eager: true, import: 'location' }),
  media: import.meta.glob<Media[]>('/content/sites/*.json', { eager: true, import: 'media' }),
};

// The full files load as text (`?raw`): a module of its own per site, so the eager picks above stay the
// only part of a site file in the first chunk (a `.json` import shared with them would pull it all in).
const fullSites = import.meta.glob<string>('/content/sites/*.json', { query: '?raw', import: 'default' });

function build(): SiteSummary[] {
  const out: SiteSummary[] = [];
  for (const path of Object.keys(pick.id).sort()) {
    const [id, tier, category, name, summary, area, location] = [
      pick.id[path],
      pick.tier[path],
      pick.category[path],
      pick.name[path],
      pick.summary[path],
      pick.area[path],
      pick.location[path],
    ];
    // A file that lacks a field is skipped here; content:check reports it.
    if (!id || !tier || !category || !name || !summary || !area || !location) continue;
    const poster = pick.media[path]?.find((m) => m.kind === 'model')?.poster;
    out.push({ id, tier, category, name, summary, area, location, poster });
  }
  return out;
}

export const SITES: readonly SiteSummary[] = build();
const byId = new Map(SITES.map((s) => [s.id, s]));

export function getSiteSummary(id: string): SiteSummary | undefined {
  return byId.get(id);
}

/** Flagship sites first, then by name in the visitor's language. */
export function sortSites(sites: readonly SiteSummary[], lang: Lang): SiteSummary[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans' : lang);
  return [...sites].sort(
    (a, b) =>
      (a.tier === b.tier ? 0 : a.tier === 'flagship' ? -1 : 1) ||
      collator.compare(a.name[lang], b.name[lang]),
  );
}

/** The raw JSON of one site, loaded on demand (its own chunk); undefined for an unknown id. */
export async function loadSiteJson(id: string): Promise<unknown> {
  const loader = fullSites[`/content/sites/${id}.json`];
  return loader ? JSON.parse(await loader()) : undefined;
}
