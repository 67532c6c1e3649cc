/**
 * Build step: an inline script in index.html that, from the URL alone, starts downloading what the first
 * screen needs while the app's entry module is still arriving and evaluating:
 * - the map: the map page's and MapLibre's chunks;
 * - a site page: the site page's and the 3D viewer's chunks, the site's texts and its model;
 * - a 360° link: also the panorama layer's and overlay's chunks and the scene's preview image.
 * Without it these requests wait for the entry (≈250 ms on a desktop, ≈1 s on a 4×-slower phone) and the
 * router. The app's own imports then find the same files in flight. (Production builds only: the dev
 * server serves modules one by one.)
 *
 * The script also loads the app's entry module itself (Vite's static tags are taken out of index.html).
 * A computer loads it at once; a phone that starts on posters waits until the boot screen has painted, so
 * the picture is on screen before the app's code competes for the network and the processor.
 *
 * The body font: a computer preloads its files; a phone, whose loading starts after the page's load event
 * (when Chromium no longer matches a preload to the font's request), asks `document.fonts` for the face.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { BODY_FONT, BODY_FONT_SAMPLE } from '../src/app/bodyFont.ts';
import { PHONE_QUERY } from '../src/app/posterFirst.ts';
import { FRAME_ASPECT, POSTER_MARGIN } from '../src/map/posterFrame.ts';
import { siteModuleId } from './parsedSites.ts';
import { readSiteFiles } from './readContentBundle.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** What one site's first screen fetches besides code (paths relative to the base). */
export interface SitePreloads {
  json: string[];
  model?: string;
  /** The model's poster image: a phone's first screen, and the stage's picture while the model loads. */
  poster?: string;
  /** Scene id → preview image. */
  previews: Record<string, string>;
}

export interface RoutePreloads {
  /** The app's entry module and the chunks it imports statically. */
  entry: { script: string; deps: string[] };
  /** Language → its strings (the first paint waits for them). */
  langs: Record<string, string[]>;
  /**
   * The body text's font files (weight 400; the boot screen already loads 600). Loaded with the app's code,
   * so the first render lays its text out in them (src/app/bodyFont.ts): laying it out in fallback fonts
   * first, then again when they arrive, made the app's first commit the page's longest task.
   */
  fonts: string[];
  /** The body font and text reaching each of its files, for `document.fonts.load`. */
  font: [string, string];
  map: string[];
  /** MapLibre and the map view: phones that start on the poster map skip them (src/app/posterFirst.ts). */
  mapEngine: string[];
  site: string[];
  /** The 3D viewer (three.js): phones that start on the poster skip it. */
  viewer: string[];
  pano: string[];
  /** The app's name per language, for the boot screen's header. */
  names: Record<string, string>;
  sites: Record<string, SitePreloads>;
}

interface SiteFile {
  id?: unknown;
  media?: { kind?: unknown; file?: unknown; poster?: unknown }[];
  tour?: { scenes?: { id?: unknown; preview?: unknown }[] };
}

/** The body font's files (Be Vietnam Pro 400) for the scripts the app's text is in. */
const BODY_FONT_FILE = /(^|\/)be-vietnam-pro-(latin|latin-ext|vietnamese)-400-normal-[^/]*\.woff2$/;

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

/** The app's name in each language (locales/<lang>/common.json `app.name`); a missing file gives ''. */
export function appNames(root: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const lang of ['vi', 'en', 'zh']) {
    try {
      const strings = JSON.parse(readFileSync(resolve(root, `locales/${lang}/common.json`), 'utf8'));
      names[lang] = String(strings?.app?.name ?? '');
    } catch {
      names[lang] = '';
    }
  }
  return names;
}

export function routePreloads(
  bundle: OutputBundle,
  root: string,
  contentDir: string,
  names: Record<string, string> = {},
): RoutePreloads {
  // What the entry loads statically needs no preload.
  const loaded = new Set(
    reach(
      bundle,
      chunksOf(bundle).filter((c) => c.isEntry),
      new Set(),
    ),
  );
  const entryChunk = chunksOf(bundle).find((c) => c.isEntry);
  const entry = {
    script: entryChunk?.fileName ?? '',
    deps: [...loaded].filter((f) => f !== entryChunk?.fileName && f.endsWith('.js')),
  };
  const src = (p: string) => resolve(root, p);
  const closure = (...paths: string[]) => [
    ...new Set(paths.flatMap((p) => chunkClosure(bundle, src(p), loaded))),
  ];
  const langs: Record<string, string[]> = {};
  for (const lang of ['vi', 'en', 'zh']) langs[lang] = closure(`locales/${lang}/common.json`);
  const fonts = Object.values(bundle)
    .filter((a) => a.type === 'asset' && BODY_FONT_FILE.test(a.fileName))
    .map((a) => a.fileName)
    .sort();
  const map = closure('src/app/MapPage.tsx');
  const inMap = new Set(map);
  const mapEngine = closure('src/map/MapView.tsx').filter((f) => !inMap.has(f));
  const site = closure('src/app/SitePage.tsx');
  const viewer = closure('src/viewer3d/SiteViewer.tsx').filter((f) => !site.includes(f));
  const inSite = new Set([...site, ...viewer]);
  const pano = closure('src/panorama/PanoramaLayer.tsx', 'src/panorama/PanoramaOverlay.tsx').filter(
    (f) => !inSite.has(f),
  );
  const sites: Record<string, SitePreloads> = {};
  for (const { data: raw } of readSiteFiles(contentDir)) {
    // A broken file gets no preloads; content:check names it.
    const data = (raw ?? {}) as SiteFile;
    if (typeof data.id !== 'string') continue;
    const modelMedia = data.media?.find((m) => m.kind === 'model');
    const model = modelMedia?.file;
    const poster = modelMedia?.poster;
    const previews: Record<string, string> = {};
    for (const s of data.tour?.scenes ?? [])
      if (typeof s.id === 'string' && typeof s.preview === 'string') previews[s.id] = s.preview;
    sites[data.id] = {
      json: chunkClosure(bundle, siteModuleId(data.id), loaded),
      ...(typeof model === 'string' ? { model } : {}),
      ...(typeof poster === 'string' ? { poster } : {}),
      previews,
    };
  }
  return {
    entry,
    langs,
    fonts,
    font: [BODY_FONT, BODY_FONT_SAMPLE],
    map,
    mapEngine,
    site,
    viewer,
    pano,
    names,
    sites,
  };
}

/**
 * The inline script (in the head): reads the path, adds the matching preload links, and leaves the route
 * in `window.__xl3dBoot` for the boot screen. Kept small: it is in every page. Starting a request costs
 * the main thread 2–8 ms on a 4×-slower phone, so a phone on posters (whose code starts after the first
 * paint) adds the links in slices of 8 ms, yielding in between. Anything else adds them at once, before
 * the first paint: sliced, they waited behind parsing and styling and went out over 2–3 s. The entry
 * script goes first.
 */
export function preloadScript(p: RoutePreloads, base: string): string {
  return `(function(P,B){var d=document,h=d.head,s=location.pathname.slice(B.length-1).split('/'),w=s[2],i=s[3],x=s[4]=='360';
var q=!/[?&]mode=(kiosk|fair)/.test(location.search)&&matchMedia(${JSON.stringify(PHONE_QUERY)}).matches;
function l(f,as){var e=d.createElement('link');if(as){e.rel='preload';e.as=as;if(as=='fetch'){e.crossOrigin='anonymous';e.fetchPriority='low'}if(as=='image')e.fetchPriority='high';if(as=='font')e.crossOrigin=''}else e.rel=/\\.css$/.test(f)?'preload':'modulepreload';if(/\\.css$/.test(f)){e.as='style';e.crossOrigin=''}e.href=B+f;Q.push(e)}
function k(){var t0=performance.now();while(Q.length&&(!q||performance.now()-t0<8))h.appendChild(Q.shift());if(Q.length)setTimeout(k)}
function a(L){L.forEach(function(f){l(f)})}
var Q=[],t=w?w=='sites'&&P.sites[i]:0;if(t&&!x&&t.poster){l(t.poster,'image');k()}
function g(){if(D)return;D=1;var e=d.createElement('script');e.type='module';e.crossOrigin='';e.src=B+P.entry.script;Q.push(e);a(P.entry.deps);a(P.langs[s[1]]||[]);if(!q)P.fonts.forEach(function(f){l(f,'font')});else if(d.fonts)d.fonts.load(P.font[0],P.font[1]);if(!w){a(P.map);if(!q)a(P.mapEngine)}else if(t){a(P.site.concat(t.json));if(!q||x)a(P.viewer);if(t.model&&!x&&!q)l(t.model,'fetch');if(x){a(P.pano);if(t.previews[s[5]])l(t.previews[s[5]],'fetch')}}k()}
var D=0,O=window.PerformanceObserver;if(!q)g();else if(O&&(O.supportedEntryTypes||[]).indexOf('paint')>=0){new O(function(L){if(L.getEntriesByName('first-contentful-paint').length)g()}).observe({type:'paint',buffered:true});setTimeout(g,3000)}else requestAnimationFrame(function(){setTimeout(g)});
window.__xl3dBoot={name:P.names[s[1]]||P.names.vi,map:!w,poster:t&&!x?t.poster:0,phone:q,base:B};
})(${JSON.stringify(p)},${JSON.stringify(base)})`;
}

/**
 * The boot screen (end of body): until the app renders, a phone's map shows the poster map and a site page
 * its picture, in the app's own layout, so the first paint is the screen's picture rather than a blank page.
 * A computer's map gets the layout only: drawing the large poster there delayed its first paint by ~1 s in
 * software rendering, and its live map follows soon after.
 */
export function bootScript(): string {
  const m = POSTER_MARGIN;
  const img = `left:${-m.x * 100}%;top:${-m.y * 100}%;width:${(1 + 2 * m.x) * 100}%;height:${(1 + 2 * m.y) * 100}%`;
  return `(function(b,r){if(!b||!r)return;var e=function(t){return String(t).replace(/[&<"]/g,function(c){return{'&':'&amp;','<':'&lt;','"':'&quot;'}[c]})};
var w=matchMedia('(min-width: 900px)').matches,pad=w?'40px 60px':'24px 24px 150px',c='';
if(b.map)c='<div class="map-page"><div class="site-panel"></div><div class="map-area">'+(b.phone?'<section class="poster-map" style="padding:'+pad+'"><div class="poster-map-fit"><div class="poster-map-frame" style="aspect-ratio:${FRAME_ASPECT};--frame-ar:${FRAME_ASPECT}"><img class="poster-map-image" alt="" src="'+b.base+'map/poster.svg" style="${img}"></div></div></section>':'')+'</div></div>';
else if(b.poster)c='<div class="site-stage"><img class="stage-poster" alt="" fetchpriority="high" src="'+e(b.base+b.poster)+'"></div>';
r.innerHTML='<div class="app-shell boot" aria-busy="true"><header class="app-header"><span class="brand"><svg viewBox="0 0 64 64" width="30" height="30" aria-hidden="true"><rect width="64" height="64" rx="14" fill="#1F4E3D"/><path d="M6 50 L20 22 L28 36 L36 16 L58 50 Z" fill="#F4F1EA"/><circle cx="46" cy="18" r="5" fill="#D9A441"/></svg><span class="brand-name">'+e(b.name)+'</span></span></header><main class="app-main">'+c+'</main></div>';
})(window.__xl3dBoot,document.getElementById('root'))`;
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** index.html without Vite's tags for the entry module and its imports: the head script loads them. */
export function withoutEntryTags(html: string, entry: RoutePreloads['entry'], base: string): string {
  const script = new RegExp(
    `\\s*<script type="module"[^>]*src="${escapeRe(base + entry.script)}"[^>]*></script>`,
  );
  if (!script.test(html))
    throw new Error(`route preloads: no module script for ${entry.script} in index.html`);
  let out = html.replace(script, '');
  for (const dep of entry.deps)
    out = out.replace(
      new RegExp(`\\s*<link rel="modulepreload"[^>]*href="${escapeRe(base + dep)}"[^>]*>`),
      '',
    );
  return out;
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
        const preloads = routePreloads(
          ctx.bundle,
          config.root,
          resolve(config.root, 'content/sites'),
          appNames(config.root),
        );
        const head = `<script>${preloadScript(preloads, config.base)}</script>`;
        // Right after the viewport meta tag (before it, a phone's layout viewport is 980 px wide) and before
        // the stylesheet, which would otherwise hold the script (and every download it starts) until it loads.
        const out = withoutEntryTags(html, preloads.entry, config.base).replace(
          /<meta name="viewport"[^>]*>/,
          (meta) => `${meta}\n    ${head}`,
        );
        if (!out.includes(head)) throw new Error('route preloads: index.html has no viewport meta tag');
        return { html: out, tags: [{ tag: 'script', children: bootScript(), injectTo: 'body' }] };
      },
    },
  };
}
