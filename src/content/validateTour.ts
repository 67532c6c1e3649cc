import type { Tour } from './schema';

export interface ImageInfo {
  bytes: number;
  /** Undefined when the file is not a JPEG or PNG whose header could be read. */
  width?: number | undefined;
  height?: number | undefined;
}

export interface TourProblem {
  severity: 'error' | 'warning';
  field: string;
  message: string;
  fix: string;
}

export const PREVIEW_BUDGET_BYTES = 100 * 1024;

/**
 * Checks a site's panorama tour as a graph and against its files: ids, links, reachability,
 * hotspot references, images present, 2:1, previews within budget.
 */
export function validateTour(
  tour: Tour,
  hotspotIds: ReadonlySet<string>,
  files: ReadonlySet<string>,
  images: ReadonlyMap<string, ImageInfo>,
): TourProblem[] {
  const out: TourProblem[] = [];
  const err = (field: string, message: string, fix: string) =>
    out.push({ severity: 'error', field, message, fix });
  const warn = (field: string, message: string, fix: string) =>
    out.push({ severity: 'warning', field, message, fix });

  const ids = new Set<string>();
  tour.scenes.forEach((s, i) => {
    if (ids.has(s.id))
      err(`tour.scenes[${i}].id`, `duplicate scene id "${s.id}"`, 'give each scene its own id');
    ids.add(s.id);
  });
  const list = [...ids].join(', ');
  if (!ids.has(tour.start))
    err('tour.start', `start scene "${tour.start}" does not exist`, `use one of: ${list}`);

  const linkedTo = new Set<string>();
  tour.scenes.forEach((s, i) => {
    const at = `tour.scenes[${i}]`;
    s.links.forEach((l, j) => {
      if (l.to === s.id) err(`${at}.links[${j}].to`, `scene "${s.id}" links to itself`, 'remove the link');
      else if (!ids.has(l.to))
        err(`${at}.links[${j}].to`, `links to scene "${l.to}", which does not exist`, `use one of: ${list}`);
      else linkedTo.add(l.to);
    });
    s.hotspots.forEach((h, j) => {
      if (!hotspotIds.has(h.hotspot))
        err(
          `${at}.hotspots[${j}].hotspot`,
          `hotspot "${h.hotspot}" is not one of this site's hotspots`,
          "add it to the site's hotspots (label, text, sources) or use an existing id",
        );
    });
    for (const key of ['image', 'preview'] as const) {
      const file = s[key];
      if (!files.has(file)) {
        err(
          `${at}.${key}`,
          `file public/${file} does not exist`,
          key === 'image'
            ? 'add the equirectangular JPEG (2:1) under public/ or run npm run panoramas:build'
            : 'add a 1024×512 copy of the image (≤ 100 KB) or run npm run panoramas:build',
        );
        continue;
      }
      const info = images.get(file);
      if (!info) continue;
      if (info.width === undefined || info.height === undefined) {
        err(`${at}.${key}`, `public/${file} is not a readable JPEG or PNG`, 'export the panorama as a JPEG');
      } else if (Math.abs(info.width - info.height * 2) > 1) {
        err(
          `${at}.${key}`,
          `public/${file} is ${info.width}×${info.height}, not 2:1 as an equirectangular panorama must be`,
          'export the full 360°×180° panorama (e.g. 4096×2048)',
        );
      }
      if (key === 'preview' && info.bytes > PREVIEW_BUDGET_BYTES) {
        err(
          `${at}.preview`,
          `preview is ${Math.ceil(info.bytes / 1024)} KB, over the ${PREVIEW_BUDGET_BYTES / 1024} KB budget`,
          'save it at 1024×512 with a lower JPEG quality',
        );
      }
    }
  });
  tour.scenes.forEach((s, i) => {
    if (tour.scenes.length > 1 && s.id !== tour.start && !linkedTo.has(s.id))
      warn(
        `tour.scenes[${i}]`,
        `no scene links to "${s.id}": visitors can only reach it from the scene list`,
        'add a link to it from a neighbouring scene',
      );
  });
  return out;
}
