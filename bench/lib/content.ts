/** What the benchmark needs from content/ and the build: models, panorama scenes, kiosk precache. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawSize } from './sizes';

export interface SceneInfo {
  site: string;
  id: string;
  image: string;
  preview: string;
  links: string[];
}

export interface SiteInfo {
  id: string;
  model: string | null;
  scenes: SceneInfo[];
  start: string | null;
}

interface RawSite {
  id: string;
  media?: { kind: string; file: string }[];
  tour?: {
    start: string;
    scenes: { id: string; image: string; preview: string; links?: { to: string }[] }[];
  };
}

export function readSites(root: string, dist: string): SiteInfo[] {
  const dir = join(root, 'content', 'sites');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawSite;
      const model = raw.media?.find((m) => m.kind === 'model')?.file ?? null;
      const scenes = (raw.tour?.scenes ?? [])
        .filter((s) => existsSync(join(dist, s.image)) && existsSync(join(dist, s.preview)))
        .map((s) => ({
          site: raw.id,
          id: s.id,
          image: s.image,
          preview: s.preview,
          links: (s.links ?? []).map((l) => l.to),
        }));
      return {
        id: raw.id,
        model: model && existsSync(join(dist, model)) ? model : null,
        scenes,
        start: raw.tour?.start ?? null,
      };
    });
}

export interface KioskPrecache {
  available: boolean;
  note: string;
  sources: string[];
  files: number;
  missing: number;
  /** Bytes stored on the kiosk (files as built; media are already compressed). */
  totalBytes: number | null;
}

/** The kiosk's offline set: Workbox's precache manifest in sw.js plus any kiosk media list the build writes. */
export function kioskPrecache(dist: string): KioskPrecache {
  const urls = new Set<string>();
  const sources: string[] = [];
  const swCandidates = ['sw.js', 'service-worker.js'].filter((f) => existsSync(join(dist, f)));
  for (const sw of swCandidates) {
    const text = readFileSync(join(dist, sw), 'utf8');
    const found = [...text.matchAll(/\burl\s*:\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
    // Workbox may keep the manifest in a separate workbox-*.js or inline; both use {url, revision}.
    if (found.length) sources.push(`${sw} (${found.length} entries)`);
    for (const u of found) urls.add(u);
  }
  for (const name of ['kiosk-precache.json', 'kiosk-media.json']) {
    const p = join(dist, name);
    if (!existsSync(p)) continue;
    const data = JSON.parse(readFileSync(p, 'utf8')) as unknown;
    const list: unknown[] = Array.isArray(data)
      ? data
      : Array.isArray((data as { files?: unknown[] }).files)
        ? ((data as { files: unknown[] }).files ?? [])
        : Array.isArray((data as { urls?: unknown[] }).urls)
          ? ((data as { urls: unknown[] }).urls ?? [])
          : [];
    let n = 0;
    for (const item of list) {
      const u = typeof item === 'string' ? item : (item as { url?: string })?.url;
      if (typeof u === 'string') {
        urls.add(u);
        n++;
      }
    }
    sources.push(`${name} (${n} entries)`);
  }
  if (urls.size === 0)
    return {
      available: false,
      note: 'not available: the build has no sw.js precache manifest nor kiosk-precache.json',
      sources,
      files: 0,
      missing: 0,
      totalBytes: null,
    };
  let total = 0;
  let missing = 0;
  for (const u of urls) {
    const path = join(dist, decodeURIComponent(u.replace(/^\//, '').split('?')[0] ?? ''));
    if (existsSync(path)) total += rawSize(path);
    else missing++;
  }
  return { available: true, note: '', sources, files: urls.size, missing, totalBytes: total };
}
