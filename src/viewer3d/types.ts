export type Vec3 = [number, number, number];

export interface CameraView {
  position: Vec3;
  target: Vec3;
}

/** A hotspot as the viewer needs it: already in the visitor's language. */
export interface ViewerHotspot {
  id: string;
  number: number;
  label: string;
  anchor: Vec3;
  view: CameraView;
}

/** A panorama viewpoint in the model (model units), already in the visitor's language. */
export interface ViewerViewpoint {
  id: string;
  /** The marker's accessible name, e.g. "Step inside: the main cave". */
  label: string;
  position: Vec3;
}

/** What tests and the benchmark read from the live viewer (window.__xl3dViewer). */
export interface ViewerProbe {
  ready: boolean;
  firstFrameMs: number | null;
  memory: () => { geometries: number; textures: number };
  camera: () => CameraView;
  flying: () => boolean;
}

declare global {
  interface Window {
    __xl3dViewer?: ViewerProbe | undefined;
  }
}
