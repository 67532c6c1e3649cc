import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import './maplibre-used.css';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../content/schema';
import {
  buildStyle,
  neighbourLabelExpression,
  PROVINCE_BOUNDS,
  RELIEF_BEFORE,
  reliefStyle,
  type StyleOptions,
} from './buildStyle';
import { buildBusinessFeatures, type MapBusiness } from './businessFeatures';
import { businessMarkerImages } from './businessMarkerIcons';
import { LOCAL_IDEOGRAPH_FONT, loadMapFonts, MAP_TEXT_FONT } from './mapFonts';
import { markerImages } from './markerIcons';
import { buildSiteFeatures, type MapSite } from './siteFeatures';

setWorkerUrl(workerUrl);

export type { MapBusiness };

export interface MapFocus {
  /** Changes whenever a new focus is requested, so the same place can be focused twice. */
  key: number;
  points: { lng: number; lat: number }[];
  /** Zoom for a single point (default 11); a business needs to be close enough to leave its cluster. */
  zoom?: number;
}

export interface MapViewProps {
  lang: Lang;
  sites: readonly MapSite[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  labels: StyleOptions['labels'];
  ariaLabel: string;
  /** Padding that keeps the province clear of the side panel or bottom sheet. */
  padding: { top: number; right: number; bottom: number; left: number };
  focus?: MapFocus | undefined;
  onStatus?: (status: 'loading' | 'ready' | 'failed') => void;
  /** The tourism-business layer (clustered, below the sites); hidden unless `visible`. */
  businesses?: { features: readonly MapBusiness[]; visible: boolean } | undefined;
  /** A business marker was clicked (its id), or the empty map (null). */
  onSelectBusiness?: ((id: string | null) => void) | undefined;
  /** The business whose card is open, ringed on the map. */
  selectedBusinessId?: string | null | undefined;
}

const SITE_SOURCE = 'sites';
const BUSINESS_SOURCE = 'businesses';
const BUSINESS_LAYERS = [
  'business-clusters',
  'business-cluster-count',
  'business-selected',
  'business-markers',
] as const;

/** Test and benchmark hook: the live map, so e2e tests can find marker positions. */
declare global {
  interface Window {
    __xl3dMap?: MapLibreMap | undefined;
  }
}

/** The clustered business source and its layers, inserted below the site layers so sites stay on top. */
function addBusinessLayers(map: MapLibreMap, businesses: MapViewProps['businesses']) {
  const visibility = businesses?.visible ? 'visible' : 'none';
  map.addSource(BUSINESS_SOURCE, {
    type: 'geojson',
    data: buildBusinessFeatures(businesses?.features ?? []),
    cluster: true,
    clusterRadius: 44,
    clusterMaxZoom: 13,
  });
  map.addLayer(
    {
      id: 'business-clusters',
      type: 'circle',
      source: BUSINESS_SOURCE,
      filter: ['has', 'point_count'],
      layout: { visibility },
      paint: {
        'circle-color': '#FFFFFF',
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 13, 50, 18, 300, 24],
        'circle-stroke-color': '#2B2D5C',
        'circle-stroke-width': 2.5,
      },
    },
    'site-clusters',
  );
  map.addLayer(
    {
      id: 'business-cluster-count',
      type: 'symbol',
      source: BUSINESS_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        visibility,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': MAP_TEXT_FONT,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#2B2D5C' },
    },
    'site-clusters',
  );
  map.addLayer(
    {
      id: 'business-selected',
      type: 'circle',
      source: BUSINESS_SOURCE,
      filter: ['==', ['get', 'id'], ''],
      layout: { visibility },
      paint: {
        'circle-radius': 20,
        'circle-color': '#E8A0B4',
        'circle-opacity': 0.55,
        'circle-stroke-color': '#A84866',
        'circle-stroke-width': 2,
      },
    },
    'site-clusters',
  );
  map.addLayer(
    {
      id: 'business-markers',
      type: 'symbol',
      source: BUSINESS_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: {
        visibility,
        'icon-image': ['get', 'icon'],
        'icon-allow-overlap': true,
        // Business icons never push site labels away.
        'icon-ignore-placement': true,
        'text-field': ['step', ['zoom'], '', 15, ['get', 'name']],
        'text-font': MAP_TEXT_FONT,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 1.2],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': '#2B2D5C', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.4 },
    },
    'site-clusters',
  );
}

function onlineBasemap(): StyleOptions['onlineBasemap'] {
  const tiles = import.meta.env.VITE_ONLINE_BASEMAP_TILES as string | undefined;
  if (!tiles) return undefined;
  return {
    tiles,
    attribution: (import.meta.env.VITE_ONLINE_BASEMAP_ATTRIBUTION as string | undefined) ?? '',
  };
}

/** Owns the MapLibre map: creates it once, feeds it props, removes it on unmount. */
export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap | null = null;
    let cancelled = false;
    const { lang, labels, padding } = latest.current;
    latest.current.onStatus?.('loading');
    const baseUrl = new URL(import.meta.env.BASE_URL, window.location.href).href;
    void loadMapFonts(`${labels.langson} ${labels.guangxi} Lạng Sơn`, lang).then(() => {
      if (cancelled) return;
      try {
        map = new MapLibreMap({
          container: el,
          style: buildStyle({
            baseUrl,
            labels,
            onlineBasemap: onlineBasemap(),
          }),
          bounds: PROVINCE_BOUNDS,
          fitBoundsOptions: { padding },
          maxBounds: [
            [104.6, 20.4],
            [108.9, 23.4],
          ],
          minZoom: 6.5,
          maxZoom: 16,
          attributionControl: { compact: true },
          localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT,
          dragRotate: false,
          pitchWithRotate: false,
          cooperativeGestures: false,
        });
      } catch {
        latest.current.onStatus?.('failed');
        return;
      }
      mapRef.current = map;
      window.__xl3dMap = map;
      map.touchZoomRotate.disableRotation();
      map.keyboard.enable();
      map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      map.on('error', (e) => {
        if (String(e.error?.message ?? '').includes('WebGL')) latest.current.onStatus?.('failed');
      });
      map.on('load', () => {
        if (!map) return;
        for (const { name, image, pixelRatio } of [...markerImages(), ...businessMarkerImages()])
          map.addImage(name, image, { pixelRatio });
        map.addSource(SITE_SOURCE, {
          type: 'geojson',
          data: buildSiteFeatures(latest.current.sites, lang),
          cluster: true,
          clusterRadius: 34,
          clusterMaxZoom: 12,
        });
        map.addLayer({
          id: 'site-clusters',
          type: 'circle',
          source: SITE_SOURCE,
          filter: ['has', 'point_count'],
          paint: {
            'circle-color': '#1F4E3D',
            'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 16, 12, 24],
            'circle-stroke-color': '#FFFFFF',
            'circle-stroke-width': 2.5,
          },
        });
        map.addLayer({
          id: 'site-cluster-count',
          type: 'symbol',
          source: SITE_SOURCE,
          filter: ['has', 'point_count'],
          layout: {
            'text-field': ['get', 'point_count_abbreviated'],
            'text-font': MAP_TEXT_FONT,
            'text-size': 14,
            'text-allow-overlap': true,
          },
          paint: { 'text-color': '#FFFFFF' },
        });
        map.addLayer({
          id: 'site-selected',
          type: 'circle',
          source: SITE_SOURCE,
          filter: ['==', ['get', 'id'], ''],
          paint: {
            'circle-radius': 24,
            'circle-color': '#E8A0B4',
            'circle-opacity': 0.55,
            'circle-stroke-color': '#E8A0B4',
            'circle-stroke-width': 2,
            'circle-translate': ['get', 'offset'],
          },
        });
        map.addLayer({
          id: 'site-markers',
          type: 'symbol',
          source: SITE_SOURCE,
          filter: ['!', ['has', 'point_count']],
          layout: {
            'icon-image': ['get', 'icon'],
            'icon-offset': ['get', 'offset'],
            'icon-allow-overlap': true,
            'icon-ignore-placement': false,
            'text-field': ['get', 'name'],
            'text-font': MAP_TEXT_FONT,
            'text-size': 13,
            'text-anchor': 'top',
            'text-offset': ['get', 'textOffset'],
            'text-max-width': 9,
            'text-optional': true,
          },
          paint: { 'text-color': '#1E1E1E', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.6 },
        });
        addBusinessLayers(map, latest.current.businesses);
        map.on('click', 'site-markers', (e) => {
          const id = e.features?.[0]?.properties?.id;
          if (typeof id === 'string') latest.current.onSelect(id);
        });
        map.on('click', 'site-clusters', async (e) => {
          const feature = e.features?.[0];
          const clusterId = feature?.properties?.cluster_id;
          if (!map || !feature || typeof clusterId !== 'number' || feature.geometry.type !== 'Point') return;
          const zoom = await (map.getSource(SITE_SOURCE) as GeoJSONSource).getClusterExpansionZoom(clusterId);
          const [lng, lat] = feature.geometry.coordinates as [number, number];
          map.easeTo({ center: [lng, lat], zoom: Math.max(zoom, map.getZoom() + 1) });
        });
        // Sites lie above businesses: a click that hits a site is the site's alone.
        const hitsSite = (point: { x: number; y: number }) =>
          !!map &&
          map.queryRenderedFeatures([point.x, point.y], { layers: ['site-markers', 'site-clusters'] })
            .length > 0;
        map.on('click', 'business-markers', (e) => {
          if (hitsSite(e.point)) return;
          const id = e.features?.[0]?.properties?.id;
          if (typeof id === 'string') latest.current.onSelectBusiness?.(id);
        });
        map.on('click', 'business-clusters', async (e) => {
          const feature = e.features?.[0];
          const clusterId = feature?.properties?.cluster_id;
          if (!map || !feature || typeof clusterId !== 'number' || feature.geometry.type !== 'Point') return;
          if (hitsSite(e.point)) return;
          const source = map.getSource(BUSINESS_SOURCE) as GeoJSONSource;
          const zoom = await source.getClusterExpansionZoom(clusterId);
          const [lng, lat] = feature.geometry.coordinates as [number, number];
          map.easeTo({ center: [lng, lat], zoom: Math.max(zoom, map.getZoom() + 1) });
        });
        map.on('click', (e) => {
          if (!map) return;
          const hits = map.queryRenderedFeatures(e.point, {
            layers: ['site-markers', 'site-clusters', 'business-markers', 'business-clusters'],
          });
          if (hits.length === 0) {
            latest.current.onSelect(null);
            latest.current.onSelectBusiness?.(null);
          }
        });
        for (const layer of ['site-markers', 'site-clusters', 'business-markers', 'business-clusters']) {
          map.on('mouseenter', layer, () => {
            if (map) map.getCanvas().style.cursor = 'pointer';
          });
          map.on('mouseleave', layer, () => {
            if (map) map.getCanvas().style.cursor = '';
          });
        }
        setLoaded(true);
      });
      map.once('idle', () => {
        latest.current.onStatus?.('ready');
        if (!map) return;
        const relief = reliefStyle(baseUrl);
        map.addSource(relief.layer.source, relief.source);
        map.addLayer(relief.layer, RELIEF_BEFORE);
      });
    });
    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
      if (window.__xl3dMap === map) window.__xl3dMap = undefined;
    };
  }, []);

  // Sites and language: one setData; the neighbour labels follow the language.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    (map.getSource(SITE_SOURCE) as GeoJSONSource | undefined)?.setData(
      buildSiteFeatures(props.sites, props.lang),
    );
  }, [props.sites, props.lang, loaded]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.setLayoutProperty('neighbour-labels', 'text-field', neighbourLabelExpression(props.labels));
    map.setLayoutProperty('foreign-label', 'text-field', props.labels.guangxi);
  }, [props.labels, loaded]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.setFilter('site-selected', ['==', ['get', 'id'], props.selectedId ?? '']);
  }, [props.selectedId, loaded]);

  // Businesses: one setData when the list changes; visibility is a layout switch (no data churn).
  const businessFeatures = props.businesses?.features;
  const businessesVisible = props.businesses?.visible ?? false;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    (map.getSource(BUSINESS_SOURCE) as GeoJSONSource | undefined)?.setData(
      buildBusinessFeatures(businessFeatures ?? []),
    );
  }, [businessFeatures, loaded]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.setFilter('business-selected', ['==', ['get', 'id'], props.selectedBusinessId ?? '']);
  }, [props.selectedBusinessId, loaded]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    for (const id of BUSINESS_LAYERS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', businessesVisible ? 'visible' : 'none');
    }
  }, [businessesVisible, loaded]);

  useEffect(() => {
    const map = mapRef.current;
    const focus = props.focus;
    if (!map || !loaded || !focus || focus.points.length === 0) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const [first] = focus.points;
    if (focus.points.length === 1 && first) {
      map.flyTo({
        center: [first.lng, first.lat],
        zoom: Math.max(map.getZoom(), focus.zoom ?? 11),
        padding: latest.current.padding,
        essential: true,
        animate: !reduce,
      });
    } else {
      const lngs = focus.points.map((p) => p.lng);
      const lats = focus.points.map((p) => p.lat);
      map.fitBounds(
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        { padding: latest.current.padding, maxZoom: 14, animate: !reduce },
      );
    }
  }, [props.focus, loaded]);

  return (
    <section
      ref={container}
      className="map-canvas"
      aria-label={props.ariaLabel}
      data-loaded={loaded ? 'true' : 'false'}
    />
  );
}
