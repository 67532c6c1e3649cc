import { readFileSync, writeFileSync } from 'node:fs';
import { formatJson } from './formatJson';
import type { HotspotPlacement } from './siteContext';
import { roundVec, type Vec3 } from './vec';

/** The single media entry every site with a generated model carries. */
export function modelMedia(siteId: string) {
  return {
    kind: 'model',
    file: `models/${siteId}.glb`,
    provenance: 'illustrative',
    credit: {
      vi: 'Mô hình minh họa do Xứ Lạng 3D dựng, chưa phải bản quét thực địa',
      en: 'Illustrative reconstruction by Lạng Sơn 3D, not a survey scan',
      zh: '谅山3D制作的示意性复原模型，并非实地扫描',
    },
  };
}

export interface ContentUpdate {
  /** The file's new text. */
  text: string;
  changed: boolean;
  /** Hotspot ids in the content file that the model does not place. */
  missing: string[];
  /** Hotspots the model places that the content file does not have. */
  unknown: string[];
}

/**
 * Sets `anchor` and `view` on each existing hotspot and replaces `media` with the model entry;
 * every other field, and the key order, is left as it was.
 */
export function applyModelToSite(
  text: string,
  siteId: string,
  placements: ReadonlyMap<string, HotspotPlacement>,
  intro?: { position: Vec3; target: Vec3 },
): ContentUpdate {
  const site = JSON.parse(text) as Record<string, unknown>;
  const hotspots = Array.isArray(site.hotspots) ? (site.hotspots as Record<string, unknown>[]) : [];
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const h of hotspots) {
    const id = String(h.id);
    seen.add(id);
    const p = placements.get(id);
    if (!p) {
      missing.push(id);
      continue;
    }
    h.anchor = roundVec(p.anchor);
    h.view = { position: roundVec(p.view.position), target: roundVec(p.view.target) };
  }
  // The first framing travels with the model; a poster rendered earlier (npm run models:posters) is kept.
  const previous = Array.isArray(site.media)
    ? (site.media as Record<string, unknown>[]).find((m) => m.kind === 'model')
    : undefined;
  site.media = [
    {
      ...modelMedia(siteId),
      ...(intro ? { view: { position: roundVec(intro.position), target: roundVec(intro.target) } } : {}),
      ...(typeof previous?.poster === 'string' ? { poster: previous.poster } : {}),
    },
  ];
  const out = formatJson(site);
  return {
    text: out,
    changed: out !== text,
    missing,
    unknown: [...placements.keys()].filter((id) => !seen.has(id)),
  };
}

export function updateSiteContent(
  file: string,
  siteId: string,
  placements: ReadonlyMap<string, HotspotPlacement>,
  intro?: { position: Vec3; target: Vec3 },
): ContentUpdate {
  const result = applyModelToSite(readFileSync(file, 'utf8'), siteId, placements, intro);
  if (result.changed && result.missing.length === 0 && result.unknown.length === 0)
    writeFileSync(file, result.text);
  return result;
}
