import { expect, test } from '@playwright/test';
import { distinctColours, waitForMap } from './helpers';

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
});
