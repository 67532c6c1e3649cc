import { expect, test } from '@playwright/test';
import { expectBodyFontAtFirstRender, recordForeignRequests, revealLazySections } from './helpers';

test.describe('site pages', () => {
  test('switching language keeps the site and changes texts, title and <html lang>', async ({ page }) => {
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tam Thanh Cave & Pagoda');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Tam Thanh Cave & Pagoda · Lạng Sơn 3D');

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Tiếng Việt' })
      .click();
    await expect(page).toHaveURL(/\/vi\/sites\/dong-tam-thanh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Động Tam Thanh – Chùa Tam Thanh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { name: 'Thông tin chính' })).toBeVisible();
    await expect(page).toHaveTitle('Động Tam Thanh – Chùa Tam Thanh · Xứ Lạng 3D');

    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/sites\/dong-tam-thanh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('三清洞（三清寺）');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });

  test('a deep link opens in Chinese, with facts, practical info and the Vietnamese name', async ({
    page,
    baseURL,
  }) => {
    const foreign = recordForeignRequests(page, baseURL ?? '');
    await page.goto('/zh/sites/mau-son');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('母山');
    await expect(page.locator('.site-local-name[lang="vi"]')).toHaveText(/Mẫu Sơn/);
    await expect(page.getByRole('heading', { name: '要点' })).toBeVisible();
    expect(await page.locator('.fact-list li').count()).toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('img', { name: /母山在谅山省的位置/ })).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test('the first render lays the page out in the body font, each of its files downloaded once', async ({
    page,
  }) => {
    await expectBodyFontAtFirstRender(page, '/en/sites/dong-tam-thanh', 'Tam Thanh Cave & Pagoda');
  });

  test('a link to a site opens on the page itself, not on its preview first', async ({ page }) => {
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('article.site-page[aria-busy="true"]'))
          (window as unknown as { __sawPreview?: boolean }).__sawPreview = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.getByRole('heading', { level: 2, name: 'Key facts' })).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { __sawPreview?: boolean }).__sawPreview)).toBe(
      undefined,
    );
  });

  test('moving to a site whose file is still on its way shows its preview, then the page', async ({
    page,
  }) => {
    await page.goto('/en');
    await page.route(/\/assets\/mau-son-[\w-]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.getByRole('link', { name: 'Open site: Mẫu Sơn Mountain' }).click();
    const preview = page.locator('article.site-page[aria-busy="true"]');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Mẫu Sơn Mountain');
    await expect(page.getByRole('heading', { level: 2, name: 'Key facts' })).toBeAttached();
    await expect(preview).toHaveCount(0);
  });

  test('an approximate location says so', async ({ page }) => {
    await page.goto('/en/sites/den-ta-phu');
    await expect(page.getByTestId('approximate-location')).toContainText('Approximate location');
    await page.goto('/en/sites/mau-son');
    await expect(page.getByTestId('approximate-location')).toHaveCount(0);
  });

  test('directions open the point in a maps app', async ({ page }) => {
    await page.goto('/en/sites/cua-khau-huu-nghi');
    const google = page.getByRole('link', { name: 'Google Maps' });
    await expect(google).toHaveAttribute('href', /query=21\.97111%2C106\.71083/);
    await expect(google).toHaveAttribute('rel', /noopener/);
    await expect(page.getByRole('link', { name: 'OpenStreetMap' })).toHaveAttribute(
      'href',
      /mlat=21\.97111&mlon=106\.71083/,
    );
  });

  test('share: copy link and a QR code of the page in the current language', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/zh/sites/chua-thanh');
    await revealLazySections(page);
    const qr = page.getByTestId('share-qr');
    await expect(qr).toHaveAttribute('data-url', `${baseURL}/zh/sites/chua-thanh`);
    await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await page.getByTestId('copy-link').click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh/sites/chua-thanh`);
  });

  test('an unknown site id shows a helpful not-found page', async ({ page }) => {
    await page.goto('/en/sites/tam-thanh');
    const notFound = page.getByTestId('not-found');
    await expect(notFound.getByRole('heading', { level: 1 })).toHaveText('We could not find this site');
    await expect(notFound).toContainText('“tam-thanh”');
    await notFound.getByRole('link', { name: 'Tam Thanh Cave & Pagoda' }).click();
    await expect(page).toHaveURL(/\/en\/sites\/dong-tam-thanh$/);
  });

  test('an unknown language or page is not found, and / follows the browser language', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await page.goto('/fr/sites/mau-son');
    await expect(page.getByTestId('not-found')).toBeVisible();
    await page.goto('/en/nowhere');
    await expect(page.getByTestId('not-found')).toContainText('Page not found');
    await context.close();
  });

  test('back to the map keeps the language and selects the site', async ({ page }) => {
    await page.goto('/zh/sites/mau-son');
    await page.getByRole('link', { name: /返回地图/ }).click();
    await expect(page).toHaveURL(/\/zh\?site=mau-son$/);
    await expect(page.getByTestId('preview-card')).toContainText('母山');
  });
});
