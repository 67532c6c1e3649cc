import { type ReactNode, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanoramaHandle } from './PanoramaLayer';
import type { Vec3 } from './panoMath';
import { SceneMiniMap } from './SceneMiniMap';
import type { PanoLoadState } from './types';
import './panorama.css';

export interface OverlayScene {
  id: string;
  title: string;
  position?: Vec3 | undefined;
  links: readonly string[];
}

function hasMotionSensor() {
  return (
    typeof window !== 'undefined' &&
    'DeviceOrientationEvent' in window &&
    window.matchMedia?.('(pointer: coarse)').matches === true
  );
}

/**
 * The controls around a panorama: title, back to 3D, scene list, zoom, motion, VR, compass and
 * mini-map. The heading needles turn through the CSS variable --pano-yaw set on `rootRef`.
 */
export function PanoramaOverlay({
  rootRef,
  title,
  scenes,
  currentId,
  northYaw,
  state,
  handle,
  backLabel,
  onBack,
  onScene,
  vrSupported,
  onEnterVR,
  children,
}: {
  rootRef: RefObject<HTMLDivElement | null>;
  title: string;
  scenes: readonly OverlayScene[];
  currentId: string;
  northYaw?: number | undefined;
  state: PanoLoadState;
  handle: RefObject<PanoramaHandle | null>;
  backLabel: string;
  onBack: () => void;
  onScene: (id: string) => void;
  vrSupported: boolean;
  onEnterVR: () => void;
  /** Extra content (e.g. the open info card). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [motion, setMotion] = useState<'off' | 'on' | 'denied'>('off');
  const current = scenes.find((s) => s.id === currentId);
  const linked = new Set(current?.links ?? []);

  return (
    <div className="pano-overlay" ref={rootRef} data-testid="pano-overlay">
      <div className="pano-top">
        <button type="button" className="pano-back" onClick={onBack}>
          <span aria-hidden="true">←</span> {backLabel}
        </button>
        <h2 className="pano-title" aria-live="polite">
          <span className="pano-kicker">360°</span> {title}
        </h2>
      </div>

      <div className="pano-nav">
        <figure className="pano-compass" aria-hidden="true">
          <span className="pano-compass-needle" />
          {northYaw !== undefined && (
            <span
              className="pano-compass-north"
              style={{ transform: `rotate(calc(${northYaw}deg - var(--pano-yaw, 0deg)))` }}
            >
              <span>N</span>
            </span>
          )}
        </figure>
        <SceneMiniMap scenes={scenes} currentId={currentId} label={t('panorama.miniMap')} onScene={onScene} />
      </div>

      <nav className="pano-scenes" aria-label={t('panorama.scenes')}>
        <ul>
          {scenes.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => onScene(s.id)}
                aria-current={s.id === currentId ? 'true' : undefined}
                className={linked.has(s.id) ? 'linked' : undefined}
                data-scene-id={s.id}
              >
                {s.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <div className="pano-tools">
        <button
          type="button"
          className="icon-button"
          onClick={() => handle.current?.zoomBy(1 / 1.25)}
          aria-label={t('panorama.zoomIn')}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => handle.current?.zoomBy(1.25)}
          aria-label={t('panorama.zoomOut')}
        >
          <span aria-hidden="true">−</span>
        </button>
        {hasMotionSensor() && (
          <button
            type="button"
            className="icon-button pano-motion"
            aria-pressed={motion === 'on'}
            aria-label={t(motion === 'denied' ? 'panorama.motionDenied' : 'panorama.motion')}
            title={t(motion === 'denied' ? 'panorama.motionDenied' : 'panorama.motion')}
            onClick={async () => {
              const on = motion !== 'on';
              const ok = (await handle.current?.setMotion(on)) ?? false;
              setMotion(on ? (ok ? 'on' : 'denied') : 'off');
            }}
          >
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
              <rect
                x="8"
                y="3"
                width="8"
                height="18"
                rx="2"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              />
              <path
                d="M4 8a9 9 0 0 0 0 8M20 8a9 9 0 0 1 0 8"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              />
            </svg>
          </button>
        )}
        {vrSupported && (
          <button type="button" className="pano-tool-text" onClick={onEnterVR}>
            {t('panorama.enterVr')}
          </button>
        )}
      </div>

      {state === 'loading' && (
        <p className="pano-status" role="status">
          {t('panorama.loading')}
        </p>
      )}
      {state === 'error' && (
        <p className="pano-status pano-error" role="alert" data-testid="pano-error">
          {t('panorama.error')}
        </p>
      )}
      <p className="visually-hidden">{t('panorama.keys')}</p>
      {children}
    </div>
  );
}
