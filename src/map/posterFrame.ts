/**
 * The static province poster (public/map/poster.svg) and the live map share one frame: the province's
 * bounding box in Web Mercator, which the live map fits at start. Positions are fractions of that frame,
 * so a pin drawn over the poster sits where the live map will draw it.
 */
import { PROVINCE_BOUNDS } from './provinceBounds.ts'; // with extension: vite.config loads this file through Node's own loader

/** How far the poster's picture reaches beyond the frame, as a fraction of the frame's width / height. */
export const POSTER_MARGIN = { x: 0.6, y: 0.9 } as const;

/** Width of the frame in poster units (the SVG's user space). */
export const POSTER_UNITS = 1000;

const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

const [[WEST, SOUTH], [EAST, NORTH]] = PROVINCE_BOUNDS;
const X0 = mercX(WEST);
const X1 = mercX(EAST);
const Y0 = mercY(NORTH);
const Y1 = mercY(SOUTH);

/** Frame width / height (the CSS aspect ratio of the frame). */
export const FRAME_ASPECT = (X1 - X0) / (Y1 - Y0);

/** A point as fractions of the frame: 0,0 is the north-west corner, 1,1 the south-east. */
export function frameFraction(lng: number, lat: number): { x: number; y: number } {
  return { x: (mercX(lng) - X0) / (X1 - X0), y: (mercY(lat) - Y0) / (Y1 - Y0) };
}
