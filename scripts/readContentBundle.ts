import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentBundle } from '../src/content/validate';
import type { ImageInfo } from '../src/content/validateTour';
import { imageSize } from './imageSize.ts';

/** Every file under dir, as paths relative to dir with forward slashes. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Reads JSON, turning a syntax error into data the validator reports instead of a crash. */
function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { __parseError: (e as Error).message };
  }
}

/** The site files of content/sites (paths relative to it), sorted by name. */
export function listSiteFiles(sitesDir: string): string[] {
  return listFiles(sitesDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Every site file of content/sites, sorted by name, parsed (a syntax error comes back as data). */
export function readSiteFiles(sitesDir: string): { file: string; data: unknown }[] {
  return listSiteFiles(sitesDir).map((f) => ({
    file: `${sitesDir}/${f}`,
    data: readJson(join(sitesDir, f)),
  }));
}

export function readContentBundle(contentDir: string, publicDir: string): ContentBundle {
  const publicFiles = listFiles(publicDir);
  return {
    sites: readSiteFiles(join(contentDir, 'sites')),
    itineraries: {
      file: join(contentDir, 'itineraries.json'),
      data: readJson(join(contentDir, 'itineraries.json')),
    },
    sources: { file: join(contentDir, 'sources.json'), data: readJson(join(contentDir, 'sources.json')) },
    publicFiles: new Set(publicFiles),
    images: panoramaImages(publicDir, publicFiles),
  };
}

/** Size and dimensions of every image under public/panoramas (what tours point at). */
function panoramaImages(publicDir: string, files: readonly string[]): Map<string, ImageInfo> {
  const out = new Map<string, ImageInfo>();
  for (const f of files) {
    if (!f.startsWith('panoramas/') || !/\.(jpe?g|png)$/i.test(f)) continue;
    const buf = readFileSync(join(publicDir, f));
    out.set(f, { bytes: buf.length, ...imageSize(buf) });
  }
  return out;
}
