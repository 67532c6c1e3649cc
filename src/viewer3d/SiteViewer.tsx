import { useProgress } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import {
  type KeyboardEvent,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { PCFShadowMap } from 'three';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useMediaQuery } from '../ui/useMediaQuery';
import { CameraRig, type CameraRigHandle } from './CameraRig';
import { EagerResizeObserver } from './eagerResizeObserver';
import { HotspotPins } from './HotspotPins';
import { hasWebGL, isNoWebGLError } from './hasWebGL';
import { SiteModel } from './SiteModel';
import type { CameraView, ViewerHotspot, ViewerViewpoint } from './types';
import { ViewerProbe } from './ViewerProbe';
import { ViewpointMarkers } from './ViewpointMarkers';

export type ViewerStatus = 'loading' | 'ready' | 'error' | 'no-webgl' | 'context-lost';

export interface SiteViewerProps {
  /** null: no model to show (e.g. a panorama opened directly); the canvas still runs for `children`. */
  modelUrl: string | null;
  intro: CameraView;
  hotspots: readonly ViewerHotspot[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  posterUrl?: string | undefined;
  labels: {
    viewer: string;
    loading: string;
    error: string;
    noWebgl: string;
    restoring: string;
    keys: string;
  };
  onStatus?: (status: ViewerStatus) => void;
  /** 360° viewpoints shown as markers in the model. */
  viewpoints?: readonly ViewerViewpoint[];
  onViewpoint?: (id: string) => void;
  /**
   * Set: the camera flies to this eye point, the orbit controls let go, `onImmersiveArrived` fires and
   * a panorama (rendered as `children`) takes the camera. Cleared: the camera flies back out.
   */
  immersiveView?: CameraView | null;
  /** Skip the flight into `immersiveView` (a panorama opened by a link). */
  immersiveCut?: boolean;
  onImmersiveArrived?: () => void;
  /** Hide the model while a panorama covers it (nothing to draw behind the sphere). */
  modelVisible?: boolean;
  /** Extra scene content sharing this canvas (the panorama layer). */
  children?: ReactNode;
}

const KEY_STEP = 0.12;

function LoadingBar({ label }: { label: string }) {
  const { progress } = useProgress();
  return (
    <div
      className="viewer-loading"
      role="progressbar"
      aria-label={label}
      aria-valuenow={Math.round(progress)}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <span>{label}</span>
      <span className="viewer-loading-bar">
        <span style={{ width: `${Math.max(6, progress)}%` }} />
      </span>
    </div>
  );
}

/** Nothing to load without a model (a 360° visit): no loading bar to show and take down again. */
function initialStatus(modelUrl: string | null): ViewerStatus {
  return hasWebGL() ? (modelUrl ? 'loading' : 'ready') : 'no-webgl';
}

function Rethrow({ error }: { error: unknown }): null {
  throw error;
}

/** The 3D stage of a site page: one on-demand WebGL canvas with the model, its hotspots and the camera. */
export default function SiteViewer(props: SiteViewerProps) {
  const { modelUrl, intro, hotspots, selectedId, onSelect, labels, onStatus } = props;
  const { immersiveView = null, immersiveCut = false, onImmersiveArrived } = props;
  const immersive = immersiveView !== null;
  const [status, setStatusState] = useState<ViewerStatus>(() => initialStatus(modelUrl));
  const [canvasKey, setCanvasKey] = useState(0);
  const rig = useRef<CameraRigHandle>(null);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');

  // The latest callback, without making setStatus (and the effects using it) change on every render.
  const statusListener = useRef(onStatus);
  statusListener.current = onStatus;
  const setStatus = useCallback((s: ViewerStatus) => {
    setStatusState(s);
    statusListener.current?.(s);
  }, []);
  const onReady = useCallback(() => setStatus('ready'), [setStatus]);

  // A model that fails to load takes the canvas down through its error boundary, as a failing canvas does.
  const [modelError, setModelError] = useState<{ error: unknown } | null>(null);
  // A new site keeps the canvas but shows the loading state until its model is in.
  useEffect(() => {
    setModelError(null);
    setStatus(initialStatus(modelUrl));
  }, [modelUrl, setStatus]);
  const onModelError = useCallback((error: unknown) => setModelError({ error }), []);
  const onCanvasError = useCallback(
    (error: unknown) => setStatus(isNoWebGLError(error) ? 'no-webgl' : 'error'),
    [setStatus],
  );

  const selected = hotspots.find((h) => h.id === selectedId);
  useEffect(() => {
    if (selected && !immersive) rig.current?.flyTo(selected.view);
  }, [selected, immersive]);

  const onKeyDown = (e: KeyboardEvent) => {
    // Inside a panorama its own controls take the keys.
    if (immersive) return;
    const moves: Record<string, [number, number, number]> = {
      ArrowLeft: [-KEY_STEP, 0, 1],
      ArrowRight: [KEY_STEP, 0, 1],
      ArrowUp: [0, -KEY_STEP, 1],
      ArrowDown: [0, KEY_STEP, 1],
      '+': [0, 0, 0.85],
      '=': [0, 0, 0.85],
      '-': [0, 0, 1.18],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      rig.current?.orbit(...move);
    } else if (e.key === 'Home') {
      e.preventDefault();
      rig.current?.flyTo(intro);
    } else if (e.key === 'Escape') {
      onSelect(null);
    }
  };

  const fallback = (message: string) => (
    <div
      className="viewer viewer-fallback"
      style={props.posterUrl ? { backgroundImage: `url(${props.posterUrl})` } : undefined}
    >
      <p role="status">{message}</p>
    </div>
  );
  if (status === 'no-webgl') return fallback(labels.noWebgl);
  if (status === 'error') return fallback(labels.error);

  return (
    <section
      className={`viewer viewer-${status}`}
      style={
        props.posterUrl && status !== 'ready' ? { backgroundImage: `url(${props.posterUrl})` } : undefined
      }
    >
      <div
        className="viewer-canvas"
        role="application"
        aria-label={labels.viewer}
        aria-describedby="viewer-keys"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role=application: the canvas takes arrow keys to orbit
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="viewer-canvas"
      >
        <ErrorBoundary fallback={null} onError={onCanvasError}>
          {modelError && <Rethrow error={modelError.error} />}
          <Canvas
            key={canvasKey}
            frameloop="demand"
            // Measured at mount rather than at the next rendered frame.
            resize={{ polyfill: EagerResizeObserver, scroll: true, debounce: { scroll: 50, resize: 0 } }}
            shadows={{ type: PCFShadowMap }}
            dpr={[1, 2]}
            // At 2× pixels and more, edges are fine without MSAA, which multiplies a phone's fill work.
            gl={{ antialias: window.devicePixelRatio < 2, alpha: true, powerPreference: 'high-performance' }}
            camera={{ fov: 38, near: 0.1, far: 400, position: intro.position }}
            onCreated={({ gl }) => {
              gl.domElement.addEventListener('webglcontextlost', (e) => {
                e.preventDefault();
                setStatus('context-lost');
              });
              gl.domElement.addEventListener('webglcontextrestored', () => {
                setCanvasKey((k) => k + 1);
                setStatus('loading');
              });
            }}
          >
            <hemisphereLight args={['#fbf7ee', '#4f5d47', 1.1]} />
            <directionalLight
              position={[14, 22, 10]}
              intensity={2.4}
              castShadow
              shadow-mapSize={[1024, 1024]}
              shadow-bias={-0.0004}
              shadow-camera-left={-16}
              shadow-camera-right={16}
              shadow-camera-top={16}
              shadow-camera-bottom={-16}
              shadow-camera-far={60}
            />
            {modelUrl && (
              <Suspense fallback={null}>
                <group visible={props.modelVisible ?? true}>
                  <SiteModel key={modelUrl} url={modelUrl} onReady={onReady} onError={onModelError} />
                </group>
                {/* The pins come with the model they point into. */}
                {!immersive && status === 'ready' && (
                  <HotspotPins hotspots={hotspots} selectedId={selectedId} onSelect={onSelect} />
                )}
                {!immersive && status === 'ready' && props.viewpoints && props.onViewpoint && (
                  <ViewpointMarkers
                    viewpoints={props.viewpoints}
                    avoid={hotspots.map((h) => h.anchor)}
                    onChoose={props.onViewpoint}
                  />
                )}
              </Suspense>
            )}
            <CameraRig
              handle={rig}
              intro={intro}
              reducedMotion={reducedMotion}
              immersiveView={immersiveView}
              immersiveCut={immersiveCut}
              onImmersiveArrived={onImmersiveArrived}
              hasModel={modelUrl !== null}
            />
            {props.children}
            <ViewerProbe rig={rig} ready={status === 'ready'} />
          </Canvas>
        </ErrorBoundary>
      </div>
      <p id="viewer-keys" className="visually-hidden">
        {labels.keys}
      </p>
      {status === 'loading' && <LoadingBar label={labels.loading} />}
      {status === 'context-lost' && (
        <p className="viewer-loading" role="status">
          {labels.restoring}
        </p>
      )}
    </section>
  );
}
