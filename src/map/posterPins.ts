import { frameFraction } from './posterFrame';
import type { MapSite } from './siteFeatures';

export interface PosterPin {
  /** Position as fractions of the poster frame (0–1 inside the province's box). */
  x: number;
  y: number;
  sites: MapSite[];
}

/**
 * Pins for the static poster: sites whose `minPx` square targets would overlap on screen share one pin (a
 * group at their mean position), so every pin is a full-size target that overlaps no other. Merging moves a
 * group, so it repeats until no two pins are that close.
 */
export function posterPins(sites: readonly MapSite[], frame: { width: number; height: number }, minPx = 44) {
  let pins: PosterPin[] = sites.map((site) => ({ ...frameFraction(site.lng, site.lat), sites: [site] }));
  const tooClose = (a: PosterPin, b: PosterPin) =>
    Math.abs(a.x - b.x) * frame.width < minPx && Math.abs(a.y - b.y) * frame.height < minPx;
  for (let merged = true; merged; ) {
    merged = false;
    const next: PosterPin[] = [];
    for (const pin of pins) {
      const near = next.find((p) => tooClose(p, pin));
      if (!near) {
        next.push(pin);
        continue;
      }
      const n = near.sites.length + pin.sites.length;
      near.x = (near.x * near.sites.length + pin.x * pin.sites.length) / n;
      near.y = (near.y * near.sites.length + pin.y * pin.sites.length) / n;
      near.sites.push(...pin.sites);
      merged = true;
    }
    pins = next;
  }
  return pins;
}
