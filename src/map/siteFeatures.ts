import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Category, Lang, Localized } from '../content/schema';

export interface MapSite {
  id: string;
  category: Category;
  name: Localized;
  lng: number;
  lat: number;
  approximate: boolean;
}

export interface SiteFeatureProps {
  id: string;
  name: string;
  category: Category;
  icon: string;
  approximate: boolean;
  /** Screen offset (px) that fans out sites sharing one point so none hides another. */
  offset: [number, number];
  textOffset: [number, number];
}

export function iconName(category: Category, approximate: boolean): string {
  return `site-${category}${approximate ? '-approx' : ''}`;
}

/** Offsets on a ring for n markers at the same point; a single marker stays put. */
export function fanOffsets(n: number, radiusPx = 22): [number, number][] {
  if (n <= 1) return [[0, 0]];
  const r = Math.max(radiusPx, (n * 30) / (2 * Math.PI));
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [Math.round(r * Math.cos(a) * 10) / 10, Math.round(r * Math.sin(a) * 10) / 10];
  });
}

const LABEL_EM_PX = 13;

export function buildSiteFeatures(
  sites: readonly MapSite[],
  lang: Lang,
): FeatureCollection<Point, SiteFeatureProps> {
  const groups = new Map<string, MapSite[]>();
  for (const s of sites) {
    const key = `${s.lng.toFixed(5)},${s.lat.toFixed(5)}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const features: Feature<Point, SiteFeatureProps>[] = [];
  for (const group of groups.values()) {
    const offsets = fanOffsets(group.length);
    group.forEach((s, i) => {
      const offset = offsets[i] ?? [0, 0];
      features.push({
        type: 'Feature',
        id: features.length,
        geometry: { type: 'Point', coordinates: [s.lng, s.lat] },
        properties: {
          id: s.id,
          name: s.name[lang],
          category: s.category,
          icon: iconName(s.category, s.approximate),
          approximate: s.approximate,
          offset,
          textOffset: [offset[0] / LABEL_EM_PX, offset[1] / LABEL_EM_PX + 1.5],
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}
