import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS } from './browser';
import { distinctColours, revealLazySections } from './helpers';

interface SiteJson {
  id: string;
  name: { en: string };
  hotspots: { id: string; label: { en: string }; text: { en: string }; view?: { position: number[] } }[];
  media: { kind: string }[];
}
const site = (id: string) => JSON.parse(readFileSync(`content/sites/${id}.json`, 'utf8')) as SiteJson;
const modelSites = readdirSync('content/sites')
  .map((f) => f.replace(/\.json$/, ''))
  .filter((id) => site(id).media.some((m) => m.kind === 'model'))
  .sort();

async function waitForModel(page: Page) {
  await page.waitForFunction(
    () => window.__xl3dViewer?.ready && window.__xl3dViewer.firstFrameMs !== null,
    null,
    {
      timeout: 60_000,
    },
  );
}

test.describe('the 3D viewer', () => {
  test('the page preloads its model from the URL, and the viewer uses that one download', async ({
    page,
  }) => {
    await page.goto('/en/sites/dong-tam-thanh');
    await waitForModel(page);
    expect(
      await page.locator('head link[rel="preload"][as="fetch"][href="/models/dong-tam-thanh.glb"]').count(),
    ).toBeGreaterThanOrEqual(1);
    const downloads = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname === '/models/dong-tam-thanh.glb').length,
    );
    expect(downloads).toBe(1);
  });

  test('draws the site model with an illustrative badge', async ({ page }) => {
    await page.goto('/en/sites/dong-tam-thanh');
    await waitForModel(page);
    expect(await distinctColours(page.locator('.viewer-canvas canvas'))).toBeGreaterThan(60);
    await expect(page.locator('.stage-badge')).toHaveText('Illustrative reconstruction');
  });

  test('selecting a hotspot flies the camera to its view and shows its text', async ({ page }) => {
    const tamThanh = site('dong-tam-thanh');
    const hotspot = tamThanh.hotspots[0];
    if (!hotspot?.view) throw new Error('fixture: the first Tam Thanh hotspot needs a view');
    await page.goto('/en/sites/dong-tam-thanh');
    await waitForModel(page);
    await page.getByRole('button', { name: `Show in 3D: ${hotspot.label.en}` }).click();
    await expect(page.getByTestId('hotspot-card')).toContainText(hotspot.text.en);
    await page.waitForFunction(() => window.__xl3dViewer && !window.__xl3dViewer.flying());
    const camera = await page.evaluate(() => window.__xl3dViewer?.camera());
    for (const [i, v] of (camera?.position ?? []).entries()) {
      expect(v).toBeCloseTo(hotspot.view?.position[i] ?? Number.NaN, 1);
    }
    await expect(page).toHaveURL(new RegExp(`poi=${hotspot.id}`));
  });

  test('the hotspot pins and list work by keyboard', async ({ page }) => {
    const hotspot = site('mau-son').hotspots[1];
    await page.goto('/en/sites/mau-son');
    await waitForModel(page);
    const button = page.getByRole('button', { name: `Show in 3D: ${hotspot?.label.en}` });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('hotspot-card')).toContainText(hotspot?.text.en ?? '');
    const canvas = page.getByTestId('viewer-canvas');
    await canvas.focus();
    const before = await page.evaluate(() => window.__xl3dViewer?.camera().position);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    const after = await page.evaluate(() => window.__xl3dViewer?.camera().position);
    expect(after).not.toEqual(before);
    await expect(page.getByTestId('hotspot-card')).toHaveCount(0);
  });

  test('the hotspot pins come with the model, not before it', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/models/dong-tam-thanh.glb', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.locator('.viewer-canvas canvas')).toBeVisible();
    await expect(page.locator('.hotspot-pin')).toHaveCount(0);
    release();
    await waitForModel(page);
    await expect(page.locator('.hotspot-pin')).toHaveCount(site('dong-tam-thanh').hotspots.length);
  });

  test('a broken model shows a clear message while the rest of the page works', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/models/dong-tam-thanh.glb', (route) =>
      route.fulfill({ status: 200, body: 'not a glTF file' }),
    );
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.locator('.viewer-fallback')).toContainText('The 3D model could not be loaded');
    await expect(page.locator('.hotspot-pin')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tam Thanh Cave & Pagoda');
    await revealLazySections(page);
    await expect(page.getByTestId('share-qr')).toBeVisible();
  });

  test('after a broken model, the next site’s model loads', async ({ page }) => {
    await page.route('**/models/dong-tam-thanh.glb', (route) =>
      route.fulfill({ status: 200, body: 'not a glTF file' }),
    );
    await page.goto('/en/sites/dong-tam-thanh');
    await expect(page.locator('.viewer-fallback')).toContainText('The 3D model could not be loaded');
    await page.evaluate(() => window.__xl3dNavigate?.('/en/sites/mau-son'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site('mau-son').name.en);
    await waitForModel(page);
    await expect(page.locator('.viewer-fallback')).toHaveCount(0);
  });

  test('a lost WebGL context recovers', async ({ page }) => {
    await page.goto('/en/sites/mau-son');
    await waitForModel(page);
    await page.evaluate(() => {
      const canvas = document.querySelector('.viewer-canvas canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
      const ext = gl.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = ext;
      ext?.loseContext();
    });
    await expect(page.getByText('Restoring the 3D view…')).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose?.restoreContext(),
    );
    await waitForModel(page);
    expect(await distinctColours(page.locator('.viewer-canvas canvas'))).toBeGreaterThan(60);
  });

  test('visiting 20 sites in a row leaves the renderer at its baseline, and the map frees it', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    // Reduced motion: no intro flight or auto-rotation, so both measurements see the same view.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const [first, ...rest] = modelSites;
    await page.goto(`/en/sites/${first}`);
    await waitForModel(page);
    const baseline = await page.evaluate(() => window.__xl3dViewer?.memory());
    expect(baseline?.geometries).toBeGreaterThan(0);
    for (const id of [...rest.slice(0, 19), first]) {
      await page.evaluate((path) => window.__xl3dNavigate?.(path), `/en/sites/${id}`);
      await expect(page.locator(`[data-site-id="${id}"]`)).toBeVisible();
      await waitForModel(page);
    }
    expect(await page.evaluate(() => window.__xl3dViewer?.memory())).toEqual(baseline);
    await page.evaluate(() => window.__xl3dNavigate?.('/en'));
    await expect(page.locator('.map-canvas')).toBeAttached();
    expect(await page.evaluate(() => window.__xl3dViewer)).toBeUndefined();
    // The map creates its canvas after its fonts load; then it must be the only canvas on the page.
    await expect(page.locator('.map-canvas canvas')).toBeAttached({ timeout: 60_000 });
    expect(await page.locator('canvas').count()).toBe(1);
  });
});

test('without WebGL the site page shows the poster message and all the texts', async ({
  playwright,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    executablePath: test.info().project.use.launchOptions?.executablePath,
    args: [
      ...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')),
      '--disable-gpu',
      '--disable-software-rasterizer',
    ],
  });
  const page = await browser.newPage({ baseURL });
  await page.goto('/en/sites/dong-tam-thanh');
  await expect(page.locator('.viewer-fallback')).toContainText('This device cannot show 3D');
  await expect(page.getByRole('heading', { name: 'Key facts' })).toBeVisible();
  await browser.close();
});
