import { expect, test } from '@playwright/test';
import { axeFindings, LABEL_AND_TARGET_RULES, revealLazySections, waitForMap } from './helpers';

for (const lang of ['vi', 'en', 'zh'] as const) {
  test(`map page has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await waitForMap(page);
    expect(await axeFindings(page)).toEqual([]);
  });

  test(`site page has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/sites/dong-tam-thanh`);
    await revealLazySections(page);
    await expect(page.getByTestId('share-qr')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`site page with its 3D markers: visible text starts every name, targets are big enough (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/sites/dong-tam-thanh`);
    await page.waitForFunction(() => window.__xl3dViewer?.ready && !window.__xl3dViewer.flying(), null, {
      timeout: 60_000,
    });
    await expect(page.locator('.viewpoint-marker').first()).toBeAttached();
    expect(await axeFindings(page, LABEL_AND_TARGET_RULES)).toEqual([]);
  });
}
