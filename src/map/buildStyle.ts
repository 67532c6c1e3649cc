import type {
  ExpressionSpecification,
  HillshadeLayerSpecification,
  RasterDEMSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { MAP_ATTRIBUTION } from './mapAttribution';
import { MAP_TEXT_FONT_REGULAR } from './mapFonts';

export { MAP_ATTRIBUTION } from './mapAttribution';
export { PROVINCE_BOUNDS } from './provinceBounds';

export interface StyleOptions {
  /** Absolute base URL of the app (the style needs absolute tile URLs). */
  baseUrl: string;
  /** Localised neighbour labels, keyed by neighbour id. */
  labels: Record<'cao-bang' | 'thai-nguyen' | 'bac-ninh' | 'quang-ninh' | 'guangxi' | 'langson', string>;
  /** Optional online raster basemap (VITE_ONLINE_BASEMAP_TILES), drawn under the offline layers. */
  onlineBasemap?: { tiles: string; attribution: string };
}

const NEIGHBOUR_IDS: Record<string, keyof StyleOptions['labels']> = {
  'Cao Bằng': 'cao-bang',
  'Thái Nguyên': 'thai-nguyen',
  'Bắc Ninh': 'bac-ninh',
  'Quảng Ninh': 'quang-ninh',
};

const INK = '#1E1E1E';
const PAPER = '#F4F1EA';
const KARST = '#1F4E3D';
const RIVER = '#1C6E8C';

/** Neighbour province names in the visitor's language (the data names them in Vietnamese). */
export function neighbourLabelExpression(labels: StyleOptions['labels']): ExpressionSpecification {
  // The match expression's variadic shape is not expressible in the spec's tuple type.
  return [
    'match',
    ['get', 'name'],
    ...Object.entries(NEIGHBOUR_IDS).flatMap(([vi, id]) => [vi, labels[id]]),
    ['get', 'name'],
  ] as unknown as ExpressionSpecification;
}

/** The layer the terrain relief goes under (see `addRelief`). */
export const RELIEF_BEFORE = 'neighbours-veil';

/**
 * The terrain relief (DEM tiles and their hillshade). MapView adds it once the map is first idle: the
 * boundaries, rivers, places and site pins show first, and the DEM decoding and shading passes, the
 * map's heaviest start-up work, come after.
 */
export function reliefStyle(baseUrl: string): {
  source: RasterDEMSourceSpecification;
  layer: HillshadeLayerSpecification;
} {
  return {
    source: {
      type: 'raster-dem',
      tiles: [`${baseUrl.replace(/\/?$/, '/')}map/dem/{z}/{x}/{y}.png`],
      encoding: 'terrarium',
      tileSize: 256,
      minzoom: 6,
      maxzoom: 11,
      bounds: [105.98, 21.22, 107.47, 22.57],
    },
    layer: {
      id: 'hillshade',
      type: 'hillshade',
      source: 'dem',
      paint: {
        'hillshade-exaggeration': 0.55,
        'hillshade-shadow-color': '#3E4A3C',
        'hillshade-highlight-color': '#FFFFFF',
        'hillshade-accent-color': '#5C6B55',
      },
    },
  };
}

export function buildStyle(opts: StyleOptions): StyleSpecification {
  // Plain concatenation: new URL() would percent-encode the {z}/{x}/{y} placeholders.
  const url = (p: string) => `${opts.baseUrl.replace(/\/?$/, '/')}${p}`;
  const neighbourLabel = neighbourLabelExpression(opts.labels);
  const style: StyleSpecification = {
    version: 8,
    name: 'Lạng Sơn offline',
    sources: {
      province: { type: 'geojson', data: url('map/langson-boundary.geojson'), attribution: MAP_ATTRIBUTION },
      neighbours: { type: 'geojson', data: url('map/neighbours.geojson') },
      rivers: { type: 'geojson', data: url('map/rivers.geojson') },
      places: { type: 'geojson', data: url('map/places.geojson') },
      'neighbour-labels': { type: 'geojson', data: url('map/neighbour-labels.geojson') },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#E4E0D6' } },
      {
        id: 'neighbours-fill',
        type: 'fill',
        source: 'neighbours',
        filter: ['==', ['get', 'kind'], 'province'],
        paint: { 'fill-color': '#EAE7DF', 'fill-opacity': 1 },
      },
      { id: 'province-fill', type: 'fill', source: 'province', paint: { 'fill-color': PAPER } },
      {
        id: 'neighbours-veil',
        type: 'fill',
        source: 'neighbours',
        filter: ['==', ['get', 'kind'], 'province'],
        paint: { 'fill-color': '#DEDAD0', 'fill-opacity': 0.72 },
      },
      {
        id: 'neighbours-line',
        type: 'line',
        source: 'neighbours',
        filter: ['==', ['get', 'kind'], 'province'],
        paint: { 'line-color': '#A8A398', 'line-width': 0.8 },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: {
          'line-color': RIVER,
          'line-opacity': 0.65,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2.4],
        },
      },
      {
        id: 'province-outline-glow',
        type: 'line',
        source: 'province',
        paint: { 'line-color': KARST, 'line-width': 6, 'line-opacity': 0.12, 'line-blur': 2 },
      },
      {
        id: 'province-outline',
        type: 'line',
        source: 'province',
        paint: { 'line-color': KARST, 'line-width': 1.6 },
      },
      {
        id: 'border',
        type: 'line',
        source: 'neighbours',
        filter: ['==', ['get', 'kind'], 'international_border'],
        paint: { 'line-color': '#8B2E3C', 'line-width': 2, 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'neighbour-labels',
        type: 'symbol',
        source: 'neighbour-labels',
        layout: {
          'text-field': neighbourLabel,
          'text-font': MAP_TEXT_FONT_REGULAR,
          'text-size': 13,
          'text-letter-spacing': 0.08,
          'text-transform': 'uppercase',
        },
        paint: { 'text-color': '#7D786D', 'text-halo-color': '#EAE7DF', 'text-halo-width': 1.5 },
      },
      {
        id: 'foreign-label',
        type: 'symbol',
        source: 'neighbours',
        filter: ['==', ['get', 'kind'], 'foreign_region_label'],
        layout: {
          'text-field': opts.labels.guangxi,
          'text-font': MAP_TEXT_FONT_REGULAR,
          'text-size': 13,
          'text-letter-spacing': 0.08,
          'text-transform': 'uppercase',
        },
        paint: { 'text-color': '#7D786D', 'text-halo-color': '#E4E0D6', 'text-halo-width': 1.5 },
      },
      {
        id: 'towns',
        type: 'circle',
        source: 'places',
        filter: ['==', ['get', 'in_langson'], true],
        minzoom: 7,
        paint: {
          'circle-radius': ['case', ['==', ['get', 'feature_code'], 'PPLA'], 4, 2.5],
          'circle-color': '#FFFFFF',
          'circle-stroke-color': INK,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'places',
        filter: ['==', ['get', 'in_langson'], true],
        minzoom: 7,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': MAP_TEXT_FONT_REGULAR,
          'text-size': ['case', ['==', ['get', 'feature_code'], 'PPLA'], 14, 12],
          'text-anchor': 'left',
          'text-offset': [0.6, 0],
          'text-optional': true,
        },
        paint: { 'text-color': '#45423B', 'text-halo-color': PAPER, 'text-halo-width': 1.4 },
      },
    ],
  };
  if (opts.onlineBasemap) {
    style.sources.online = {
      type: 'raster',
      tiles: [opts.onlineBasemap.tiles],
      tileSize: 256,
      attribution: opts.onlineBasemap.attribution,
    };
    style.layers.splice(1, 0, {
      id: 'online-basemap',
      type: 'raster',
      source: 'online',
      paint: { 'raster-opacity': 0.9 },
    });
  }
  return style;
}
