import { expect, test } from '@playwright/test';
import { axeFindings, distinctColours, LABEL_AND_TARGET_RULES, waitForMap } from './helpers';

test.describe('on a phone', () => {
  test('the map fills the screen and the list is a bottom sheet', async ({ page }) => {
    await page.goto('/vi');
    await waitForMap(page);
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

  test('the site page fits a 390 px screen without sideways scrolling', async ({ page }) => {
    await page.goto('/zh/sites/dong-tam-thanh');
    await expect(page.getByTestId('share-qr')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
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
