/**
 * The JS/CSS a route reaches, computed from a production build: the Vite manifest when the build has one
 * (`build.manifest: true` or `vite build --manifest`), otherwise index.html plus the chunks' own imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteFiles {
  /** Paths relative to the dist folder, e.g. assets/index-abc.js. */
  js: string[];
  css: string[];
}

export interface BundleGraph {
  source: 'manifest' | 'html';
  /** Entry chunk + its static imports + one language's strings (+ the entry CSS): what the first paint waits for. */
  firstPaint: RouteFiles;
  /** firstPaint + the map route chunk + the map view chunk (maplibre) + the maplibre worker. */
  mapInteractive: RouteFiles;
  /** firstPaint + the site route + the 3D viewer chunk (three, R3F, drei). */
  siteViewer: RouteFiles;
  /** Chunk files of the 3D/panorama engine (to check the map never loads them). */
  engine3d: string[];
}

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*)["'`]\.\/([\w.-]+\.m?js)["'`]/g;

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

function fromManifest(manifest: Manifest): BundleGraph {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('manifest has no entry');
  const closure = (keys: string[]): RouteFiles => {
    const seen = new Set<string>();
    const js: string[] = [];
    const css: string[] = [];
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const c = manifest[key];
      if (!c) return;
      js.push(c.file);
      css.push(...(c.css ?? []));
      for (const i of c.imports ?? []) visit(i);
    };
    for (const k of keys) visit(k);
    return { js: uniq(js), css: uniq(css) };
  };
  const keyBySrc = (re: RegExp) => Object.keys(manifest).find((k) => re.test(manifest[k]?.src ?? k));
  const mapPage = keyBySrc(/MapPage\.tsx$/);
  const mapView = keyBySrc(/map\/MapView\.tsx$/);
  const worker = keyBySrc(/maplibre-gl-worker/);
  const sitePage = keyBySrc(/SitePage\.tsx$/);
  const viewer = keyBySrc(/viewer3d\/SiteViewer\.tsx$/);
  const pano = Object.keys(manifest).filter((k) => /src\/panorama\//.test(manifest[k]?.src ?? ''));
  const strings = Object.keys(manifest).filter((k) =>
    /locales\/[a-z]+\/common\.json$/.test(manifest[k]?.src ?? k),
  );
  const first = closure([entryKey, ...strings.slice(0, 1)]);
  const map = closure([
    entryKey,
    ...strings.slice(0, 1),
    ...[mapPage, mapView].filter((x): x is string => !!x),
  ]);
  if (worker && manifest[worker]) map.js.push(manifest[worker].file);
  const site = closure([entryKey, ...[sitePage, viewer].filter((x): x is string => !!x)]);
  const engine = uniq(
    [viewer, ...pano]
      .filter((x): x is string => !!x)
      .map((k) => manifest[k]?.file ?? '')
      .filter(Boolean),
  );
  return { source: 'manifest', firstPaint: first, mapInteractive: map, siteViewer: site, engine3d: engine };
}

function fromHtml(dist: string): BundleGraph {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  const files = readdirSync(assets);
  // A module script tag, or the head script that loads the entry itself (scripts/routePreloads.ts).
  const entry =
    /<script[^>]+type="module"[^>]+src="\/?(assets\/[^"]+)"/.exec(html)?.[1] ??
    /"entry":\{"script":"(assets\/[^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in index.html');
  const entryCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?(assets\/[^"]+\.css)"/g)].map(
    (m) => m[1] ?? '',
  );
  const text = (f: string) => readFileSync(join(dist, f), 'utf8');
  const staticImports = (f: string) => [...text(f).matchAll(IMPORT_RE)].map((m) => `assets/${m[1]}`);
  const closure = (roots: string[]): string[] => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || !existsSync(join(dist, f))) return;
      seen.add(f);
      for (const i of staticImports(f)) visit(i);
    };
    for (const r of roots) visit(r);
    return [...seen];
  };
  const byPrefix = (prefix: string, ext = '.js') =>
    files.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(ext)).map((f) => `assets/${f}`);
  // CSS of a lazy chunk: named like the chunk (Vite names it after the chunk's entry module).
  const cssOf = (jsFiles: string[]) =>
    // Hashes are 8 characters and may contain '-' themselves.
    uniq(jsFiles.flatMap((f) => byPrefix(/assets\/(.+)-[\w-]{8}\.js$/.exec(f)?.[1] ?? '\0', '.css')));
  // The first paint waits for one language's strings (locales/<lang>/common.json, imported at boot): the largest.
  const strings = byPrefix('common')
    .sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)
    .slice(0, 1);
  const first = uniq([...closure([entry]), ...strings]);
  const mapRoots = [...byPrefix('MapPage'), ...byPrefix('MapView')];
  const mapJs = uniq([...first, ...closure(mapRoots), ...byPrefix('maplibre-gl-worker', '.mjs')]);
  const siteRoots = [...byPrefix('SitePage'), ...byPrefix('SiteViewer')];
  const siteJs = uniq([...first, ...closure(siteRoots)]);
  return {
    source: 'html',
    firstPaint: { js: first, css: entryCss },
    mapInteractive: { js: mapJs, css: uniq([...entryCss, ...cssOf(mapRoots)]) },
    siteViewer: { js: siteJs, css: uniq([...entryCss, ...cssOf(siteRoots)]) },
    engine3d: [...byPrefix('SiteViewer'), ...byPrefix('PanoramaViewer')],
  };
}

export function bundleGraph(dist: string): BundleGraph {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) return fromManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  return fromHtml(dist);
}
