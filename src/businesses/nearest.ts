import type { BusinessCategory } from '../content/businessSchema';
import { haversineKm, type LatLng } from './haversineKm';
import type { Located } from './registryTypes';

export interface Ranked<T> {
  item: T;
  km: number;
}

export interface NearestOptions {
  /** At most this many results (default 10). */
  limit?: number;
  /** Only within this distance (default: no limit). */
  maxKm?: number;
}

/** Kilometres per degree of latitude; used to skip far items before the exact distance. */
const KM_PER_DEG_LAT = 110.574;

/** The items nearest to `point`, nearest first; equal distances fall back to id order so lists are stable. */
function rank<T extends Located>(point: LatLng, items: readonly T[], options: NearestOptions): Ranked<T>[] {
  const limit = options.limit ?? 10;
  const maxKm = options.maxKm ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return [];
  const maxDLat = maxKm / KM_PER_DEG_LAT;
  const out: Ranked<T>[] = [];
  for (const item of items) {
    // A latitude gap alone already exceeds maxKm: no need for trigonometry.
    if (Math.abs(item.location.lat - point.lat) > maxDLat) continue;
    const km = haversineKm(point, item.location);
    if (km <= maxKm) out.push({ item, km });
  }
  out.sort((a, b) => a.km - b.km || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return out.slice(0, limit);
}

/** Businesses near a point (a site, the visitor, a kiosk), optionally of some categories only. */
export function nearestBusinesses<T extends Located & { category: BusinessCategory }>(
  point: LatLng,
  businesses: readonly T[],
  options: NearestOptions & { categories?: readonly BusinessCategory[] } = {},
): Ranked<T>[] {
  const { categories } = options;
  const pool =
    categories && categories.length > 0
      ? businesses.filter((b) => categories.includes(b.category))
      : businesses;
  return rank(point, pool, options);
}

/** Sites near a point; takes anything with an id and a location (content/sites or their summaries). */
export function nearestSites<T extends Located>(
  point: LatLng,
  sites: readonly T[],
  options: NearestOptions = {},
): Ranked<T>[] {
  return rank(point, sites, options);
}

/** What a business stores: ids of sites within 15 km, nearest first, at most 5. */
export const NEAR_SITE_KM = 15;
export const NEAR_SITE_LIMIT = 5;

export function nearSiteIds(point: LatLng, sites: readonly Located[]): string[] {
  return nearestSites(point, sites, { maxKm: NEAR_SITE_KM, limit: NEAR_SITE_LIMIT }).map((r) => r.item.id);
}
