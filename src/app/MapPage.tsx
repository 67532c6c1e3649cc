import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { BusinessLayerView } from '../businesses/businessLayerView';
import { useBusinesses } from '../businesses/useBusinesses';
import type { Itinerary, Lang } from '../content/schema';
import { getSiteSummary, SITES, type SiteSummary } from '../content/siteIndex';
import type { MapBusiness, MapFocus } from '../map/MapView';
import { PosterMap } from '../map/PosterMap';
import { useModeStore } from '../modes/modeStore';
import { CategoryIcon } from '../ui/CategoryIcon';
import { CloseIcon } from '../ui/CloseIcon';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useMediaQuery } from '../ui/useMediaQuery';
import { useBusinessLayerStore } from './businessLayerStore';
import { firstScreenReady, markFirstScreenReady } from './firstScreen';
import { SitePanel } from './SitePanel';
import { useUiStore } from './uiStore';
import { useFilteredSites } from './useFilteredSites';

const MapView = lazy(() => import('../map/MapView'));
// The business layer's code loads with the layer (the Services tab or a ?business= link), not with the map.
const BusinessLayerPanel = lazy(async () => ({
  default: (await import('../businesses/BusinessLayerPanel')).BusinessLayerPanel,
}));
const BusinessPreview = lazy(async () => ({
  default: (await import('../businesses/BusinessPreview')).BusinessPreview,
}));
const DemoNotice = lazy(async () => ({ default: (await import('../businesses/DemoNotice')).DemoNotice }));
type LayerViewModule = typeof import('../businesses/businessLayerView');
const NO_POINTS: MapBusiness[] = [];

function PreviewCard({ site, lang, onClose }: { site: SiteSummary; lang: Lang; onClose: () => void }) {
  const { t } = useTranslation();
  const approximate = site.location.precision === 'approximate';
  return (
    <section className="preview-card" aria-labelledby="preview-title" data-testid="preview-card">
      {site.poster && (
        <img
          className="preview-poster"
          src={`${import.meta.env.BASE_URL}${site.poster}`}
          alt=""
          width={640}
          height={288}
        />
      )}
      <button
        type="button"
        className="icon-button preview-close"
        onClick={onClose}
        aria-label={t('card.close')}
      >
        <CloseIcon />
      </button>
      <div className="preview-meta">
        <CategoryIcon category={site.category} size={26} approximate={approximate} />
        <span>{t(`category.${site.category}`)}</span>
        {approximate && <span className="badge badge-approx">{t('card.approximate')}</span>}
      </div>
      <h2 id="preview-title">{site.name[lang]}</h2>
      <p>{site.summary[lang]}</p>
      <Link className="button button-primary" to={`/${lang}/sites/${site.id}`}>
        {t('card.open')}
        <span aria-hidden="true"> →</span>
      </Link>
    </section>
  );
}

/** Home: the province map with the site list, search, filters and itineraries. */
export function MapPage() {
  // The itineraries tab's data loads once the map is up: it is not needed to see the map.
  const [itineraries, setItineraries] = useState<readonly Itinerary[]>([]);
  useEffect(() => {
    let live = true;
    void firstScreenReady
      .then(() => import('../content/itineraries'))
      .then((m) => live && setItineraries(m.ITINERARIES));
    return () => {
      live = false;
    };
  }, []);
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  useDocumentTitle(t('app.home'), t('app.name'));
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('site');
  const selected = selectedId ? getSiteSummary(selectedId) : undefined;
  const [focus, setFocus] = useState<MapFocus | undefined>();
  const [mapStatus, setMapStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  // Phones start on the poster map (posterFirst.ts); the live map starts when the visitor asks for it.
  const live = useUiStore((s) => s.live);
  const goLive = useUiStore((s) => s.goLive);
  useEffect(() => {
    if (!live || mapStatus !== 'loading') markFirstScreenReady();
  }, [live, mapStatus]);
  const wide = useMediaQuery('(min-width: 900px)');
  const setSheetOpen = useUiStore((s) => s.setSheetOpen);
  const visible = useFilteredSites(lang);

  // The tourism-business layer: data loads (lazily) the first time the Services tab or a ?business= link needs it.
  const tab = useUiStore((s) => s.tab);
  const setTab = useUiStore((s) => s.setTab);
  const businessParam = params.get('business');
  const layerOn = tab === 'services' || businessParam !== null;
  // Business markers exist only on the live map.
  useEffect(() => {
    if (layerOn) goLive();
  }, [layerOn, goLive]);
  const bizState = useBusinesses(layerOn);
  const bizData = bizState.status === 'ready' ? bizState.data : null;
  const {
    categories: bizCategories,
    languages: bizLanguages,
    setCategories,
    setLanguages,
  } = useBusinessLayerStore();
  const [layerModule, setLayerModule] = useState<LayerViewModule | null>(null);
  useEffect(() => {
    if (!layerOn || layerModule) return;
    let live = true;
    void import('../businesses/businessLayerView').then((m) => live && setLayerModule(m));
    return () => {
      live = false;
    };
  }, [layerOn, layerModule]);
  const layerView = useMemo<BusinessLayerView | null>(
    () =>
      bizData && layerModule
        ? layerModule.businessLayerView(bizData.businesses, bizCategories, bizLanguages, lang)
        : null,
    [bizData, layerModule, bizCategories, bizLanguages, lang],
  );
  const mapBusinesses = useMemo(
    () => ({ features: layerView?.points ?? NO_POINTS, visible: layerOn }),
    [layerView, layerOn],
  );
  const selectedBusiness =
    businessParam && bizData ? bizData.businesses.find((b) => b.id === businessParam) : undefined;

  const select = useCallback(
    (id: string | null, fly = false) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (id) {
            next.set('site', id);
            next.delete('business');
          } else next.delete('site');
          return next;
        },
        { replace: true },
      );
      const site = id ? getSiteSummary(id) : undefined;
      if (site && fly) setFocus({ key: Date.now(), points: [site.location] });
      if (id && !wide) setSheetOpen(false);
    },
    [setParams, wide, setSheetOpen],
  );

  const selectBusiness = useCallback(
    (id: string | null) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (id) {
            next.set('business', id);
            next.delete('site');
          } else next.delete('business');
          return next;
        },
        { replace: true },
      );
      if (id && !wide) setSheetOpen(false);
    },
    [setParams, wide, setSheetOpen],
  );

  // A ?business= link (from a business card): show the layer and fly close enough to see the marker.
  const linkedBusiness = useRef(businessParam);
  useEffect(() => {
    if (linkedBusiness.current) setTab('services');
  }, [setTab]);
  useEffect(() => {
    if (!bizData || !linkedBusiness.current) return;
    const b = bizData.businesses.find((x) => x.id === linkedBusiness.current);
    linkedBusiness.current = null;
    if (b) setFocus({ key: Date.now(), points: [b.location], zoom: 14 });
  }, [bizData]);
  useEffect(() => {
    if (businessParam && bizData && !selectedBusiness) selectBusiness(null);
  }, [businessParam, bizData, selectedBusiness, selectBusiness]);

  const showItinerary = useCallback(
    (siteIds: readonly string[]) => {
      const points = siteIds.map((id) => getSiteSummary(id)?.location).filter((l) => l !== undefined);
      goLive();
      setFocus({ key: Date.now(), points });
      if (!wide) setSheetOpen(false);
    },
    [wide, setSheetOpen, goLive],
  );

  const mapSites = useMemo(
    () =>
      visible.map((s) => ({
        id: s.id,
        category: s.category,
        name: s.name,
        lng: s.location.lng,
        lat: s.location.lat,
        approximate: s.location.precision === 'approximate',
      })),
    [visible],
  );
  const labels = useMemo(
    () => ({
      'cao-bang': t('map.neighbour.cao-bang'),
      'thai-nguyen': t('map.neighbour.thai-nguyen'),
      'bac-ninh': t('map.neighbour.bac-ninh'),
      'quang-ninh': t('map.neighbour.quang-ninh'),
      guangxi: t('map.neighbour.guangxi'),
      langson: t('map.neighbour.langson'),
    }),
    [t],
  );
  const padding = useMemo(
    () =>
      wide ? { top: 40, right: 60, bottom: 40, left: 60 } : { top: 24, right: 24, bottom: 150, left: 24 },
    [wide],
  );

  useEffect(() => {
    if (selectedId && !selected) select(null);
  }, [selectedId, selected, select]);

  // Kiosk attract loop and fair mode: they ask for a flight to a site.
  const flight = useModeStore((s) => s.flight);
  useEffect(() => {
    const site = flight && getSiteSummary(flight.siteId);
    if (flight && site) setFocus({ key: flight.key, points: [site.location], zoom: 11 });
  }, [flight]);

  return (
    <div className="map-page">
      <SitePanel
        lang={lang}
        sites={visible}
        total={SITES.length}
        itineraries={itineraries}
        selectedId={selected?.id ?? null}
        onSelect={(id) => select(id, true)}
        onShowItinerary={showItinerary}
        servicesPanel={
          <Suspense fallback={null}>
            <BusinessLayerPanel
              lang={lang}
              state={bizState}
              categories={bizCategories}
              languages={bizLanguages}
              availableLanguages={layerView?.languages ?? []}
              onCategoriesChange={setCategories}
              onLanguagesChange={setLanguages}
              shown={layerView?.shown.length ?? 0}
            />
          </Suspense>
        }
      />
      <div className="map-area" data-status={mapStatus}>
        {!live ? (
          <>
            <PosterMap
              lang={lang}
              padding={padding}
              sites={mapSites}
              selectedId={selected?.id ?? null}
              onSelect={(id) => select(id)}
              onOpenGroup={(group) => {
                goLive();
                setFocus({ key: Date.now(), points: group.map(({ lng, lat }) => ({ lng, lat })) });
              }}
              groupLabel={(group) =>
                t('map.poster.group', {
                  count: group.length,
                  names: group.map((x) => x.name[lang]).join(', '),
                })
              }
              ariaLabel={t('map.label')}
              sourcesLabel={t('map.poster.sources')}
            />
            <button type="button" className="poster-map-start" onClick={goLive} data-testid="map-start">
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <path
                  fill="currentColor"
                  d="M12 2l3 3h-2v4h-2V5H9l3-3zm0 20l-3-3h2v-4h2v4h2l-3 3zM2 12l3-3v2h4v2H5v2l-3-3zm20 0l-3 3v-2h-4v-2h4V9l3 3z"
                />
              </svg>
              {t('map.poster.start')}
            </button>
          </>
        ) : (
          <>
            {mapStatus === 'failed' ? (
              <p className="map-message" role="status">
                {t('map.unavailable')}
              </p>
            ) : (
              mapStatus === 'loading' && (
                <p className="map-message map-loading" role="status">
                  {t('map.loading')}
                </p>
              )
            )}
            <Suspense fallback={null}>
              <MapView
                lang={lang}
                sites={mapSites}
                selectedId={selected?.id ?? null}
                onSelect={(id) => select(id)}
                labels={labels}
                ariaLabel={t('map.label')}
                padding={flight?.padding ?? padding}
                focus={focus}
                onStatus={setMapStatus}
                businesses={mapBusinesses}
                onSelectBusiness={selectBusiness}
                selectedBusinessId={selectedBusiness?.id ?? null}
              />
            </Suspense>
          </>
        )}
        <p className="map-legend">
          <svg viewBox="0 0 34 34" width="18" height="18" aria-hidden="true">
            <circle
              cx="17"
              cy="17"
              r="14"
              fill="none"
              stroke="#1E1E1E"
              strokeWidth="2.5"
              strokeDasharray="4 3"
            />
          </svg>
          {t('map.approxLegend')}
        </p>
        {layerOn && (
          <p className="map-legend business-legend" data-testid="business-legend">
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
              <rect
                x="2"
                y="2"
                width="16"
                height="16"
                rx="4"
                fill="#2B2D5C"
                stroke="#fff"
                strokeWidth="1.5"
              />
            </svg>
            {t('businesses.layer.legend')}
            {bizData?.demo && (
              <Suspense fallback={null}>
                <DemoNotice variant="badge" />
              </Suspense>
            )}
          </p>
        )}
        {selectedBusiness && bizData ? (
          <Suspense fallback={null}>
            <BusinessPreview
              business={selectedBusiness}
              lang={lang}
              demo={bizData.demo}
              onClose={() => selectBusiness(null)}
            />
          </Suspense>
        ) : (
          selected && <PreviewCard site={selected} lang={lang} onClose={() => select(null)} />
        )}
      </div>
    </div>
  );
}
