import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { preload } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Lang, Media, PanoramaScene, Site } from '../content/schema';
import type { PanoramaHandle } from '../panorama/PanoramaLayer';
import type { OverlayScene } from '../panorama/PanoramaOverlay';
import { directionOf, type Vec3 } from '../panorama/panoMath';
import type { PanoLoadState, PanoSceneInput } from '../panorama/types';
import { useVrSupport } from '../panorama/useVrSupport';
import { type PanoViewState, viewFromParams, viewToParams } from '../panorama/viewParams';
import { CloseIcon } from '../ui/CloseIcon';
import { useMediaQuery } from '../ui/useMediaQuery';
import type { CameraView, ViewerHotspot, ViewerViewpoint } from '../viewer3d/types';
import { markFirstScreenReady } from './firstScreen';
import { loadedModule, useLoadedModule } from './loadedModule';
import { useUiStore } from './uiStore';

const viewerModule = loadedModule(() => import('../viewer3d/SiteViewer'));
// The viewer's chunk starts loading with the site page's, in parallel with the site's texts (phones that
// start on the site's picture load it when the visitor asks for 3D: posterFirst.ts).
if (useUiStore.getState().live) viewerModule.load().catch(() => undefined); // a failure shows when the viewer renders
const panoramaLayerModule = loadedModule(() => import('../panorama/PanoramaLayer'));
const PanoramaOverlay = lazy(() =>
  import('../panorama/PanoramaOverlay').then((m) => ({ default: m.PanoramaOverlay })),
);
const PanoramaXR = lazy(() => import('../panorama/PanoramaXR'));

/** Used when a model's content entry gives no framing: a three-quarter view of a ~12-unit diorama. */
const DEFAULT_VIEW = {
  position: [20, 15, 22] as [number, number, number],
  target: [0, 2, 0] as [number, number, number],
};
const base = import.meta.env.BASE_URL;
/** Where a photo-only scene's sphere sits when it has no place in a model. */
const ORIGIN: Vec3 = [0, 0, 0];

function eyeView(scene: PanoramaScene, view: PanoViewState): CameraView {
  const p = scene.position ?? ORIGIN;
  const d = directionOf(view.yaw, view.pitch);
  return { position: p, target: [p[0] + d[0] * 2, p[1] + d[1] * 2, p[2] + d[2] * 2] };
}

/**
 * The hero of a site page: the 3D model and, in the same canvas, the site's 360° panoramas.
 * The route decides: `/sites/:id` orbits the model, `/sites/:id/360/:scene` stands inside a panorama.
 */
export function SiteStage({
  site,
  model,
  lang,
  sceneId,
  selectedId,
  onSelect,
}: {
  site: Site;
  model: Media | undefined;
  lang: Lang;
  sceneId: string | undefined;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const vrSupported = useVrSupport();
  const tour = site.tour;
  const scene = sceneId ? tour?.scenes.find((s) => s.id === sceneId) : undefined;
  const inPano = sceneId !== undefined;
  const live = useUiStore((s) => s.live);
  const goLive = useUiStore((s) => s.goLive);
  // A phone starts on the model's picture; 3D starts when asked (a 360° visit asks for it too).
  const onPoster = !live && !inPano && model !== undefined;
  useEffect(() => {
    if (inPano) goLive();
  }, [inPano, goLive]);
  useEffect(() => {
    if (onPoster) markFirstScreenReady();
  }, [onPoster]);

  // Phases of a visit into a panorama: fly in (entry set) → arrived (layer mounts) → covered (model hides)
  // → leaving (fade out) → back to orbiting.
  const [entry, setEntry] = useState<{ view: CameraView; cut: boolean } | null>(null);
  const [arrived, setArrived] = useState(false);
  const [covered, setCovered] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [loadModel, setLoadModel] = useState(!sceneId);
  const [modelReady, setModelReady] = useState(false);
  const [panoState, setPanoState] = useState<PanoLoadState>('loading');
  const [activeScene, setActiveScene] = useState<PanoramaScene | undefined>(scene);
  const flyIn = useRef(false);
  const overlayRef = useRef<HTMLDivElement>(null);
  const panoHandle = useRef<PanoramaHandle>(null);

  if (scene && scene !== activeScene && !leaving) setActiveScene(scene);

  // The model and the panorama preview download while the viewer's code is still arriving
  // (the loaders' fetch() picks the preloaded response up).
  const modelUrl = model && loadModel && !onPoster ? `${base}${model.file}` : null;
  if (modelUrl) preload(modelUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  if (activeScene) preload(`${base}${activeScene.preview}`, { as: 'fetch', crossOrigin: 'anonymous' });
  const missingScene = inPano && !scene && !leaving;
  // Rendered when their code is in, without a Suspense boundary's reveal delay (loadedModule.ts).
  const viewer = useLoadedModule(viewerModule, !onPoster && !missingScene);
  const panoramaLayer = useLoadedModule(panoramaLayerModule, inPano || entry !== null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: entering depends on the scene being chosen, not on every view change
  useEffect(() => {
    if (scene) {
      setLeaving(false);
      if (!entry) {
        const view = viewFromParams(params, scene.initialView);
        setEntry({ view: eyeView(scene, view), cut: !(flyIn.current && modelReady) });
      }
      flyIn.current = false;
    } else if (!inPano && entry) {
      setLeaving(true);
      setLoadModel(true);
    }
  }, [scene, inPano]);

  const hotspots = useMemo<ViewerHotspot[]>(
    () =>
      site.hotspots.flatMap((h, i) =>
        h.anchor && h.view
          ? [{ id: h.id, number: i + 1, label: h.label[lang], anchor: h.anchor, view: h.view }]
          : [],
      ),
    [site.hotspots, lang],
  );
  const viewpoints = useMemo<ViewerViewpoint[]>(
    () =>
      (tour?.scenes ?? []).flatMap((s) =>
        s.position
          ? [{ id: s.id, label: t('panorama.stepInside', { title: s.title[lang] }), position: s.position }]
          : [],
      ),
    [tour, lang, t],
  );
  const overlayScenes = useMemo<OverlayScene[]>(
    () =>
      (tour?.scenes ?? []).map((s) => ({
        id: s.id,
        title: s.title[lang],
        position: s.position,
        links: s.links.map((l) => l.to),
      })),
    [tour, lang],
  );

  const sceneInput = useMemo<PanoSceneInput | null>(() => {
    if (!activeScene || !tour) return null;
    const byId = new Map(tour.scenes.map((s) => [s.id, s]));
    const number = new Map(site.hotspots.map((h, i) => [h.id, { n: i + 1, label: h.label[lang] }]));
    return {
      id: activeScene.id,
      image: `${base}${activeScene.image}`,
      preview: `${base}${activeScene.preview}`,
      position: activeScene.position ?? ORIGIN,
      links: activeScene.links.flatMap((l) => {
        const to = byId.get(l.to);
        return to ? [{ to: l.to, yaw: l.yaw, pitch: l.pitch, label: to.title[lang] }] : [];
      }),
      hotspots: activeScene.hotspots.flatMap((h) => {
        const info = number.get(h.hotspot);
        return info ? [{ id: h.hotspot, number: info.n, yaw: h.yaw, pitch: h.pitch, label: info.label }] : [];
      }),
      preload: activeScene.links.flatMap((l) => {
        const to = byId.get(l.to);
        return to ? [`${base}${to.preview}`, `${base}${to.image}`] : [];
      }),
    };
  }, [activeScene, tour, site.hotspots, lang]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's view applies when a scene opens, not on every settle
  const initialView = useMemo(
    () => (activeScene ? viewFromParams(params, activeScene.initialView) : { yaw: 0, pitch: 0, fov: 75 }),
    [activeScene],
  );

  const scenePath = (id: string) => `/${lang}/sites/${site.id}/360/${id}`;
  const goToScene = (id: string, fromModel = false) => {
    flyIn.current = fromModel;
    navigate(scenePath(id));
  };
  const back = () => navigate(`/${lang}/sites/${site.id}`);

  // A chapter or a click that picks a hotspot turns the panorama towards it when this scene shows it.
  useEffect(() => {
    if (!inPano || !selectedId || !activeScene) return;
    const h = activeScene.hotspots.find((x) => x.hotspot === selectedId);
    const current = panoHandle.current?.view();
    if (h && current) panoHandle.current?.setView({ yaw: h.yaw, pitch: h.pitch, fov: current.fov });
  }, [selectedId, inPano, activeScene]);

  const onViewSettled = useCallback(
    (v: PanoViewState) => setParams((p) => viewToParams(v, new URLSearchParams(p)), { replace: true }),
    [setParams],
  );
  const onViewFrame = useCallback((v: PanoViewState) => {
    overlayRef.current?.style.setProperty('--pano-yaw', `${v.yaw}deg`);
  }, []);

  // While inside a panorama the page behind does not scroll, and the stage stops above the narration bar.
  const stageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!inPano) return;
    document.documentElement.classList.add('pano-open');
    const bar = document.querySelector<HTMLElement>('.narration');
    const fitAboveBar = () => stageRef.current?.style.setProperty('--bar-h', `${bar?.offsetHeight ?? 0}px`);
    fitAboveBar();
    const observer = bar ? new ResizeObserver(fitAboveBar) : null;
    if (bar) observer?.observe(bar);
    return () => {
      observer?.disconnect();
      document.documentElement.classList.remove('pano-open');
    };
  }, [inPano]);

  const selected = site.hotspots.find((h) => h.id === selectedId);
  const selectedNumber = selected ? site.hotspots.indexOf(selected) + 1 : 0;
  const poster = model?.poster ? `${base}${model.poster}` : undefined;
  const intro = model?.view ?? DEFAULT_VIEW;
  const showLayer = entry !== null && arrived && sceneInput !== null;
  const provenance = inPano ? activeScene?.provenance : model?.provenance;
  const credit = inPano ? activeScene?.credit : model?.credit;

  const layer = showLayer && panoramaLayer && (
    <panoramaLayer.PanoramaLayer
      scene={sceneInput}
      initialView={initialView}
      leaving={leaving}
      reducedMotion={reducedMotion}
      fadeInFirst={!entry?.cut}
      handle={panoHandle}
      onLink={(to) => goToScene(to)}
      onInfo={(id) => onSelect(id)}
      onViewSettled={onViewSettled}
      onViewFrame={onViewFrame}
      onState={(s) => {
        setPanoState(s);
        if (s !== 'loading') markFirstScreenReady();
      }}
      onCovered={setCovered}
      onExited={() => {
        setEntry(null);
        setArrived(false);
        setLeaving(false);
        setCovered(false);
        setPanoState('loading');
      }}
    />
  );

  const loadingShell = (
    <div
      className="viewer viewer-loading-shell"
      // A 360° link opens on the panorama: the model's poster would only cost a download.
      style={poster && !inPano ? { backgroundImage: `url(${poster})` } : undefined}
    >
      {/* Inside a panorama, the overlay's status says it is loading: one label, not two stacked. */}
      {!inPano && (
        <p className="viewer-loading" role="status">
          {t('viewer.loading')}
        </p>
      )}
    </div>
  );

  return (
    <div className={`site-stage${inPano ? ' is-pano' : ''}`} id="stage" ref={stageRef}>
      {onPoster ? (
        <div className="viewer viewer-poster" data-testid="stage-poster">
          {poster && <img className="stage-poster" src={poster} alt="" />}
          <button type="button" className="viewer-start" onClick={goLive} data-testid="start-3d">
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <path
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinejoin="round"
                d="M12 2.5l8.5 4.75v9.5L12 21.5l-8.5-4.75v-9.5L12 2.5zm0 0v9.5m0 0l8.5-4.75M12 12l-8.5-4.75M12 12v9.5"
              />
            </svg>
            {t('viewer.start')}
          </button>
        </div>
      ) : missingScene ? (
        <div className="viewer viewer-fallback" data-testid="pano-missing">
          <p role="alert">{t('panorama.missingScene')}</p>
        </div>
      ) : !viewer ? (
        loadingShell
      ) : (
        <Suspense fallback={loadingShell}>
          <viewer.default
            modelUrl={modelUrl}
            intro={intro}
            hotspots={hotspots}
            selectedId={selectedId}
            onSelect={onSelect}
            posterUrl={inPano ? undefined : poster}
            onStatus={(s) => {
              setModelReady(s === 'ready' && loadModel);
              if (s !== 'loading' && !inPano) markFirstScreenReady();
            }}
            viewpoints={viewpoints}
            onViewpoint={(id) => goToScene(id, true)}
            immersiveView={entry?.view ?? null}
            immersiveCut={entry?.cut ?? false}
            onImmersiveArrived={() => setArrived(true)}
            modelVisible={!covered}
            labels={{
              viewer:
                inPano && activeScene
                  ? t('panorama.label', { title: activeScene.title[lang], name: site.name[lang] })
                  : t('viewer.label', { name: site.name[lang] }),
              loading: t('viewer.loading'),
              error: t('viewer.error'),
              noWebgl: t('viewer.noWebgl'),
              restoring: t('viewer.restoring'),
              keys: inPano ? t('panorama.keys') : t('viewer.keys'),
            }}
          >
            {layer && sceneInput && vrSupported ? (
              <Suspense fallback={layer}>
                <PanoramaXR position={sceneInput.position}>{layer}</PanoramaXR>
              </Suspense>
            ) : (
              layer
            )}
          </viewer.default>
        </Suspense>
      )}
      {provenance === 'illustrative' && credit && (
        <p className="stage-badge" title={credit[lang]}>
          {t(inPano ? 'panorama.illustrative' : 'viewer.illustrative')}
        </p>
      )}
      {!inPano && tour && (
        <button
          type="button"
          className="stage-enter-360"
          onClick={() => goToScene(tour.start, true)}
          data-testid="enter-360"
        >
          <span aria-hidden="true">360°</span> {t('panorama.enter')}
        </button>
      )}
      {inPano && tour && activeScene && (
        <Suspense fallback={null}>
          <PanoramaOverlay
            rootRef={overlayRef}
            title={activeScene.title[lang]}
            scenes={overlayScenes}
            currentId={activeScene.id}
            northYaw={activeScene.northYaw}
            state={panoState}
            handle={panoHandle}
            backLabel={model ? t('panorama.backTo3d') : t('panorama.close')}
            onBack={back}
            onScene={(id) => goToScene(id)}
            vrSupported={vrSupported}
            onEnterVR={() => {
              import('../panorama/PanoramaXR').then((m) => m.enterVR()).catch(() => undefined);
            }}
          />
        </Suspense>
      )}
      {inPano && missingScene && (
        <button type="button" className="pano-back pano-back-fallback" onClick={back}>
          <span aria-hidden="true">←</span> {t('panorama.backToSite')}
        </button>
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
