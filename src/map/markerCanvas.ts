/** Markers are drawn at twice their CSS size so they stay sharp on high-density screens. */
export const MARKER_PIXEL_RATIO = 2;

export interface MarkerImage {
  name: string;
  image: ImageData;
  pixelRatio: number;
}

/** A square 2D canvas for one marker, scaled so drawing uses CSS pixels. */
export function markerCanvas(cssSize: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = cssSize * MARKER_PIXEL_RATIO;
  canvas.height = cssSize * MARKER_PIXEL_RATIO;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(MARKER_PIXEL_RATIO, MARKER_PIXEL_RATIO);
  return ctx;
}
