import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { chunkClosure, preloadScript, type RoutePreloads, routePreloads } from './routePreloads';

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
      media: [{ kind: 'model', file: 'models/cave.glb' }],
      tour: { scenes: [{ id: 'mouth', preview: 'panoramas/cave/mouth-preview.jpg' }] },
    }),
  );
  writeFileSync(join(dir, 'market.json'), JSON.stringify({ id: 'market', media: [] }));
  return dir;
}

/** Runs the inline script against a fake document for one URL; returns the links it added. */
function linksFor(preloads: RoutePreloads, pathname: string) {
  const added: { rel: string; href: string; as?: string; crossOrigin?: string }[] = [];
  const document = {
    head: { appendChild: (l: (typeof added)[number]) => added.push(l) },
    createElement: () => ({}),
  };
  runInNewContext(preloadScript(preloads, '/'), { document, location: { pathname } });
  return added.map((l) => `${l.rel}${l.as ? `:${l.as}` : ''} ${l.href}`);
}

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
  const preloads = routePreloads(bundle(dir), ROOT, dir);

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
    expect(links.some((l) => l.includes('PanoramaLayer') || l.includes('preview'))).toBe(false);
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
