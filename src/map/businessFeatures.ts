import type { FeatureCollection, Point } from 'geojson';
import type { BusinessCategory } from '../content/businessSchema';

/** What the map needs of a business; the app builds these from the registry data. */
export interface MapBusiness {
  id: string;
  category: BusinessCategory;
  /** In the visitor's language (or the registry's Vietnamese name). */
  name: string;
  lng: number;
  lat: number;
}

export interface BusinessFeatureProps {
  id: string;
  name: string;
  category: BusinessCategory;
  icon: string;
}

export function businessIconName(category: BusinessCategory): string {
  return `business-${category}`;
}

/** Businesses → GeoJSON points for the clustered business source. */
export function buildBusinessFeatures(
  businesses: readonly MapBusiness[],
): FeatureCollection<Point, BusinessFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: businesses.map((b, i) => ({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [b.lng, b.lat] },
      properties: { id: b.id, name: b.name, category: b.category, icon: businessIconName(b.category) },
    })),
  };
}
