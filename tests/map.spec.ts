import { expect, test } from '@playwright/test';
import { distinctColours, markerPoint, recordForeignRequests, waitForMap } from './helpers';

test.describe('the province map', () => {
  test('draws the offline map with attribution, fetching nothing from other hosts', async ({
    page,
    baseURL,
  }) => {
    const foreign = recordForeignRequests(page, baseURL ?? '');
    await page.goto('/en');
    await waitForMap(page);
    expect(await distinctColours(page.locator('.map-canvas canvas'))).toBeGreaterThan(40);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Open Development Mekong');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames');
    await expect(page).toHaveTitle(/Map of Lạng Sơn Province · Lạng Sơn 3D/);
    expect(foreign).toEqual([]);
  });

  test('a marker opens its preview card, and the card opens the site page', async ({ page }) => {
    await page.goto('/en');
    await waitForMap(page);
    const { x, y } = await markerPoint(page, 'mau-son');
    await page.mouse.click(x, y);
    const card = page.getByTestId('preview-card');
    await expect(card).toContainText('Mẫu Sơn Mountain');
    await expect(card).toContainText('Mountain & nature');
    await card.getByRole('link', { name: 'Open site' }).click();
    await expect(page).toHaveURL(/\/en\/sites\/mau-son$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mẫu Sơn Mountain');
  });

  test('a list entry opens the site page', async ({ page }) => {
    await page.goto('/vi');
    await page.getByRole('link', { name: /Xem chi tiết: Động Tam Thanh/ }).click();
    await expect(page).toHaveURL(/\/vi\/sites\/dong-tam-thanh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Động Tam Thanh – Chùa Tam Thanh');
  });

  test('search ignores diacritics and case, in all three languages', async ({ page }) => {
    await page.goto('/en');
    const search = page.getByRole('searchbox', { name: 'Search sites' });
    await search.fill('tam thanh');
    await expect(page.locator('.site-item').first()).toContainText('Tam Thanh Cave & Pagoda');
    await search.fill('三清');
    await expect(page.locator('.site-item').first()).toContainText('Tam Thanh Cave & Pagoda');
    await search.fill('MAU SON');
    await expect(page.locator('.site-item').first()).toContainText('Mẫu Sơn Mountain');
    await search.fill('nothing-like-this');
    await expect(page.locator('.empty-state')).toContainText('No site matches');
  });

  test('category filters narrow the list and the map', async ({ page }) => {
    await page.goto('/en');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Market', exact: true }).click();
    await expect(page.locator('.result-count')).toHaveText('2 sites');
    await expect(page.locator('.site-item')).toHaveCount(2);
    await expect
      .poll(() => page.evaluate(() => window.__xl3dMap?.querySourceFeatures('sites').length ?? -1))
      .toBeLessThanOrEqual(2);
  });

  test('the list works by keyboard alone', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('searchbox', { name: 'Search sites' }).focus();
    await page.keyboard.type('huu nghi');
    const item = page.locator('.site-item').first();
    await expect(item).toContainText('Hữu Nghị');
    for (let i = 0; i < 20; i++) {
      if (await item.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(item).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('preview-card')).toContainText('Hữu Nghị');
    await expect(page).toHaveURL(/site=cua-khau-huu-nghi/);
  });

  test('sites that share a point are all drawn, fanned out', async ({ page }) => {
    await page.goto('/en');
    await waitForMap(page);
    await page.evaluate(() => window.__xl3dMap?.jumpTo({ center: [106.7578, 21.8478], zoom: 14 }));
    await page.waitForFunction(() => window.__xl3dMap?.loaded() && !window.__xl3dMap.isMoving());
    const ids = ['den-ta-phu', 'doan-thanh', 'cot-co-phai-ve', 'cho-ky-lua', 'cho-dong-kinh'];
    await expect
      .poll(async () =>
        page.evaluate(
          (wanted) =>
            window.__xl3dMap
              ?.queryRenderedFeatures({ layers: ['site-markers'] })
              .map((f) => String(f.properties.id))
              .filter((id) => wanted.includes(id)).length ?? 0,
          ids,
        ),
      )
      .toBe(ids.length);
  });

  test('the terrain relief joins the map once it is first idle, between the province and the veil', async ({
    page,
  }) => {
    const dem: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/map/dem/')) dem.push(r.url());
    });
    await page.goto('/en');
    await waitForMap(page);
    await page.waitForFunction(() => window.__xl3dMap?.getLayer('hillshade') !== undefined);
    const order = await page.evaluate(() => window.__xl3dMap?.getStyle().layers.map((l) => l.id) ?? []);
    expect(order.indexOf('hillshade')).toBeGreaterThan(order.indexOf('province-fill'));
    expect(order.indexOf('hillshade')).toBeLessThan(order.indexOf('neighbours-veil'));
    await expect.poll(() => dem.length).toBeGreaterThan(0);
  });
});
