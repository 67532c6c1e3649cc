import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

for (const lang of ['vi', 'en', 'zh'] as const) {
  test(`map page has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await waitForMap(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`site page has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/sites/dong-tam-thanh`);
    await expect(page.getByTestId('share-qr')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
