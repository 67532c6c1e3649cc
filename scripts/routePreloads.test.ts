import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { BODY_FONT, BODY_FONT_SAMPLE } from '../src/app/bodyFont';
import { PHONE_QUERY } from '../src/app/posterFirst';
import { siteModuleId } from './parsedSites';
import {
  bootScript,
  chunkClosure,
  preloadScript,
  type RoutePreloads,
  routePreloads,
  withoutEntryTags,
} from './routePreloads';

const ROOT = '/app';

function chunk(fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId,
    imports,
    isEntry,
    viteMetadata: { importedCss: new Set(fileName.includes('SitePage') ? ['assets/SitePage.css'] : []) },
  } as unknown as Rollup.OutputChunk;
}

function bundle(): Rollup.OutputBundle {
  const chunks = [
    chunk('assets/index.js', `${ROOT}/index.html`, ['assets/react.js'], true),
    chunk('assets/react.js', null),
    chunk('assets/en.js', `${ROOT}/locales/en/common.json`),
    chunk('assets/MapPage.js', `${ROOT}/src/app/MapPage.tsx`, ['assets/siteIndex.js', 'assets/react.js']),
    chunk('assets/MapView.js', `${ROOT}/src/map/MapView.tsx`, ['assets/siteIndex.js']),
    chunk('assets/siteIndex.js', null),
    chunk('assets/SitePage.js', `${ROOT}/src/app/SitePage.tsx`, ['assets/siteIndex.js', 'assets/schemas.js']),
    chunk('assets/schemas.js', null),
    chunk('assets/SiteViewer.js', `${ROOT}/src/viewer3d/SiteViewer.tsx`, ['assets/three.js']),
    chunk('assets/three.js', null),
    chunk('assets/PanoramaLayer.js', `${ROOT}/src/panorama/PanoramaLayer.tsx`, ['assets/three.js']),
    chunk('assets/cave.js', siteModuleId('cave')),
  ];
  const assets = [
    'assets/be-vietnam-pro-vietnamese-400-normal-v1.woff2',
    'assets/be-vietnam-pro-latin-400-normal-l1.woff2',
    'assets/be-vietnam-pro-latin-ext-400-normal-e1.woff2',
    // The boot screen's weight, and the Chinese font: not the body font.
    'assets/be-vietnam-pro-latin-600-normal-l6.woff2',
    'assets/noto-sans-sc-4-400-normal-z1.woff2',
  ].map((fileName) => ({ type: 'asset', fileName }) as unknown as Rollup.OutputAsset);
  return Object.fromEntries([...chunks, ...assets].map((c) => [c.fileName, c]));
}

function contentDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xl3d-preloads-'));
  writeFileSync(
    join(dir, 'cave.json'),
    JSON.stringify({
      id: 'cave',
      media: [{ kind: 'model', file: 'models/cave.glb', poster: 'posters/cave.jpg' }],
      tour: { scenes: [{ id: 'mouth', preview: 'panoramas/cave/mouth-preview.jpg' }] },
    }),
  );
  writeFileSync(join(dir, 'market.json'), JSON.stringify({ id: 'market', media: [] }));
  return dir;
}

/**
 * Runs the head script and then the boot script for one URL on a phone or a computer (fake document).
 * `paint`: the browser reports paint timing; the returned `paint()` delivers the first contentful paint.
 */
function run(preloads: RoutePreloads, href: string, phone = false, paint = false, msPerCall = 0) {
  const url = new URL(href, 'http://x');
  const added: {
    tag: string;
    rel?: string;
    href?: string;
    as?: string;
    type?: string;
    src?: string;
    crossOrigin?: string;
  }[] = [];
  const root = { innerHTML: '' };
  const fontLoads: string[] = [];
  const document = {
    fonts: { load: (font: string, text: string) => fontLoads.push(`${font} ${text}`) },
    head: { appendChild: (l: (typeof added)[number]) => added.push(l) },
    createElement: (tag: string) => ({ tag }),
    getElementById: (id: string) => (id === 'root' ? root : null),
  };
  let onPaint: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | undefined;
  const window: Record<string, unknown> = {};
  if (paint)
    window.PerformanceObserver = Object.assign(
      function observer(this: unknown, cb: typeof onPaint) {
        onPaint = cb;
        return { observe: () => undefined };
      },
      { supportedEntryTypes: ['paint', 'largest-contentful-paint'] },
    );
  const frames: string[] = [];
  const timers: (() => void)[] = [];
  let clock = 0;
  const context = {
    // Each reading of the clock advances it by msPerCall: a slow device's main thread.
    performance: { now: () => (clock += msPerCall) },
    document,
    window,
    location: { pathname: url.pathname, search: url.search },
    matchMedia: (q: string) => ({ matches: phone && (q === PHONE_QUERY || q.includes('max-width')) }),
    // Without paint timing, a phone's code waits for the first frame: this frame comes at once.
    requestAnimationFrame: (f: () => void) => {
      frames.push('frame');
      f();
    },
    // With paint timing or a slow clock, timeouts wait for `timeout()`.
    setTimeout: (f: () => void) => (paint || msPerCall ? timers.push(f) : f()),
  };
  runInNewContext(preloadScript(preloads, '/'), context);
  runInNewContext(bootScript(), context);
  const list = () =>
    added.map((l) =>
      l.tag === 'script' ? `script:${l.type} ${l.src}` : `${l.rel}${l.as ? `:${l.as}` : ''} ${l.href}`,
    );
  return {
    links: list(),
    elements: added,
    fontLoads,
    boot: root.innerHTML,
    waitedForFrame: frames.length > 0,
    paint: () => {
      onPaint?.({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
      return list();
    },
    timeout: () => {
      while (timers.length > 0) timers.shift()?.();
      return list();
    },
  };
}
const BODY_FONT_FILES = [
  'preload:font /assets/be-vietnam-pro-latin-400-normal-l1.woff2',
  'preload:font /assets/be-vietnam-pro-latin-ext-400-normal-e1.woff2',
  'preload:font /assets/be-vietnam-pro-vietnamese-400-normal-v1.woff2',
];
const linksFor = (preloads: RoutePreloads, href: string, phone = false) => run(preloads, href, phone).links;

describe('chunkClosure', () => {
  it('lists a module’s chunk, its imports and CSS, minus what the entry already loaded', () => {
    const b = bundle();
    const loaded = new Set(['assets/index.js', 'assets/react.js']);
    expect(chunkClosure(b, `${ROOT}/src/app/SitePage.tsx`, loaded)).toEqual([
      'assets/SitePage.js',
      'assets/SitePage.css',
      'assets/siteIndex.js',
      'assets/schemas.js',
    ]);
    expect(chunkClosure(b, `${ROOT}/src/missing.tsx`, loaded)).toEqual([]);
  });
});

describe('the inline preload script', () => {
  const dir = contentDir();
  const preloads = routePreloads(bundle(), ROOT, dir, {
    vi: 'Xứ Lạng 3D',
    en: 'Lạng Sơn 3D',
    zh: '谅山<3D>',
  });

  it('preloads the map’s code on the map, with the language’s strings', () => {
    expect(linksFor(preloads, '/en')).toEqual([
      'script:module /assets/index.js',
      'modulepreload /assets/react.js',
      'modulepreload /assets/en.js',
      ...BODY_FONT_FILES,
      'modulepreload /assets/MapPage.js',
      'modulepreload /assets/siteIndex.js',
      'modulepreload /assets/MapView.js',
    ]);
  });

  it('preloads the site page, the viewer, the site’s texts and its model on a site page', () => {
    const links = linksFor(preloads, '/en/sites/cave');
    expect(links).toContain('modulepreload /assets/SiteViewer.js');
    expect(links).toContain('modulepreload /assets/three.js');
    expect(links).toContain('modulepreload /assets/cave.js');
    expect(links).toContain('preload:style /assets/SitePage.css');
    expect(links).toContain('preload:fetch /models/cave.glb');
    expect(links).toContain('preload:image /posters/cave.jpg');
    expect(links.some((l) => l.includes('PanoramaLayer') || l.includes('preview'))).toBe(false);
  });

  it('preloads a stylesheet in CORS mode, as Vite then loads it, so the browser uses the preload', () => {
    // Vite's loader adds <link rel=stylesheet crossorigin>; a preload without crossorigin is fetched twice.
    const css = run(preloads, '/en/sites/cave').elements.find((l) => l.href === '/assets/SitePage.css');
    expect(css?.crossOrigin).toBe('');
  });

  it('loads the body font with the code: a computer preloads its files, a phone asks document.fonts', () => {
    const computer = run(preloads, '/vi/sites/cave');
    expect(computer.links.filter((l) => l.includes('woff2'))).toEqual(BODY_FONT_FILES);
    // Fonts are fetched in CORS mode: a preload without crossorigin would be fetched twice.
    expect(computer.elements.filter((l) => l.as === 'font').map((l) => l.crossOrigin)).toEqual(['', '', '']);
    expect(computer.fontLoads).toEqual([]);
    // A phone's code starts after the load event, when Chromium no longer matches a preload to the font's
    // request: it asks for the face itself, with text reaching each of its files.
    const phone = run(preloads, '/vi/sites/cave', true);
    expect(phone.links.some((l) => l.includes('woff2'))).toBe(false);
    expect(phone.fontLoads).toEqual([`${BODY_FONT} ${BODY_FONT_SAMPLE}`]);
  });

  it('on a phone, leaves MapLibre, three.js and the model for when the visitor asks', () => {
    const map = linksFor(preloads, '/en', true);
    expect(map).toContain('modulepreload /assets/MapPage.js');
    expect(map).not.toContain('modulepreload /assets/MapView.js');
    const site = linksFor(preloads, '/en/sites/cave', true);
    expect(site).toContain('modulepreload /assets/SitePage.js');
    expect(site).toContain('preload:image /posters/cave.jpg');
    expect(site.some((l) => /SiteViewer|three|cave\.glb/.test(l))).toBe(false);
    // A 360° link is a request for the panorama: its engine loads at once.
    expect(linksFor(preloads, '/en/sites/cave/360/mouth', true)).toContain('modulepreload /assets/three.js');
  });

  it('on a phone, preloads code after the first frame; on a computer, at once', () => {
    expect(run(preloads, '/en', true).waitedForFrame).toBe(true);
    expect(run(preloads, '/en').waitedForFrame).toBe(false);
  });

  it('on a phone with paint timing, loads the app only once the boot screen has painted', () => {
    const site = run(preloads, '/en/sites/cave', true, true);
    // Before the first contentful paint: the picture only.
    expect(site.links).toEqual(['preload:image /posters/cave.jpg']);
    expect(site.boot).toContain('class="stage-poster"');
    const after = site.paint();
    expect(after).toContain('script:module /assets/index.js');
    expect(after).toContain('modulepreload /assets/SitePage.js');
    // Once only, even when the safety timeout fires too.
    expect(site.timeout().filter((l) => l.startsWith('script:'))).toHaveLength(1);
    // A tab that never paints (hidden) still loads the app after the timeout.
    expect(run(preloads, '/en', true, true).timeout()).toContain('script:module /assets/index.js');
    // A computer does not wait.
    expect(run(preloads, '/en', false, true).links).toContain('script:module /assets/index.js');
  });

  it('on a phone on posters, adds the links in slices of 8 ms, yielding in between, in the same order', () => {
    const all = run(preloads, '/en/sites/cave', true, true).paint();
    // 3 ms per clock reading: two links per slice.
    const slow = run(preloads, '/en/sites/cave', true, true, 3);
    const firstSlice = slow.paint();
    expect(firstSlice.length).toBeLessThan(all.length);
    expect(firstSlice).toContain('script:module /assets/index.js');
    expect(slow.timeout()).toEqual(all);
  });

  it('anywhere else, adds every link at once, the entry module first', () => {
    // Even on a slow device: sliced, the links waited behind parsing and styling.
    const slow = run(preloads, '/en/sites/cave', false, false, 3);
    expect(slow.links).toEqual(run(preloads, '/en/sites/cave').links);
    expect(slow.links.slice(0, 2)).toEqual([
      'preload:image /posters/cave.jpg',
      'script:module /assets/index.js',
    ]);
    expect(slow.links).toContain('preload:fetch /models/cave.glb');
    expect(run(preloads, '/en/sites/cave/360/mouth', false, false, 3).links[0]).toBe(
      'script:module /assets/index.js',
    );
  });

  it('starts kiosk and fair screens live even at phone size', () => {
    expect(linksFor(preloads, '/en?mode=kiosk', true)).toContain('modulepreload /assets/MapView.js');
    expect(linksFor(preloads, '/en/sites/cave?mode=fair', true)).toContain('preload:fetch /models/cave.glb');
  });

  it('writes a boot screen: the poster map on a phone’s map, the site’s picture on a site page', () => {
    const map = run(preloads, '/en', true).boot;
    expect(map).toContain('class="poster-map-image"');
    expect(map).toContain('src="/map/poster.svg"');
    expect(map).toContain('Lạng Sơn 3D');
    // A computer's map gets the layout and header, not the poster.
    const computer = run(preloads, '/en').boot;
    expect(computer).toContain('class="map-area"');
    expect(computer).not.toContain('poster');
    const site = run(preloads, '/zh/sites/cave').boot;
    expect(site).toContain('class="stage-poster"');
    expect(site).toContain('src="/posters/cave.jpg"');
    // The name is escaped into the markup.
    expect(site).toContain('谅山&lt;3D>');
    expect(run(preloads, '/en/sites/cave/360/mouth').boot).not.toContain('stage-poster');
    expect(run(preloads, '/en/businesses').boot).not.toContain('poster');
  });

  it('preloads the panorama layer and the scene’s preview (not the model) on a 360° link', () => {
    const links = linksFor(preloads, '/vi/sites/cave/360/mouth');
    expect(links).toContain('modulepreload /assets/PanoramaLayer.js');
    expect(links).toContain('preload:fetch /panoramas/cave/mouth-preview.jpg');
    expect(links).not.toContain('preload:fetch /models/cave.glb');
    expect(links.filter((l) => l.endsWith('three.js'))).toHaveLength(1);
  });

  it('adds only the strings for other screens and unknown sites', () => {
    const entryAndStrings = [
      'script:module /assets/index.js',
      'modulepreload /assets/react.js',
      'modulepreload /assets/en.js',
      ...BODY_FONT_FILES,
    ];
    expect(linksFor(preloads, '/en/businesses')).toEqual(entryAndStrings);
    expect(linksFor(preloads, '/en/sites/nowhere')).toEqual(entryAndStrings);
    expect(linksFor(preloads, '/en/sites/market')).not.toContain('preload:fetch /models/undefined');
  });
});

describe('withoutEntryTags', () => {
  const html = `<head>
    <script type="module" crossorigin src="/app/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/app/assets/react.js">
    <link rel="modulepreload" crossorigin href="/app/assets/other.js">
    <link rel="stylesheet" crossorigin href="/app/assets/index.css">
  </head>`;

  it('takes out the entry module and its imports, keeps everything else', () => {
    const out = withoutEntryTags(html, { script: 'assets/index.js', deps: ['assets/react.js'] }, '/app/');
    expect(out).not.toContain('index.js');
    expect(out).not.toContain('react.js');
    expect(out).toContain('other.js');
    expect(out).toContain('index.css');
  });

  it('fails the build when the entry tag is not where Vite puts it', () => {
    expect(() => withoutEntryTags(html, { script: 'assets/main.js', deps: [] }, '/app/')).toThrow(
      /assets\/main\.js/,
    );
  });
});
