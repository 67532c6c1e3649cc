import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Distinct colours in an element's screenshot (captures WebGL without preserveDrawingBuffer). */
export async function distinctColours(locator: Locator): Promise<number> {
  const png = PNG.sync.read(await locator.screenshot());
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    seen.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  }
  return seen.size;
}

/** Waits until MapLibre has loaded the style, the site layer and its first tiles. */
export async function waitForMap(page: Page) {
  await expect(page.locator('.map-canvas[data-loaded="true"]')).toBeAttached({ timeout: 60_000 });
  await page.waitForFunction(() => window.__xl3dMap?.loaded() && window.__xl3dMap.areTilesLoaded(), null, {
    timeout: 60_000,
  });
}

/** Screen position of a site's marker, from the live map (test hook). */
export async function markerPoint(page: Page, siteId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const map = window.__xl3dMap;
    if (!map) throw new Error('no map');
    const feature = map.querySourceFeatures('sites').find((f) => f.properties?.id === id);
    if (feature?.geometry.type !== 'Point') throw new Error(`marker ${id} not rendered`);
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const p = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, siteId);
}

/** Every request the page makes must go to the app's own server. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}
