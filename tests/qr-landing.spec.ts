import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const names = (
  JSON.parse(readFileSync('content/sites/dong-tam-thanh.json', 'utf8')) as { name: Record<string, string> }
).name;

test.describe('a QR sign link on an English phone', () => {
  test.use({ locale: 'en-US' });

  test('lands in English, keeps the query, and switches back to the sign language in one tap', async ({
    page,
  }) => {
    await page.goto('/vi/sites/dong-tam-thanh?from=qr&utm=sign');
    await expect(page).toHaveURL(/\/en\/sites\/dong-tam-thanh\?utm=sign$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.en ?? '');
    const banner = page.getByTestId('qr-lang-banner');
    await expect(banner).toContainText('the language of your phone');
    const back = banner.getByRole('link', { name: 'Xem bằng tiếng Việt' });
    await expect(back).toHaveAttribute('lang', 'vi');
    await back.click();
    await expect(page).toHaveURL(/\/vi\/sites\/dong-tam-thanh\?utm=sign$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.vi ?? '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(banner).toHaveCount(0);
  });

  test('the notice can be dismissed', async ({ page }) => {
    await page.goto('/zh/sites/dong-tam-thanh?from=qr');
    await expect(page).toHaveURL(/\/en\/sites\/dong-tam-thanh$/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('qr-lang-banner')).toHaveCount(0);
    await expect(page).toHaveURL(/\/en\/sites\/dong-tam-thanh$/);
  });
});

test.describe('a QR sign link on a Chinese phone', () => {
  test.use({ locale: 'zh-CN' });

  test('lands in Chinese', async ({ page }) => {
    await page.goto('/en/sites/dong-tam-thanh?from=qr');
    await expect(page).toHaveURL(/\/zh\/sites\/dong-tam-thanh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.zh ?? '');
    await expect(page.getByTestId('qr-lang-banner').getByRole('link')).toHaveText('View in English');
  });
});

test.describe('a QR sign link on a phone in another language', () => {
  test.use({ locale: 'fr-FR' });

  test('stays in the sign language, with no notice', async ({ page }) => {
    await page.goto('/vi/sites/dong-tam-thanh?from=qr');
    await expect(page).toHaveURL(/\/vi\/sites\/dong-tam-thanh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.vi ?? '');
    await expect(page.getByTestId('qr-lang-banner')).toHaveCount(0);
  });
});
