/**
 * Build step: lists every file a kiosk caches for offline use (media under dist/: models, posters,
 * panoramas, map data and terrain tiles, decoders, narration, and every web font) in
 * dist/kiosk-precache.json, and prints the kiosk precache size at the end of `vite build`.
 * The app shell (JS, CSS, HTML, the Latin/Vietnamese fonts) is precached by the service worker itself;
 * its size is taken from Workbox's manifest (see `shellManifestTransform`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { KIOSK_PRECACHE_FILE, type KioskPrecacheManifest } from '../../src/offline/mediaCaches.ts';

/** Folders of dist/ (copied from public/) that a kiosk needs in full. */
export const KIOSK_MEDIA_DIRS = ['models', 'posters', 'panoramas', 'map', 'decoders', 'narration'];
/** The fonts the service worker precaches with the app shell (Latin and Vietnamese: every page uses them). */
export const SHELL_FONT_GLOB = 'assets/be-vietnam-pro-*.woff2';
const isShellFont = (p: string) => /[\\/]be-vietnam-pro-[^\\/]*\.woff2$/.test(p);
/** Licence and source notes shipped next to the map data are not fetched by the app. */
const SKIP = /\.(md|txt)$/i;

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every media file and web font (woff2) of a build, with its size and a short content hash. */
export function listKioskMedia(outDir: string, base = '/'): KioskPrecacheManifest {
  const paths = [
    ...KIOSK_MEDIA_DIRS.flatMap((d) => walk(join(outDir, d))),
    ...walk(join(outDir, 'assets')).filter((p) => p.endsWith('.woff2') && !isShellFont(p)),
  ].filter((p) => !SKIP.test(p));
  const files = paths
    .map((p) => {
      const bytes = readFileSync(p);
      return {
        url: base + relative(outDir, p).split(sep).join('/'),
        size: bytes.length,
        hash: createHash('sha1').update(bytes).digest('hex').slice(0, 12),
      };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  return { version: 1, bytes: files.reduce((s, f) => s + f.size, 0), files };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What Workbox put in the service worker's precache (the app shell), captured during the build. */
const shell = { files: 0, bytes: 0 };

/** A Workbox `manifestTransforms` entry: records the app-shell precache size, changes nothing. */
export const shellManifestTransform = async <T extends { size: number }>(entries: T[]) => {
  shell.files = entries.length;
  shell.bytes = entries.reduce((s, e) => s + e.size, 0);
  return { manifest: entries, warnings: [] as string[] };
};

/** Vite plugin: writes dist/kiosk-precache.json and prints "kiosk precache: N files, X MB". */
export function kioskPrecachePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'xl3d:kiosk-precache',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    // After vite-plugin-pwa has generated the service worker (its closeBundle is sequential too).
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        const media = listKioskMedia(outDir, config.base);
        writeFileSync(join(outDir, KIOSK_PRECACHE_FILE), `${JSON.stringify(media)}\n`);
        const files = media.files.length + shell.files;
        const bytes = media.bytes + shell.bytes;
        config.logger.info(
          `\nkiosk precache: ${files} files, ${mb(bytes)} MB ` +
            `(app shell ${shell.files} files, ${mb(shell.bytes)} MB + media and fonts ${media.files.length} files, ${mb(media.bytes)} MB; list in ${config.build.outDir}/${KIOSK_PRECACHE_FILE})`,
        );
      },
    },
  };
}
