import type { Vec3 } from './panoMath';
import type { PanoViewState } from './viewParams';

/** An arrow to another scene, already in the visitor's language. */
export interface PanoLinkMarker {
  to: string;
  yaw: number;
  pitch: number;
  label: string;
}

/** An info marker, numbered like the site's hotspots. */
export interface PanoInfoMarker {
  id: string;
  number: number;
  yaw: number;
  pitch: number;
  label: string;
}

/** One scene as the layer needs it. */
export interface PanoSceneInput {
  id: string;
  image: string;
  preview: string;
  /** The eye point in the site's 3D model; the panorama sphere is centred there. */
  position: Vec3;
  links: readonly PanoLinkMarker[];
  hotspots: readonly PanoInfoMarker[];
  /** Images of the scenes its links lead to: fetched once this scene is in, so the next step is instant. */
  preload: readonly string[];
}

export type PanoLoadState = 'loading' | 'preview' | 'full' | 'error';

/** What tests and the benchmark read from the live panorama (window.__xl3dPanorama). */
export interface PanoramaProbe {
  sceneId: string;
  state: PanoLoadState;
  /** performance.now() of the first frame drawn with the preview / the full image of this scene. */
  previewAt: number | null;
  fullAt: number | null;
  /** When this scene was asked for (performance.now()). */
  requestedAt: number;
  view: () => PanoViewState;
  /** Where the scene's markers are on screen (client px), for tests that click them like a visitor. */
  markers: () => { kind: 'link' | 'info'; id: string; x: number; y: number; onScreen: boolean }[];
  /** Which texture layout the full image got (single, halves, scaled) and the device limit. */
  textures: () => { plan: string; maxTextureSize: number };
}

declare global {
  interface Window {
    __xl3dPanorama?: PanoramaProbe | undefined;
  }
}
