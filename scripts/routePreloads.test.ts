import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { PHONE_QUERY } from '../src/app/posterFirst';
import { bootScript, chunkClosure, preloadScript, type RoutePreloads, routePreloads } from './routePreloads';

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

function bundle(contentDir: string): Rollup.OutputBundle {
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
    chunk('assets/cave.js', `${join(contentDir, 'cave.json')}?raw`),
  ];
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
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

/** Runs the head script and then the boot script for one URL on a phone or a computer (fake document). */
function run(preloads: RoutePreloads, href: string, phone = false) {
  const url = new URL(href, 'http://x');
  const added: { rel: string; href: string; as?: string; crossOrigin?: string }[] = [];
  const root = { innerHTML: '' };
  const document = {
    head: { appendChild: (l: (typeof added)[number]) => added.push(l) },
    createElement: () => ({}),
    getElementById: (id: string) => (id === 'root' ? root : null),
  };
  const window: Record<string, unknown> = {};
  const frames: string[] = [];
  const context = {
    document,
    window,
    location: { pathname: url.pathname, search: url.search },
    matchMedia: (q: string) => ({ matches: phone && (q === PHONE_QUERY || q.includes('max-width')) }),
    // A phone's code preloads wait for the first frame: this frame comes at once.
    requestAnimationFrame: (f: () => void) => {
      frames.push('frame');
      f();
    },
    setTimeout: (f: () => void) => f(),
  };
  runInNewContext(preloadScript(preloads, '/'), context);
  runInNewContext(bootScript(), context);
  return {
    links: added.map((l) => `${l.rel}${l.as ? `:${l.as}` : ''} ${l.href}`),
    boot: root.innerHTML,
    waitedForFrame: frames.length > 0,
  };
}
const linksFor = (preloads: RoutePreloads, href: string, phone = false) => run(preloads, href, phone).links;

describe('chunkClosure', () => {
  it('lists a module’s chunk, its imports and CSS, minus what the entry already loaded', () => {
    const b = bundle('/c');
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
  const preloads = routePreloads(bundle(dir), ROOT, dir, {
    vi: 'Xứ Lạng 3D',
    en: 'Lạng Sơn 3D',
    zh: '谅山<3D>',
  });

  it('preloads the map’s code on the map, with the language’s strings', () => {
    expect(linksFor(preloads, '/en')).toEqual([
      'modulepreload /assets/en.js',
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
    expect(linksFor(preloads, '/en/businesses')).toEqual(['modulepreload /assets/en.js']);
    expect(linksFor(preloads, '/en/sites/nowhere')).toEqual(['modulepreload /assets/en.js']);
    expect(linksFor(preloads, '/en/sites/market')).not.toContain('preload:fetch /models/undefined');
  });
});
