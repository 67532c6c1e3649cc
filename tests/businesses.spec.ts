import { expect, type Page, test } from '@playwright/test';
import { axeFindings, revealLazySections, waitForMap } from './helpers';

/** Waits for the map to settle after a camera change. */
async function waitForIdle(page: Page) {
  await page.waitForFunction(
    () => window.__xl3dMap?.loaded() && !window.__xl3dMap.isMoving() && window.__xl3dMap.areTilesLoaded(),
    null,
    { timeout: 60_000 },
  );
}

/** What the business layer draws right now: clusters (with their sizes) and single markers. */
async function renderedBusinesses(page: Page) {
  return page.evaluate(() => {
    const map = window.__xl3dMap;
    if (!map) return { clusters: 0, markers: [] as string[], total: 0 };
    const clusters = map.queryRenderedFeatures({ layers: ['business-clusters'] });
    const markers = map.queryRenderedFeatures({ layers: ['business-markers'] });
    const clusterIds = new Set(clusters.map((f) => f.properties.cluster_id));
    const markerIds = [...new Set(markers.map((f) => String(f.properties.id)))];
    const total =
      [...clusterIds].reduce<number>((sum, id) => {
        const f = clusters.find((c) => c.properties.cluster_id === id);
        return sum + Number(f?.properties.point_count ?? 0);
      }, 0) + markerIds.length;
    return {
      clusters: clusterIds.size,
      markers: markers.map((f) => String(f.properties.category)),
      total,
    };
  });
}

/** Screen position of a business marker (test hook on the live map). */
async function businessPoint(page: Page, id: string) {
  return page.evaluate((wanted) => {
    const map = window.__xl3dMap;
    if (!map) throw new Error('no map');
    const f = map
      .queryRenderedFeatures({ layers: ['business-markers'] })
      .find((x) => x.properties.id === wanted);
    if (f?.geometry.type !== 'Point') throw new Error(`business ${wanted} not rendered`);
    const [lng = 0, lat = 0] = f.geometry.coordinates;
    const p = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

async function openServicesTab(page: Page, lang: 'en' | 'vi' = 'en') {
  await page.goto(`/${lang}`);
  await waitForMap(page);
  await page.getByRole('button', { name: lang === 'en' ? 'Services' : 'Dịch vụ', exact: true }).click();
  await expect(page.getByTestId('business-layer-panel')).toContainText(
    lang === 'en' ? '480 businesses on the map' : '480 cơ sở trên bản đồ',
  );
}

/** A registry export (same JSON as the live feed) the app uses instead of its data: see loadBusinesses.ts. */
const HOSTILE_REGISTRY = {
  demo: false,
  businesses: [
    {
      id: 'XSS-1',
      name: '<img src=x onerror=alert(1)>',
      name_en: '<b>Bold</b> & <script>alert(2)</script>',
      category: 'food',
      address: '<a href="javascript:alert(3)">click</a>',
      lat: 21.853,
      lng: 106.761,
      phone: '0912 345 678',
      email: 'info@example.com',
      website: 'https://example.com/menu',
      languages: 'vi; en',
      registration: 'AU-01/2025',
    },
    {
      id: 'BAD-LINK',
      name: 'Quán có liên kết xấu',
      category: 'food',
      lat: 21.85,
      lng: 106.76,
      website: 'javascript:alert(4)',
    },
  ],
};

test.describe('tourism businesses', () => {
  test('the map shows the business layer as clusters, with a demo-data legend', async ({ page }) => {
    test.slow(); // WebGL map on SwiftShader, shared machine
    await page.goto('/en');
    await waitForMap(page);
    // Off until asked for: the map page does not even load the registry.
    expect((await renderedBusinesses(page)).total).toBe(0);
    await expect(page.getByTestId('business-legend')).toHaveCount(0);

    await page.getByRole('button', { name: 'Services', exact: true }).click();
    await expect(page.getByTestId('business-legend')).toContainText('Tourism businesses');
    await expect(page.getByTestId('business-legend')).toContainText('Demo data');
    await expect(page.getByTestId('business-layer-panel')).toContainText('Demo data');
    await expect.poll(async () => (await renderedBusinesses(page)).clusters).toBeGreaterThan(3);
    await expect.poll(async () => (await renderedBusinesses(page)).total).toBe(480);

    // Site markers stay above the business layer.
    const order = await page.evaluate(() => window.__xl3dMap?.getStyle().layers.map((l) => l.id) ?? []);
    expect(order.indexOf('business-markers')).toBeLessThan(order.indexOf('site-clusters'));
    expect(order.indexOf('business-clusters')).toBeLessThan(order.indexOf('site-markers'));
  });

  test('a cluster zooms in when clicked', async ({ page }) => {
    test.slow(); // WebGL map on SwiftShader, shared machine
    await openServicesTab(page);
    await expect.poll(async () => (await renderedBusinesses(page)).clusters).toBeGreaterThan(3);
    const before = await page.evaluate(() => window.__xl3dMap?.getZoom() ?? 0);
    const point = await page.evaluate(() => {
      const map = window.__xl3dMap;
      if (!map) throw new Error('no map');
      const sites = map.queryRenderedFeatures({ layers: ['site-markers', 'site-clusters'] });
      const rect = map.getCanvas().getBoundingClientRect();
      // A business cluster with no site marker drawn over it.
      for (const f of map.queryRenderedFeatures({ layers: ['business-clusters'] })) {
        if (f.geometry.type !== 'Point') continue;
        const p = map.project(f.geometry.coordinates as [number, number]);
        const clear = sites.every((s) => {
          if (s.geometry.type !== 'Point') return true;
          const q = map.project(s.geometry.coordinates as [number, number]);
          return Math.hypot(q.x - p.x, q.y - p.y) > 40;
        });
        if (clear && p.x > 260 && p.y > 120) return { x: rect.left + p.x, y: rect.top + p.y };
      }
      throw new Error('no free business cluster');
    });
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => window.__xl3dMap?.getZoom() ?? 0))
      .toBeGreaterThan(before + 0.9);
  });

  test('filtering by category and language changes what the map shows', async ({ page }) => {
    test.slow(); // WebGL map on SwiftShader, shared machine
    await openServicesTab(page);
    const panel = page.getByTestId('business-layer-panel');
    await panel.getByRole('button', { name: 'Travel agency' }).click();
    await expect(panel).toContainText('23 businesses on the map');
    await expect.poll(async () => (await renderedBusinesses(page)).total).toBe(23);
    await page.evaluate(() => window.__xl3dMap?.jumpTo({ center: [106.7578, 21.8478], zoom: 14 }));
    await waitForIdle(page);
    const { markers } = await renderedBusinesses(page);
    expect(markers.length).toBeGreaterThan(0);
    expect(new Set(markers)).toEqual(new Set(['travel-agency']));

    // Languages narrow it further (any of the chosen ones); "All" brings everything back.
    await panel.getByRole('button', { name: 'Chinese' }).click();
    const text = (await panel.locator('.result-count').textContent()) ?? '';
    const count = Number(/(\d+) business/.exec(text)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(23);
    await panel.getByRole('button', { name: 'Any', exact: true }).click();
    await panel.getByRole('button', { name: 'All', exact: true }).click();
    await expect(panel).toContainText('480 businesses on the map');
  });

  test('a business marker opens its card on the map, and the card opens the business page', async ({
    page,
  }) => {
    test.slow(); // WebGL map on SwiftShader, shared machine
    await openServicesTab(page);
    // Sample hotel Lộc Bình 458: no other business or site close by.
    await page.evaluate(() => window.__xl3dMap?.jumpTo({ center: [106.92765, 21.7427], zoom: 14 }));
    await waitForIdle(page);
    await expect
      .poll(() =>
        businessPoint(page, 'DEMO-LT-458').then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const { x, y } = await businessPoint(page, 'DEMO-LT-458');
    await page.mouse.click(x, y);
    const card = page.getByTestId('business-preview');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Sample hotel Lộc Bình 458 (demo)');
    await expect(card).toContainText('Lodging');
    await expect(card).toContainText('Demo data');
    await expect(page).toHaveURL(/business=DEMO-LT-458/);
    await card.getByRole('link', { name: /Open details/ }).click();
    await expect(page).toHaveURL(/\/en\/businesses\/DEMO-LT-458$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sample hotel Lộc Bình 458 (demo)');

    // …and "Show on the map" comes back to it, with the layer on.
    await page.getByRole('link', { name: 'Show on the map' }).click();
    await expect(page).toHaveURL(/\/en\?business=DEMO-LT-458$/);
    await expect(page.getByTestId('business-preview')).toContainText('Sample hotel Lộc Bình 458 (demo)');
    await expect(page.getByTestId('business-legend')).toBeVisible();
  });

  test('a deep link opens the business card with contacts, languages, registration and nearby sites', async ({
    page,
  }) => {
    await page.goto('/en/businesses/DEMO-LT-467');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Sample guesthouse Quỳnh Sơn 467 (demo)',
    );
    await expect(page).toHaveTitle('Sample guesthouse Quỳnh Sơn 467 (demo) · Lạng Sơn 3D');
    await expect(page.getByTestId('demo-notice')).toContainText('Demo data');
    await expect(page.locator('.site-kicker')).toContainText('Lodging');
    await expect(page.getByText('Địa chỉ mẫu số 467, khu vực Quỳnh Sơn, tỉnh Lạng Sơn')).toBeVisible();

    const booking = page.getByRole('link', { name: /Book online/ });
    await expect(booking).toHaveAttribute('href', 'https://example.org/dat-cho/demo-lt-467');
    await expect(booking).toHaveAttribute('target', '_blank');
    await expect(booking).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: /Website/ })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: /Email/ })).toHaveAttribute(
      'href',
      'mailto:demo467@example.org',
    );
    const directions = page.getByRole('link', { name: /Google Maps/ });
    await expect(directions).toHaveAttribute('href', /destination=21\.89735%2C106\.31635/);
    await expect(directions).toHaveAttribute('target', '_blank');

    const facts = page.locator('.business-facts');
    await expect(facts).toContainText('Vietnamese');
    await expect(facts).toContainText('Chinese');
    await expect(facts).toContainText('Tày');
    await expect(facts).toContainText('DEMO/LT/467');
    await expect(facts).toContainText('Moderate');

    const near = page.locator('.nearby-sites li');
    expect(await near.count()).toBeGreaterThan(0);
    await expect(near.first()).toHaveText(/\d+(\.\d)? (m|km)$/);

    // Every link on the page is http(s), tel: or mailto:.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^(https?:|tel:|mailto:)/);
  });

  test('an unknown business id shows a helpful not-found page', async ({ page }) => {
    await page.goto('/en/businesses/DEMO-LT-45');
    const notFound = page.getByTestId('not-found');
    await expect(notFound.getByRole('heading', { level: 1 })).toHaveText('We could not find this business');
    await expect(notFound).toContainText('“DEMO-LT-45”');
    await expect(notFound.getByRole('link', { name: /DEMO-LT-045/ })).toBeVisible();
    await notFound.getByRole('link', { name: 'See all businesses' }).click();
    await expect(page).toHaveURL(/\/en\/businesses$/);
    await expect(page.locator('.result-count')).toHaveText('480 businesses');
  });

  test('names and addresses containing markup are shown as text, and bad links are dropped', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript((registry) => {
      window.__xl3dBusinessOverride = registry;
    }, HOSTILE_REGISTRY);

    await page.goto('/vi/businesses');
    await expect(page.locator('.result-count')).toHaveText('1 cơ sở');
    const row = page.locator('.business-row').first();
    await expect(row.locator('.business-row-name')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(row).toContainText('<a href="javascript:alert(3)">click</a>');
    // Not demo data: no demo label.
    await expect(page.getByTestId('demo-notice')).toHaveCount(0);

    await page.goto('/en/businesses/XSS-1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '<b>Bold</b> & <script>alert(2)</script>',
    );
    await expect(page.locator('.site-local-name')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.getByRole('link', { name: /Call/ })).toHaveAttribute('href', 'tel:+84912345678');
    await expect(page.getByRole('link', { name: /Call/ })).toContainText('0912 345 678');
    await expect(page.locator('main img[src="x"], main b, main script')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

    // The entry with a javascript: website was rejected as a whole.
    await page.goto('/en/businesses/BAD-LINK');
    await expect(page.getByTestId('not-found')).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('the site page lists nearby businesses by category, with distances', async ({ page }) => {
    await page.goto('/en/sites/dong-tam-thanh');
    await revealLazySections(page);
    const nearby = page.getByTestId('nearby-businesses');
    await expect(nearby.getByRole('heading', { level: 2 })).toHaveText('Services nearby');
    await expect(nearby).toContainText('Demo data');
    await expect(nearby.locator('.nearby-group').first()).toBeVisible();
    expect(await nearby.locator('.nearby-group').count()).toBeGreaterThanOrEqual(4);
    await expect(nearby.locator('.nearby-group[data-category="lodging"] h3')).toHaveText('Lodging');
    const distances = await nearby.locator('.nearby-distance').allTextContents();
    expect(distances.length).toBeGreaterThan(6);
    for (const d of distances) expect(d).toMatch(/^\d+(\.\d)? (m|km)$/);
    // Nearest first within each category.
    const toM = (d: string) => Number.parseFloat(d) * (d.endsWith('km') ? 1000 : 1);
    const lodging = (
      await nearby.locator('[data-category="lodging"] .nearby-distance').allTextContents()
    ).map(toM);
    expect(lodging).toEqual([...lodging].sort((a, b) => a - b));

    await nearby.getByRole('link', { name: /All businesses, nearest first/ }).click();
    await expect(page).toHaveURL(/\/en\/businesses\?near=dong-tam-thanh$/);
    await expect(page.locator('.result-count')).toContainText('nearest to Tam Thanh Cave & Pagoda first');
    await expect(page.getByLabel('Sort')).toHaveValue('dong-tam-thanh');
    const first = page.locator('.business-row-distance').first();
    expect(toM((await first.textContent()) ?? '')).toBeLessThan(1000);
  });

  test('the directory search ignores diacritics and filters combine', async ({ page }) => {
    await page.goto('/vi/businesses');
    await expect(page.locator('.result-count')).toHaveText('480 cơ sở');
    await expect(page.getByTestId('demo-notice')).toContainText('Dữ liệu mẫu');
    await page.getByRole('searchbox', { name: 'Tìm cơ sở kinh doanh' }).fill('dong dang');
    await expect(page.locator('.result-count')).not.toHaveText('480 cơ sở');
    await expect
      .poll(async () => {
        const names = await page.locator('.business-row-name').allTextContents();
        return names.length > 0 && names.every((n) => n.includes('Đồng Đăng'));
      })
      .toBe(true);
    await expect(page).toHaveURL(/q=dong\+dang/);

    await page.getByRole('button', { name: 'Lưu trú' }).click();
    await expect(page).toHaveURL(/cat=lodging/);
    // The list re-renders after the URL changes: wait until every row shows the filter.
    await expect
      .poll(async () =>
        (await page.locator('.business-row-meta').allTextContents()).every((m) => m.startsWith('Lưu trú')),
      )
      .toBe(true);

    await page.getByRole('searchbox').fill('khong co ten nay');
    await expect(page.getByText('Không có cơ sở nào khớp')).toBeVisible();
    await page.getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' }).click();
    await expect(page.locator('.result-count')).toHaveText('480 cơ sở');
  });

  test('the directory keeps only the visible rows of 10,000 entries in the page', async ({ page }) => {
    await page.addInitScript(() => {
      const cats = ['lưu trú', 'ăn uống', 'lữ hành', 'vận chuyển', 'mua sắm', 'trải nghiệm'];
      window.__xl3dBusinessOverride = {
        demo: true,
        businesses: Array.from({ length: 10_000 }, (_, i) => ({
          id: `GEN-${String(i).padStart(5, '0')}`,
          name: `Cơ sở thử ${String(i).padStart(5, '0')}`,
          category: cats[i % cats.length],
          lat: 21.6 + (i % 97) / 200,
          lng: 106.5 + (i % 89) / 150,
          languages: i % 3 ? 'vi' : 'vi; en',
        })),
      };
    });
    await page.goto('/en/businesses');
    await expect(page.locator('.result-count')).toHaveText('10,000 businesses', { timeout: 60_000 });
    expect(await page.locator('.business-row').count()).toBeLessThan(60);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator('.business-row-name', { hasText: 'Cơ sở thử 09999' })).toBeVisible();
    expect(await page.locator('.business-row').count()).toBeLessThan(60);
  });

  test('the directory and a business card have no serious accessibility violations', async ({ page }) => {
    for (const path of ['/en/businesses', '/en/businesses/DEMO-LT-467', '/zh/businesses?near=mau-son']) {
      await page.goto(path);
      await expect(page.locator('.business-row, .business-page').first()).toBeVisible();
      expect((await axeFindings(page)).map((f) => `${path} ${f}`)).toEqual([]);
    }
  });

  test('the services tab of the map has no serious accessibility violations', async ({ page }) => {
    test.slow(); // WebGL map on SwiftShader, shared machine
    await openServicesTab(page, 'vi');
    expect(await axeFindings(page)).toEqual([]);
  });
});
