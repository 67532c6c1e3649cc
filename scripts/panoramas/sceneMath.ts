/** Pure geometry of the panorama tours: directions between viewpoints, hotspots and the tour entry. */
import type { Localized, PanoramaScene, Tour } from '../../src/content/schema';
import { clamp, type Vec3, wrapYaw, yawPitchOf } from '../../src/panorama/panoMath';

/** Link arrows sit on the ground a little below the horizon. */
export const LINK_PITCH = { min: -30, max: -20 } as const;
export const INITIAL_FOV = 75;

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Yaw (wrapped into [−180, 180)) and pitch from `from` towards `to`, rounded to 0.1°. */
export function directionTo(from: Vec3, to: Vec3): { yaw: number; pitch: number } {
  const { yaw, pitch } = yawPitchOf([to[0] - from[0], to[1] - from[1], to[2] - from[2]]);
  return { yaw: round(wrapYaw(round(yaw, 1)), 1), pitch: round(pitch, 1) };
}

/** Where the arrow to another viewpoint goes: its bearing, pitched towards its ground within LINK_PITCH. */
export function linkDirection(eye: Vec3, otherEye: Vec3, eyeHeight: number): { yaw: number; pitch: number } {
  const ground: Vec3 = [otherEye[0], otherEye[1] - eyeHeight, otherEye[2]];
  const { yaw } = directionTo(eye, otherEye);
  const { pitch } = directionTo(eye, ground);
  return { yaw, pitch: round(clamp(pitch, LINK_PITCH.min, LINK_PITCH.max), 1) };
}

/** Inverse of panoMath.equirectUv: the yaw and pitch at image fractions (u right, v down). */
export function yawPitchAtUv(u: number, v: number): { yaw: number; pitch: number } {
  return { yaw: u * 360 - 180, pitch: (0.5 - v) * 180 };
}

export interface PlacedScene {
  id: string;
  title: Localized;
  /** Eye position, model units. */
  eye: Vec3;
  look: Vec3;
  lookPitchOffset?: number;
  /** Visible hotspots with their anchors. */
  hotspots: { id: string; anchor: Vec3 }[];
  /** Scene ids to link to. */
  links: string[];
}

export const imagePath = (siteId: string, sceneId: string) => `panoramas/${siteId}/${sceneId}.jpg`;
export const previewPath = (siteId: string, sceneId: string) => `panoramas/${siteId}/${sceneId}-preview.jpg`;

/** The `tour` entry of a site's content file. */
export function buildTour(
  siteId: string,
  start: string,
  placed: PlacedScene[],
  credit: Localized,
  eyeHeight: number,
): Tour {
  const byId = new Map(placed.map((s) => [s.id, s]));
  const scenes: PanoramaScene[] = placed.map((s) => {
    const look = directionTo(s.eye, s.look);
    return {
      id: s.id,
      title: s.title,
      image: imagePath(siteId, s.id),
      preview: previewPath(siteId, s.id),
      provenance: 'illustrative',
      credit,
      position: s.eye.map((n) => round(n, 2)) as Vec3,
      initialView: {
        yaw: look.yaw,
        pitch: round(clamp(look.pitch + (s.lookPitchOffset ?? 0), -60, 60), 1),
        fov: INITIAL_FOV,
      },
      links: s.links.map((to) => {
        const other = byId.get(to);
        if (!other) throw new Error(`${siteId}/${s.id}: link to unknown scene "${to}"`);
        return { to, ...linkDirection(s.eye, other.eye, eyeHeight) };
      }),
      hotspots: s.hotspots.map((h) => ({ hotspot: h.id, ...directionTo(s.eye, h.anchor) })),
    };
  });
  if (!byId.has(start)) throw new Error(`${siteId}: start scene "${start}" is not in the tour`);
  return { start, scenes };
}

/** Scene ids that cannot be reached from `start` by following links (should be none). */
export function unreachable(tour: Tour): string[] {
  const seen = new Set([tour.start]);
  const queue = [tour.start];
  while (queue.length) {
    const s = tour.scenes.find((x) => x.id === queue.shift());
    for (const l of s?.links ?? []) {
      if (!seen.has(l.to)) {
        seen.add(l.to);
        queue.push(l.to);
      }
    }
  }
  return tour.scenes.map((s) => s.id).filter((id) => !seen.has(id));
}

/** Links whose target does not link back. */
export function oneWayLinks(tour: Tour): string[] {
  const out: string[] = [];
  for (const s of tour.scenes) {
    for (const l of s.links) {
      const back = tour.scenes.find((x) => x.id === l.to)?.links.some((x) => x.to === s.id);
      if (!back) out.push(`${s.id} → ${l.to}`);
    }
  }
  return out;
}

/** Sets `tour` in a site's JSON text, leaving every other key as it was (order included). */
export function withTour(siteJson: string, tour: Tour): string {
  const site = JSON.parse(siteJson) as Record<string, unknown>;
  site.tour = tour;
  return `${JSON.stringify(site, null, 2)}\n`;
}
