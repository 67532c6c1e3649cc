import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { distinctColours, waitForMap } from './helpers';

// These tests need the app's service worker (playwright.config.ts blocks it for the other specs).
test.use({ serviceWorkers: 'allow' });

interface TourJson {
  tour?: { start?: string; scenes?: { id: string }[] };
}
const tamThanh = JSON.parse(readFileSync('content/sites/dong-tam-thanh.json', 'utf8')) as TourJson;
const firstScene = tamThanh.tour?.start ?? tamThanh.tour?.scenes?.[0]?.id;

async function waitForModel(page: Page) {
  await page.waitForFunction(
    () => window.__xl3dViewer?.ready && window.__xl3dViewer.firstFrameMs !== null,
    null,
    {
      timeout: 60_000,
    },
  );
}

/** One online load in kiosk mode: the worker installs, then every kiosk file is cached. */
async function loadKioskOnline(page: Page) {
  // A long idle time: the kiosk's reset (a page reload) must not interrupt the test.
  await page.goto('/vi?mode=kiosk&idle=3600');
  await page.waitForFunction(() => window.__xl3dOffline?.worker === 'active', null, { timeout: 60_000 });
  await page.waitForFunction(
    () => ['done', 'error'].includes(window.__xl3dOffline?.kioskPrecache.status ?? ''),
    null,
    { timeout: 180_000 },
  );
  const precache = await page.evaluate(() => window.__xl3dOffline?.kioskPrecache);
  expect(precache?.status, JSON.stringify(precache?.progress?.failedFiles)).toBe('done');
  expect(precache?.progress?.failed).toBe(0);
  expect(precache?.progress?.total).toBeGreaterThan(100);
  return precache;
}

test.describe('offline kiosk', () => {
  test.describe.configure({ mode: 'serial' });

  test('after one online load the map, a 3D site page and a panorama work with the network cut', async ({
    page,
    context,
  }) => {
    test.setTimeout(360_000);
    const precache = await loadKioskOnline(page);

    await context.setOffline(true);
    const failed: string[] = [];
    // Requests the page itself cancels (a navigation while fonts load) are not failures of the cache.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });

    // The map, loaded with no network (a full page load, outside kiosk mode so no attract loop runs).
    const t0 = Date.now();
    await page.goto('/vi');
    await expect(page.locator('.app-header')).toBeVisible();
    const shellMs = Date.now() - t0;
    await waitForMap(page);
    const mapMs = Date.now() - t0;
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await distinctColours(page.locator('.map-canvas canvas'))).toBeGreaterThan(40);

    // A site page with its 3D model, opened as a fresh navigation (not a client-side route change).
    const t1 = Date.now();
    await page.goto('/vi/sites/dong-tam-thanh');
    await waitForModel(page);
    const siteMs = Date.now() - t1;
    expect(await distinctColours(page.locator('.viewer-canvas canvas'))).toBeGreaterThan(60);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tam Thanh');

    // Another language and a reload of a deep URL still work.
    await page.goto('/zh/sites/mau-son');
    await waitForModel(page);
    await page.reload();
    await waitForModel(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');

    const report = `kiosk precache ${precache?.progress?.total} files, ${((precache?.progress?.bytesTotal ?? 0) / 1048576).toFixed(1)} MB; offline reload: shell ${shellMs} ms, map ready ${mapMs} ms; offline site page: first 3D frame after ${siteMs} ms`;
    test.info().annotations.push({ type: 'offline timing', description: report });
    console.log(report);
    expect(failed.filter((u) => /\/(assets|models|map|decoders|posters)\//.test(u))).toEqual([]);
  });

  test('a panorama scene renders offline', async ({ page, context }) => {
    expect(firstScene, 'content/sites/dong-tam-thanh.json must have a panorama tour').toBeTruthy();
    test.setTimeout(360_000);
    await loadKioskOnline(page);
    await context.setOffline(true);
    const t0 = Date.now();
    await page.goto(`/vi/sites/dong-tam-thanh/360/${firstScene}`);
    await page.waitForFunction(
      () => {
        const state = (window as { __xl3dPanorama?: { state?: string } }).__xl3dPanorama?.state;
        return state === 'full' || state === 'preview';
      },
      null,
      { timeout: 60_000 },
    );
    test.info().annotations.push({ type: 'offline timing', description: `panorama ${Date.now() - t0} ms` });
    expect(await distinctColours(page.locator('canvas').first())).toBeGreaterThan(60);
  });
});
