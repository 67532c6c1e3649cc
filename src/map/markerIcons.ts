import { CATEGORIES } from '../content/enums';
import type { Category } from '../content/schema';
import { CATEGORY_COLOR, CATEGORY_ICON_PATH } from '../ui/categoryStyle';
import { MARKER_PIXEL_RATIO, type MarkerImage, markerCanvas } from './markerCanvas';
import { iconName } from './siteFeatures';

const CSS_SIZE = 34;

/** Draws one marker: a disc in the category colour with its white pictogram; a dashed ring when approximate. */
function drawMarker(category: Category, approximate: boolean): ImageData {
  const ctx = markerCanvas(CSS_SIZE);
  const c = CSS_SIZE / 2;
  const color = CATEGORY_COLOR[category];
  if (approximate) {
    ctx.setLineDash([3, 2.5]);
    ctx.lineWidth = 2;
    ctx.strokeStyle = color;
    ctx.beginPath();
    ctx.arc(c, c, c - 1.2, 0, Math.PI * 2);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  const r = approximate ? c - 5 : c - 3;
  ctx.shadowColor = 'rgba(0,0,0,0.25)';
  ctx.shadowBlur = 3;
  ctx.shadowOffsetY = 1;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(c, c, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#FFFFFF';
  ctx.stroke();
  const scale = (r * 1.15) / 24;
  ctx.translate(c - 12 * scale, c - 12 * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#FFFFFF';
  ctx.fill(new Path2D(CATEGORY_ICON_PATH[category]));
  return ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height);
}

/** Every marker image the site layer can ask for, keyed by iconName(). */
export function markerImages(): MarkerImage[] {
  return CATEGORIES.flatMap((category) =>
    [false, true].map((approx) => ({
      name: iconName(category, approx),
      image: drawMarker(category, approx),
      pixelRatio: MARKER_PIXEL_RATIO,
    })),
  );
}
