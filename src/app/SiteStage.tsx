import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Media, Site } from '../content/schema';
import { CloseIcon } from '../ui/CloseIcon';
import type { ViewerHotspot } from '../viewer3d/types';

const SiteViewer = lazy(() => import('../viewer3d/SiteViewer'));

/** Used when a model's content entry gives no framing: a three-quarter view of a ~12-unit diorama. */
const DEFAULT_VIEW = {
  position: [20, 15, 22] as [number, number, number],
  target: [0, 2, 0] as [number, number, number],
};

/** The hero of a site page with a model: the 3D viewer, its badge and the selected hotspot's story. */
export function SiteStage({
  site,
  model,
  lang,
  selectedId,
  onSelect,
}: {
  site: Site;
  model: Media;
  lang: Lang;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const base = import.meta.env.BASE_URL;
  const hotspots = useMemo<ViewerHotspot[]>(
    () =>
      site.hotspots.flatMap((h, i) =>
        h.anchor && h.view
          ? [{ id: h.id, number: i + 1, label: h.label[lang], anchor: h.anchor, view: h.view }]
          : [],
      ),
    [site.hotspots, lang],
  );
  const selected = site.hotspots.find((h) => h.id === selectedId);
  const selectedNumber = selected ? site.hotspots.indexOf(selected) + 1 : 0;
  const poster = model.poster ? `${base}${model.poster}` : undefined;
  const intro = model.view ?? DEFAULT_VIEW;

  return (
    <div className="site-stage" id="stage">
      <Suspense
        fallback={
          <div
            className="viewer viewer-loading-shell"
            style={poster ? { backgroundImage: `url(${poster})` } : undefined}
          >
            <p className="viewer-loading" role="status">
              {t('viewer.loading')}
            </p>
          </div>
        }
      >
        <SiteViewer
          modelUrl={`${base}${model.file}`}
          intro={intro}
          hotspots={hotspots}
          selectedId={selectedId}
          onSelect={onSelect}
          posterUrl={poster}
          labels={{
            viewer: t('viewer.label', { name: site.name[lang] }),
            loading: t('viewer.loading'),
            error: t('viewer.error'),
            noWebgl: t('viewer.noWebgl'),
            restoring: t('viewer.restoring'),
            keys: t('viewer.keys'),
          }}
        />
      </Suspense>
      {model.provenance === 'illustrative' && (
        <p className="stage-badge" title={model.credit[lang]}>
          {t('viewer.illustrative')}
        </p>
      )}
      {selected && (
        <section className="hotspot-card" aria-live="polite" data-testid="hotspot-card">
          <button
            type="button"
            className="icon-button preview-close"
            onClick={() => onSelect(null)}
            aria-label={t('viewer.close')}
          >
            <CloseIcon />
          </button>
          <h2>
            <span className="hotspot-number" aria-hidden="true">
              {selectedNumber}
            </span>
            {selected.label[lang]}
          </h2>
          <p>{selected.text[lang]}</p>
        </section>
      )}
    </div>
  );
}
