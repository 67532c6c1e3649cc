/**
 * Build step: an inline script in index.html that, from the URL alone, starts downloading what the first
 * screen needs while the app's entry module is still arriving and evaluating:
 * - the map: the map page's and MapLibre's chunks;
 * - a site page: the site page's and the 3D viewer's chunks, the site's texts and its model;
 * - a 360° link: also the panorama layer's and overlay's chunks and the scene's preview image.
 * Without it these requests wait for the entry (≈250 ms on a desktop, ≈1 s on a 4×-slower phone) and the
 * router. The app's own imports then find the same files in flight. (Production builds only: the dev
 * server serves modules one by one.)
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { readSiteFiles } from './readContentBundle.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** What one site's first screen fetches besides code (paths relative to the base). */
export interface SitePreloads {
  json: string[];
  model?: string;
  /** Scene id → preview image. */
  previews: Record<string, string>;
}

export interface RoutePreloads {
  /** Language → its strings (the first paint waits for them). */
  langs: Record<string, string[]>;
  map: string[];
  site: string[];
  pano: string[];
  sites: Record<string, SitePreloads>;
}

interface SiteFile {
  id?: unknown;
  media?: { kind?: unknown; file?: unknown }[];
  tour?: { scenes?: { id?: unknown; preview?: unknown }[] };
}

const chunksOf = (bundle: OutputBundle) =>
  Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');

/** The files reached from `starts` through static imports, each chunk with its CSS, skipping `loaded`. */
function reach(bundle: OutputBundle, starts: readonly OutputChunk[], loaded: ReadonlySet<string>): string[] {
  const byName = new Map(chunksOf(bundle).map((c) => [c.fileName, c]));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (c: OutputChunk) => {
    if (seen.has(c.fileName) || loaded.has(c.fileName)) return;
    seen.add(c.fileName);
    out.push(c.fileName);
    for (const css of (c as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss ?? [])
      out.push(css);
    for (const i of c.imports) {
      const next = byName.get(i);
      if (next) visit(next);
    }
  };
  for (const c of starts) visit(c);
  return out;
}

/** The code files a module needs that the entry has not already loaded: its chunk, its imports, its CSS. */
export function chunkClosure(bundle: OutputBundle, moduleId: string, loaded: ReadonlySet<string>): string[] {
  const start = chunksOf(bundle).find((c) => c.facadeModuleId === moduleId);
  return start ? reach(bundle, [start], loaded) : [];
}

export function routePreloads(bundle: OutputBundle, root: string, contentDir: string): RoutePreloads {
  // What the entry loads statically needs no preload.
  const loaded = new Set(
    reach(
      bundle,
      chunksOf(bundle).filter((c) => c.isEntry),
      new Set(),
    ),
  );
  const src = (p: string) => resolve(root, p);
  const closure = (...paths: string[]) => [
    ...new Set(paths.flatMap((p) => chunkClosure(bundle, src(p), loaded))),
  ];
  const langs: Record<string, string[]> = {};
  for (const lang of ['vi', 'en', 'zh']) langs[lang] = closure(`locales/${lang}/common.json`);
  const map = closure('src/app/MapPage.tsx', 'src/map/MapView.tsx');
  const site = closure('src/app/SitePage.tsx', 'src/viewer3d/SiteViewer.tsx');
  const inSite = new Set(site);
  const pano = closure('src/panorama/PanoramaLayer.tsx', 'src/panorama/PanoramaOverlay.tsx').filter(
    (f) => !inSite.has(f),
  );
  const sites: Record<string, SitePreloads> = {};
  for (const { file, data: raw } of readSiteFiles(contentDir)) {
    // A broken file gets no preloads; content:check names it.
    const data = (raw ?? {}) as SiteFile;
    if (typeof data.id !== 'string') continue;
    const model = data.media?.find((m) => m.kind === 'model')?.file;
    const previews: Record<string, string> = {};
    for (const s of data.tour?.scenes ?? [])
      if (typeof s.id === 'string' && typeof s.preview === 'string') previews[s.id] = s.preview;
    sites[data.id] = {
      json: chunkClosure(bundle, `${file}?raw`, loaded),
      ...(typeof model === 'string' ? { model } : {}),
      previews,
    };
  }
  return { langs, map, site, pano, sites };
}

/** The inline script: reads the path, adds the matching preload links. Kept small: it is in every page. */
export function preloadScript(p: RoutePreloads, base: string): string {
  return `(function(P,B){var d=document,h=d.head,s=location.pathname.slice(B.length-1).split('/'),w=s[2],i=s[3];
function l(f,as){var e=d.createElement('link');if(as){e.rel='preload';e.as=as;if(as=='fetch'){e.crossOrigin='anonymous';e.fetchPriority='low'}}else e.rel=/\\.css$/.test(f)?'preload':'modulepreload';if(/\\.css$/.test(f))e.as='style';e.href=B+f;h.appendChild(e)}
(P.langs[s[1]]||[]).forEach(function(f){l(f)});var t=w?w=='sites'&&P.sites[i]:0;if(!w)P.map.forEach(function(f){l(f)});else if(t){P.site.concat(t.json).forEach(function(f){l(f)});if(t.model&&s[4]!='360')l(t.model,'fetch');if(s[4]=='360'){P.pano.forEach(function(f){l(f)});if(t.previews[s[5]])l(t.previews[s[5]],'fetch')}}
})(${JSON.stringify(p)},${JSON.stringify(base)})`;
}

export function routePreloadsPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'xl3d-route-preloads',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const preloads = routePreloads(ctx.bundle, config.root, resolve(config.root, 'content/sites'));
        return {
          html,
          tags: [{ tag: 'script', children: preloadScript(preloads, config.base), injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
