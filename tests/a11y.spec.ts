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

// Lighthouse runs these two rules; axe leaves them off by default (experimental / WCAG 2.2).
const LABEL_AND_TARGET_RULES = ['label-content-name-mismatch', 'target-size'];

for (const lang of ['en', 'zh'] as const) {
  test(`site page with its 3D markers: visible text starts every name, targets are big enough (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/sites/dong-tam-thanh`);
    await page.waitForFunction(() => window.__xl3dViewer?.ready && !window.__xl3dViewer.flying(), null, {
      timeout: 60_000,
    });
    await expect(page.locator('.viewpoint-marker').first()).toBeAttached();
    const results = await new AxeBuilder({ page }).withRules(LABEL_AND_TARGET_RULES).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
