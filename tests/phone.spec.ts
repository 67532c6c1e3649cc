import { expect, test } from '@playwright/test';
import {
  axeFindings,
  distinctColours,
  expectBodyFontAtFirstRender,
  LABEL_AND_TARGET_RULES,
  revealLazySections,
  waitForMap,
} from './helpers';

test.describe('on a phone', () => {
  test('the map starts on the poster: pins are buttons that open the card, and no map engine loads', async ({
    page,
  }) => {
    const engine: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/MapView-|\/map\/dem\/|maplibre/.test(r.url())) engine.push(r.url());
    });
    await page.goto('/vi');
    const poster = page.getByRole('region', { name: 'Bản đồ tỉnh Lạng Sơn và các điểm tham quan' });
    await expect(poster.locator('.poster-map-image')).toBeVisible();
    expect(
      await poster.locator('.poster-map-image').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    // Every site is on the poster, alone or in a group, and no two pins overlap.
    const ids = await poster
      .locator('.poster-pin')
      .evaluateAll((els) =>
        els.flatMap((e) => (e.getAttribute('data-site') ?? e.getAttribute('data-sites') ?? '').split(' ')),
      );
    expect(ids).toHaveLength(21);
    const boxes = await poster
      .locator('.poster-pin')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    // The boundary data's licence asks for its attribution wherever it is drawn.
    await poster.locator('.poster-map-attrib summary').click();
    await expect(poster.locator('.poster-map-attrib')).toContainText('Open Development Mekong');
    await expect(poster.locator('.poster-map-attrib summary')).toHaveAccessibleName('Nguồn dữ liệu bản đồ');
    await poster.locator('.poster-map-attrib summary').click();
    await poster.getByRole('button', { name: 'Khu du lịch Mẫu Sơn (núi Mẫu Sơn)' }).click();
    await expect(page.getByTestId('preview-card')).toContainText('Mẫu Sơn');
    await expect(page).toHaveURL(/site=mau-son/);
    expect(engine).toEqual([]);
    expect(await axeFindings(page, LABEL_AND_TARGET_RULES)).toEqual([]);
  });

  test('a group pin starts the live map and zooms to its sites', async ({ page }) => {
    await page.goto('/en');
    const group = page.locator('.poster-group').filter({ hasText: /\d+/ }).first();
    const label = (await group.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^\d+ sites: .+\. Opens the map closer\.$/);
    await group.click();
    await waitForMap(page);
    await page.waitForFunction(
      () => window.__xl3dMap && !window.__xl3dMap.isMoving() && window.__xl3dMap.getZoom() > 9,
      null,
      {
        timeout: 60_000,
      },
    );
  });

  test('"Pan and zoom" starts the live map, which fills the screen; the list is a bottom sheet', async ({
    page,
  }) => {
    await page.goto('/vi');
    await page.getByRole('button', { name: 'Kéo, thu phóng' }).click();
    await waitForMap(page);
    await expect(page.getByTestId('poster-map')).toHaveCount(0);
    expect(await distinctColours(page.locator('.map-canvas canvas'))).toBeGreaterThan(40);
    const sheet = page.locator('.site-panel');
    await expect(page.locator('.site-item').first()).toBeHidden();
    await page.getByRole('button', { name: 'Xem danh sách' }).click();
    await expect(sheet).toHaveClass(/open/);
    await page.getByRole('searchbox', { name: 'Tìm điểm tham quan' }).fill('ai chi lang');
    await page.locator('.site-item').first().click();
    await expect(sheet).not.toHaveClass(/open/);
    await expect(page.getByTestId('preview-card')).toContainText('Chi Lăng');
    await page.getByTestId('preview-card').getByRole('link', { name: 'Xem chi tiết' }).click();
    await expect(page).toHaveURL(/\/vi\/sites\/ai-chi-lang$/);
  });

  test('a site page starts on the model’s picture; 3D (three.js and the model) loads on “Explore in 3D”', async ({
    page,
  }) => {
    const engine: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/SiteViewer-|\.glb$/.test(r.url())) engine.push(r.url());
    });
    await page.goto('/en/sites/dong-tam-thanh');
    const poster = page.getByTestId('stage-poster');
    await expect(poster.locator('img.stage-poster')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tam Thanh');
    await page.waitForTimeout(1500);
    expect(engine).toEqual([]);
    await page.getByRole('button', { name: 'Explore in 3D' }).click();
    await page.waitForFunction(() => window.__xl3dViewer?.ready, null, { timeout: 90_000 });
    expect(engine.some((u) => u.endsWith('.glb'))).toBe(true);
    // The visitor asked once: the next site starts in 3D.
    await page.getByRole('link', { name: /Back to the map/ }).click();
    await expect(page.getByTestId('map-start')).toHaveCount(0);
  });

  test('before the app’s code arrives, the page shows its picture (boot screen)', async ({ page }) => {
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await page.goto('/zh');
    await expect(page.locator('#root .boot .poster-map-image')).toBeVisible();
    await expect(page.locator('#root .boot .brand-name')).toHaveText('谅山3D');
    await page.goto('/vi/sites/mau-son');
    const img = page.locator('#root .boot img.stage-poster');
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute('src', '/posters/mau-son.jpg');
  });

  test('the app’s code starts downloading only after the boot screen has painted', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __fcpAt?: number };
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) w.__fcpAt = fcp.startTime;
      }).observe({ type: 'paint', buffered: true });
    });
    await page.goto('/en/sites/mau-son');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mẫu Sơn Mountain');
    const { fcp, entryStart } = await page.evaluate(() => ({
      fcp: (window as unknown as { __fcpAt?: number }).__fcpAt ?? -1,
      entryStart:
        performance.getEntriesByType('resource').find((r) => /\/assets\/index-[^/]*\.js$/.test(r.name))
          ?.startTime ?? -1,
    }));
    expect(fcp).toBeGreaterThan(0);
    expect(entryStart).toBeGreaterThanOrEqual(fcp);
  });

  test('the first render lays the page out in the body font, each of its files downloaded once', async ({
    page,
  }) => {
    await expectBodyFontAtFirstRender(page, '/vi/sites/dong-tam-thanh', 'Động Tam Thanh – Chùa Tam Thanh');
  });

  test('the site page lays out its lower sections only as the visitor scrolls near them', async ({
    page,
  }) => {
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tam Thanh Cave & Pagoda');
    // Rendered (checkVisibility) only once near the screen; in the page (and its accessibility tree) at once.
    const rendered = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    await expect(page.getByRole('heading', { name: 'Points of interest' })).toBeAttached();
    expect(await rendered('.poi-list li')).toBe(false);
    expect(await rendered('.site-sources li')).toBe(false);
    await page.locator('.poi-list').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => rendered('.poi-list li')).toBe(true);
  });

  test('the site page leaves the registry and the QR code until the visitor scrolls near them', async ({
    page,
  }) => {
    const deferred: string[] = [];
    page.on('request', (r) => {
      if (/(NearbyBusinesses|loadBusinesses|useQrDataUrl|SharePanel)-[\w-]+\.js$/.test(r.url()))
        deferred.push(r.url());
    });
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tam Thanh Cave & Pagoda');
    await expect(page.getByTestId('nearby-pending')).toBeAttached();
    await page.waitForTimeout(1000);
    expect(deferred).toEqual([]);
    await revealLazySections(page);
    await expect(page.getByTestId('nearby-businesses').getByRole('heading', { level: 2 })).toHaveText(
      'Services nearby',
    );
    await expect(page.getByTestId('share-qr')).toBeVisible();
    expect(deferred.length).toBeGreaterThanOrEqual(3);
  });

  test('the site page fits a 390 px screen without sideways scrolling', async ({ page }) => {
    await page.goto('/zh/sites/dong-tam-thanh');
    await revealLazySections(page);
    await expect(page.getByTestId('share-qr')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('in Vietnamese on a 360 px screen, the list tabs and the narration bar keep to one line', async ({
    page,
  }) => {
    // Lines of text each control's label takes: its text's rects, one per line box (runs in the page).
    const labelLines = (els: Element[]) =>
      els.map((el) => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
        }
        return tops.size;
      });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/vi');
    await page.getByRole('button', { name: 'Xem danh sách' }).click();
    const tabs = page.locator('.site-panel .tabs button');
    await expect(tabs).toHaveCount(3);
    expect(await tabs.evaluateAll(labelLines)).toEqual([1, 1, 1]);
    await page.goto('/vi/sites/dong-tam-thanh');
    const chips = page.locator('.narration-bar .chip');
    await expect(chips.getByText('Phụ đề')).toHaveCount(1);
    expect(await chips.evaluateAll(labelLines)).toEqual([1, 1]);
    // The chapter title keeps room to be read.
    expect((await page.getByTestId('narration-title').boundingBox())?.width).toBeGreaterThanOrEqual(100);
  });

  test('a panorama fills the phone: every scene button and the back button can be tapped', async ({
    page,
  }) => {
    await page.goto('/vi/sites/mau-son/360/phja-po');
    await page.waitForFunction(() => window.__xl3dPanorama?.state === 'full', null, { timeout: 90_000 });
    expect(await distinctColours(page.locator('.viewer-canvas canvas'))).toBeGreaterThan(60);
    // Nothing (narration bar, tools, mini-map) covers the controls a visitor taps.
    const controls = page.locator('.pano-scenes button, .pano-back, .pano-tools button');
    const count = await controls.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      if (!box) throw new Error(`control ${i} has no box`);
      expect(box.height).toBeGreaterThanOrEqual(44);
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.outerHTML ?? '',
        [box.x + box.width / 2, box.y + box.height / 2] as const,
      );
      expect(hit).toBe(await control.evaluate((el) => el.outerHTML));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the 3D markers on a phone never overlap: each can be tapped (WCAG 2.5.8), and links are tall enough', async ({
    page,
  }) => {
    await page.goto('/vi/sites/dong-tam-thanh');
    await page.getByRole('button', { name: 'Khám phá mô hình 3D' }).click();
    await page.waitForFunction(() => window.__xl3dViewer?.ready && !window.__xl3dViewer.flying(), null, {
      timeout: 90_000,
    });
    // The markers settle one React commit after the last frame of the intro flight.
    const overlaps = async () => {
      const boxes = await page
        .locator('.viewpoint-marker:visible, .hotspot-pin:visible')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(0);
      return boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          .map((b) => `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`),
      );
    };
    await expect.poll(overlaps).toEqual([]);
    expect(await axeFindings(page, LABEL_AND_TARGET_RULES)).toEqual([]);
  });
});
