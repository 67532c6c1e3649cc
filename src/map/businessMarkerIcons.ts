import type { BusinessCategory } from '../content/businessSchema';
import { BUSINESS_CATEGORIES } from '../content/enums';
import {
  BUSINESS_CATEGORY_COLOR,
  BUSINESS_CATEGORY_ICON_PATH,
  BUSINESS_MARKER_RADIUS,
} from '../ui/businessCategoryStyle';
import { businessIconName } from './businessFeatures';
import { MARKER_PIXEL_RATIO, type MarkerImage, markerCanvas } from './markerCanvas';

/** Smaller than the 34 px site discs, so sites stay the main thing on the map. */
const CSS_SIZE = 26;

/** One business marker: a rounded square in the category colour with its white pictogram. */
function drawBusinessMarker(category: BusinessCategory): ImageData {
  const ctx = markerCanvas(CSS_SIZE);
  const inset = 2.5;
  const side = CSS_SIZE - 2 * inset;
  ctx.shadowColor = 'rgba(0,0,0,0.25)';
  ctx.shadowBlur = 3;
  ctx.shadowOffsetY = 1;
  ctx.fillStyle = BUSINESS_CATEGORY_COLOR[category];
  ctx.beginPath();
  ctx.roundRect(inset, inset, side, side, side * BUSINESS_MARKER_RADIUS);
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.lineWidth = 1.8;
  ctx.strokeStyle = '#FFFFFF';
  ctx.stroke();
  const scale = (side * 0.72) / 24;
  ctx.translate(CSS_SIZE / 2 - 12 * scale, CSS_SIZE / 2 - 12 * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#FFFFFF';
  ctx.fill(new Path2D(BUSINESS_CATEGORY_ICON_PATH[category]), 'evenodd');
  return ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height);
}

/** Every image the business layer can ask for, keyed by businessIconName(). */
export function businessMarkerImages(): MarkerImage[] {
  return BUSINESS_CATEGORIES.map((category) => ({
    name: businessIconName(category),
    image: drawBusinessMarker(category),
    pixelRatio: MARKER_PIXEL_RATIO,
  }));
}
