import { lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import sourcesData from '../../content/sources.json';
import { loadedSite, loadSite } from '../content/loadSite';
import type { Lang, Site, Source } from '../content/schema';
import { getSiteSummary } from '../content/siteIndex';
import { notifyNarrationEnded, useModeStore } from '../modes/modeStore';
import { NarrationPlayer } from '../narration/NarrationPlayer';
import { CategoryIcon } from '../ui/CategoryIcon';
import { formatDistance } from '../ui/formatDistance';
import { LocatorMap } from '../ui/LocatorMap';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { WhenNear } from '../ui/WhenNear';
import { NotFoundPage } from './NotFoundPage';
import { SitePreview } from './SitePreview';
import { SiteStage } from './SiteStage';

// Rendered only when scrolled near (WhenNear): their code, the registry and the QR encoder load then.
const NearbyBusinesses = lazy(async () => ({
  default: (await import('../businesses/NearbyBusinesses')).NearbyBusinesses,
}));
const SharePanel = lazy(async () => ({ default: (await import('./SharePanel')).SharePanel }));

const SOURCES = new Map((sourcesData as Source[]).map((s) => [s.id, s]));

type LoadState = { status: 'loading' } | { status: 'ready'; site: Site } | { status: 'invalid' };

const stateOf = (site: Site | null | undefined): LoadState =>
  site ? { status: 'ready', site } : { status: 'invalid' };

function useSite(id: string): LoadState {
  // A site loaded before (main.tsx prepares the first screen's) renders at once, without its preview first.
  const cached = loadedSite(id);
  const [result, setResult] = useState<{ id: string; state: LoadState } | null>(null);
  useEffect(() => {
    if (loadedSite(id) !== undefined) return;
    let live = true;
    loadSite(id)
      .then((site) => live && setResult({ id, state: stateOf(site) }))
      .catch(() => live && setResult({ id, state: { status: 'invalid' } }));
    return () => {
      live = false;
    };
  }, [id]);
  if (cached !== undefined) return stateOf(cached);
  return result?.id === id ? result.state : { status: 'loading' };
}

function citedSources(site: Site): Source[] {
  const ids = new Set<string>([
    ...site.heritage.src,
    ...(site.practical?.src ?? []),
    ...site.facts.flatMap((f) => f.src),
    ...site.hotspots.flatMap((h) => h.src),
  ]);
  return [...ids].sort().flatMap((id) => SOURCES.get(id) ?? []);
}

function directionLinks(site: Site, lang: Lang) {
  const { lat, lng } = site.location;
  const q = encodeURIComponent(site.name[lang]);
  return {
    geo: `geo:${lat},${lng}?q=${lat},${lng}(${q})`,
    google: `https://www.google.com/maps/search/?api=1&query=${lat}%2C${lng}`,
    apple: `https://maps.apple.com/?ll=${lat},${lng}&q=${q}`,
    osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=15/${lat}/${lng}`,
  };
}

function SiteView({ site, lang, sceneId }: { site: Site; lang: Lang; sceneId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // Fair mode: the narration starts by itself, holds when the presenter pauses, and its end moves the show on.
  const autoplay = useModeStore((s) => s.autoplay);
  const hold = useModeStore((s) => s.hold);
  const model = site.media.find((m) => m.kind === 'model');
  // A 360° link opens on the panorama: the page behind it (and its map and business downloads) waits until
  // the visitor first leaves the panorama, so the scene gets the network and the processor first.
  const inScene = site.tour?.scenes.some((s) => s.id === sceneId) ?? false;
  const [bodyShown, setBodyShown] = useState(!inScene);
  if (!inScene && !bodyShown) setBodyShown(true);
  const selectedId = site.hotspots.some((h) => h.id === params.get('poi')) ? params.get('poi') : null;
  const selectHotspot = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('poi', id);
        else next.delete('poi');
        return next;
      },
      { replace: true },
    );
  const approximate = site.location.precision === 'approximate';
  const links = directionLinks(site, lang);
  const sources = citedSources(site);
  const p = site.practical;
  return (
    <article
      className={`site-page${model || site.tour ? ' has-stage' : ''}${inScene ? ' in-pano' : ''}`}
      data-site-id={site.id}
    >
      {(model || site.tour) && (
        <SiteStage
          site={site}
          model={model}
          lang={lang}
          sceneId={sceneId}
          selectedId={selectedId}
          onSelect={selectHotspot}
        />
      )}
      {site.narration.length > 0 && (
        <NarrationPlayer
          siteId={site.id}
          siteName={site.name[lang]}
          appName={t('app.name')}
          lang={lang}
          chapters={site.narration.map((c) => ({
            id: c.id,
            title: c.title[lang],
            text: c.text[lang],
            audio: c.audio?.[lang],
          }))}
          onChapterStart={(i) => {
            const target = site.narration[i]?.target;
            // Choreography: the camera goes to what the chapter talks about; the visitor may take it back.
            if (target && 'scene' in target && site.tour?.scenes.some((sc) => sc.id === target.scene)) {
              navigate(`/${lang}/sites/${site.id}/360/${target.scene}`);
              return;
            }
            selectHotspot(target && 'hotspot' in target ? target.hotspot : null);
          }}
          autoplay={autoplay}
          hold={hold}
          onEnded={() => notifyNarrationEnded(site.id)}
        />
      )}
      <div className="site-hero">
        <div className="site-hero-inner">
          <Link to={`/${lang}?site=${site.id}`} className="back-link">
            <span aria-hidden="true">←</span> {t('site.backToMap')}
          </Link>
          <p className="site-kicker">
            <CategoryIcon category={site.category} size={28} />
            <span>{t(`category.${site.category}`)}</span>
            <span aria-hidden="true">·</span>
            <span>{t(`site.tier.${site.tier}`)}</span>
          </p>
          <h1>{site.name[lang]}</h1>
          {lang !== 'vi' && (
            <p className="site-local-name" lang="vi">
              {site.name.vi}
            </p>
          )}
          {lang === 'zh' && site.zhNameBasis !== 'established' && (
            <p className="site-local-name">{t(`site.zhNameBasis.${site.zhNameBasis}`)}</p>
          )}
          <p className="site-summary">{site.summary[lang]}</p>
          <p className="heritage-badge">
            <span className="visually-hidden">{t('site.heritage')}: </span>
            {t(`heritage.${site.heritage.status}`)}
            {site.heritage.year ? ` (${site.heritage.year})` : ''}
          </p>
        </div>
      </div>
      {bodyShown && (
        <div className="site-grid">
          <div className="site-main">
            <section aria-labelledby="about-h">
              <h2 id="about-h">{t('site.about')}</h2>
              <p className="site-description">{site.description[lang]}</p>
              <p className="heritage-detail">
                <strong>{t('site.heritage')}:</strong> {site.heritage.detail[lang]}
              </p>
            </section>
            <section aria-labelledby="facts-h">
              <h2 id="facts-h">{t('site.facts')}</h2>
              <ul className="fact-list">
                {site.facts.map((f) => (
                  <li key={f.text.en}>{f.text[lang]}</li>
                ))}
              </ul>
            </section>
            {site.hotspots.length > 0 && (
              <section aria-labelledby="poi-h">
                <h2 id="poi-h">{t('site.pointsOfInterest')}</h2>
                <ol className="poi-list">
                  {site.hotspots.map((h) => (
                    <li
                      key={h.id}
                      id={`poi-${h.id}`}
                      className={h.id === selectedId ? 'selected' : undefined}
                    >
                      <h3>{h.label[lang]}</h3>
                      <p>{h.text[lang]}</p>
                      {model && h.anchor && (
                        <button
                          type="button"
                          className="poi-show"
                          aria-pressed={h.id === selectedId}
                          aria-label={`${t('viewer.showInModel')}: ${h.label[lang]}`}
                          onClick={() => {
                            selectHotspot(h.id);
                            document
                              .getElementById('stage')
                              ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                          }}
                        >
                          {t('viewer.showInModel')}
                        </button>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </div>
          <aside className="site-aside">
            {p && (
              <section className="card" aria-labelledby="practical-h">
                <h2 id="practical-h">{t('site.practical')}</h2>
                <dl className="practical">
                  {p.hours && (
                    <>
                      <dt>{t('site.hours')}</dt>
                      <dd>{p.hours[lang]}</dd>
                    </>
                  )}
                  {p.ticket && (
                    <>
                      <dt>{t('site.ticket')}</dt>
                      <dd>{p.ticket[lang]}</dd>
                    </>
                  )}
                  {p.access && (
                    <>
                      <dt>{t('site.access')}</dt>
                      <dd>{p.access[lang]}</dd>
                    </>
                  )}
                </dl>
              </section>
            )}
            <section className="card" aria-labelledby="location-h">
              <h2 id="location-h">{t('site.location')}</h2>
              <WhenNear minHeight={240}>
                <LocatorMap
                  lng={site.location.lng}
                  lat={site.location.lat}
                  approximate={approximate}
                  label={t('site.locatorLabel', { name: site.name[lang] })}
                />
              </WhenNear>
              <dl className="practical">
                <dt>{t('site.area')}</dt>
                <dd>{site.area[lang]}</dd>
              </dl>
              {approximate && (
                <p className="approx-note" data-testid="approximate-location">
                  <strong>
                    {t('site.approximateWithin', {
                      distance: formatDistance(site.location.errorEstimateM, lang),
                    })}
                  </strong>
                  {site.location.note && <> {site.location.note[lang]}</>}
                </p>
              )}
              <h3 className="subhead">{t('site.directions')}</h3>
              <ul className="direction-links">
                <li className="only-touch">
                  <a href={links.geo}>{t('site.openInMaps')}</a>
                </li>
                <li>
                  <a href={links.google} target="_blank" rel="noopener noreferrer">
                    {t('site.googleMaps')}
                  </a>
                </li>
                <li>
                  <a href={links.apple} target="_blank" rel="noopener noreferrer">
                    {t('site.appleMaps')}
                  </a>
                </li>
                <li>
                  <a href={links.osm} target="_blank" rel="noopener noreferrer">
                    {t('site.osm')}
                  </a>
                </li>
              </ul>
            </section>
            <WhenNear minHeight={320} testId="nearby-pending">
              <NearbyBusinesses siteId={site.id} location={site.location} lang={lang} />
            </WhenNear>
            <WhenNear minHeight={320}>
              <SharePanel path={`/${lang}/sites/${site.id}`} title={site.name[lang]} />
            </WhenNear>
          </aside>
        </div>
      )}
      {bodyShown && sources.length > 0 && (
        <footer className="site-sources">
          <h2>{t('site.sources')}</h2>
          <ul>
            {sources.map((s) => (
              <li key={s.id}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}

/** /:lang/sites/:siteId — everything about one site; unknown ids get a helpful not-found page. */
export function SitePage() {
  const { siteId = '', sceneId } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const summary = getSiteSummary(siteId);
  const state = useSite(siteId);
  useDocumentTitle(summary ? summary.name[lang] : t('notFound.siteTitle'), t('app.name'));
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the top whenever the site changes
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [siteId]);

  if (!summary) return <NotFoundPage siteId={siteId} />;
  if (state.status === 'loading') {
    if (!sceneId) return <SitePreview summary={summary} lang={lang} />;
    return (
      <p className="page-status" role="status">
        {t('site.loading')}
      </p>
    );
  }
  if (state.status === 'invalid') {
    return (
      <p className="page-status" role="alert">
        {t('site.invalid')}
      </p>
    );
  }
  return <SiteView site={state.site} lang={lang} sceneId={sceneId} />;
}
