import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { distinctColours } from './helpers';

// The real tour of Tam Thanh cave: three linked scenes rendered by npm run panoramas:build.
const SITE = 'dong-tam-thanh';
const tour = JSON.parse(readFileSync(`content/sites/${SITE}.json`, 'utf8')).tour as {
  start: string;
  scenes: {
    id: string;
    image: string;
    preview: string;
    title: { en: string };
    links: { to: string; yaw: number; pitch: number }[];
  }[];
};
const start = tour.scenes.find((s) => s.id === tour.start) ?? tour.scenes[0];
if (!start) throw new Error(`${SITE} has no tour`);
const next = tour.scenes.find((s) => s.id === start.links[0]?.to);
if (!next) throw new Error(`${SITE}'s start scene links nowhere`);

const canvas = (page: Page) => page.locator('.viewer-canvas canvas');

async function waitForScene(page: Page, sceneId: string, state: 'preview' | 'full' = 'full') {
  await page.waitForFunction(
    ([id, want]) => {
      const p = window.__xl3dPanorama;
      return p?.sceneId === id && (p.state === want || (want === 'preview' && p.state === 'full'));
    },
    [sceneId, state] as const,
    { timeout: 90_000 },
  );
}

async function viewOf(page: Page) {
  return page.evaluate(() => window.__xl3dPanorama?.view());
}

test.describe('360° panoramas', () => {
  test('with reduced motion a 360° link shows the scene at once, without fades', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/en/sites/${SITE}/360/${start.id}`);
    await waitForScene(page, start.id, 'full');
    expect(await distinctColours(canvas(page))).toBeGreaterThan(60);
  });

  test('a 360° link opens on the panorama alone; the page behind comes when the visitor leaves it', async ({
    page,
  }) => {
    const models: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/models/')) models.push(r.url());
    });
    await page.goto(`/en/sites/${SITE}/360/${start.id}`);
    await waitForScene(page, start.id, 'preview');
    await expect(page.locator('.site-grid')).toHaveCount(0);
    expect(models).toEqual([]);
    await page.getByRole('button', { name: 'Back to 3D' }).click();
    await expect(page.getByRole('heading', { name: 'Key facts' })).toBeVisible();
    await expect.poll(() => models.length).toBeGreaterThan(0);
  });

  test('while the viewer’s code is on its way, a 360° link says the 360° view is loading', async ({
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/SiteViewer-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/zh/sites/${SITE}/360/${start.id}`);
    await expect(page.locator('.viewer-loading-shell')).toBeVisible();
    // One status says so (the overlay's), not the 3D model's label as well.
    const status = page.getByRole('status').filter({ hasText: '正在加载360°全景…' });
    await expect(status).toHaveCount(1);
    await expect(page.getByText('三维模型加载中…')).toHaveCount(0);
    release();
    await waitForScene(page, start.id, 'preview');
    await expect(status).toHaveCount(0);
    // No model to load inside a panorama: the 3D model's loading bar never shows.
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  });

  test('a deep link draws the scene, preview first, then the full image', async ({ page }) => {
    // Hold the full image until the preview has been seen on screen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/${start.image}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/en/sites/${SITE}/360/${start.id}`);
    await waitForScene(page, start.id, 'preview');
    const probe = await page.evaluate(() => window.__xl3dPanorama);
    expect(probe?.state).toBe('preview');
    expect(probe?.fullAt).toBeNull();
    expect(await distinctColours(canvas(page))).toBeGreaterThan(60);
    await expect(page.getByRole('heading', { name: new RegExp(start.title.en) })).toBeVisible();

    release();
    await waitForScene(page, start.id, 'full');
    const done = await page.evaluate(() => window.__xl3dPanorama);
    expect(done?.fullAt).toBeGreaterThan(done?.previewAt ?? Number.POSITIVE_INFINITY);
    expect(await distinctColours(canvas(page))).toBeGreaterThan(60);
  });

  test('a deep link with a view direction opens looking that way, and turning writes the URL', async ({
    page,
  }) => {
    await page.goto(`/en/sites/${SITE}/360/${start.id}?yaw=120&pitch=-10&fov=60`);
    await waitForScene(page, start.id);
    expect(await viewOf(page)).toEqual({ yaw: 120, pitch: -10, fov: 60 });

    await page.getByTestId('viewer-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/yaw=130(&|$)/);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/fov=48(&|$)/);
  });

  test('following an arrow in the scene changes the scene and the URL', async ({ page }) => {
    const link = start.links.find((l) => l.to === next.id);
    // Open facing the arrow (it sits on the ground ahead), then click it where it is drawn.
    await page.goto(
      `/en/sites/${SITE}/360/${start.id}?yaw=${link?.yaw ?? 0}&pitch=${(link?.pitch ?? 0) + 12}`,
    );
    await waitForScene(page, start.id);
    const marker = await page.evaluate(
      (to) => window.__xl3dPanorama?.markers().find((m) => m.kind === 'link' && m.id === to),
      next.id,
    );
    expect(marker?.onScreen).toBe(true);
    await page.mouse.click(marker?.x ?? 0, marker?.y ?? 0);
    await expect(page).toHaveURL(new RegExp(`/en/sites/${SITE}/360/${next.id}$`));
    await waitForScene(page, next.id);
    await expect(page.getByRole('button', { name: next.title.en, exact: true })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('3D → panorama → 3D: a viewpoint in the model flies in, "Back to 3D" flies out', async ({ page }) => {
    await page.goto(`/en/sites/${SITE}`);
    await page.waitForFunction(() => window.__xl3dViewer?.ready, null, { timeout: 90_000 });
    await page.waitForFunction(() => !window.__xl3dViewer?.flying(), null, { timeout: 30_000 });
    const outside = await page.evaluate(() => window.__xl3dViewer?.camera());
    await page.locator(`[data-viewpoint-id="${start.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/360/${start.id}$`));
    await waitForScene(page, start.id);
    expect(await distinctColours(canvas(page))).toBeGreaterThan(60);

    await page.getByRole('button', { name: 'Back to 3D' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/sites/${SITE}$`));
    await page.waitForFunction(() => window.__xl3dPanorama === undefined, null, { timeout: 30_000 });
    await page.waitForFunction(() => !window.__xl3dViewer?.flying(), null, { timeout: 30_000 });
    const back = await page.evaluate(() => window.__xl3dViewer?.camera());
    // The camera returns to where the visitor left the model (idle auto-rotation may have turned it a little).
    const gap = Math.hypot(...[0, 1, 2].map((i) => (back?.position[i] ?? 0) - (outside?.position[i] ?? 0)));
    expect(gap).toBeLessThan(3);
    await expect(page.locator(`[data-viewpoint-id="${start.id}"]`)).toBeVisible();
    expect(await distinctColours(canvas(page))).toBeGreaterThan(60);
  });

  test('50 scene switches keep the renderer’s texture and geometry counts flat', async ({ page }) => {
    test.setTimeout(600_000);
    await page.goto(`/en/sites/${SITE}/360/${start.id}`);
    await waitForScene(page, start.id);
    await page.waitForTimeout(800); // let the first cross-fade finish
    const before = await page.evaluate(() => window.__xl3dViewer?.memory());
    const ids = [next.id, start.id];
    for (let i = 0; i < 50; i++) {
      const id = ids[i % 2] ?? start.id;
      await page.evaluate((path) => window.__xl3dNavigate?.(path), `/en/sites/${SITE}/360/${id}`);
      // Most switches leave before the full image arrives: aborted loads must not leak either.
      await waitForScene(page, id, 'preview');
    }
    await waitForScene(page, start.id);
    await page.waitForTimeout(1200);
    const after = await page.evaluate(() => window.__xl3dViewer?.memory());
    expect(after).toEqual(before);
  });

  test('a panorama that cannot load shows a clear fallback; the page keeps working', async ({ page }) => {
    await page.route(`**/panoramas/${SITE}/**`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`/en/sites/${SITE}/360/${start.id}`);
    await expect(page.getByTestId('pano-error')).toContainText('could not be loaded');
    await page.getByRole('button', { name: 'Back to 3D' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/sites/${SITE}$`));
    await page.waitForFunction(() => window.__xl3dViewer?.ready, null, { timeout: 90_000 });

    await page.goto(`/vi/sites/${SITE}/360/khong-co-canh-nay`);
    await expect(page.getByTestId('pano-missing')).toContainText('không tồn tại');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the panorama speaks all three languages', async ({ page }) => {
    for (const [lang, back] of [
      ['vi', 'Về mô hình 3D'],
      ['zh', '返回3D模型'],
    ] as const) {
      await page.goto(`/${lang}/sites/${SITE}/360/${start.id}`);
      await waitForScene(page, start.id, 'preview');
      await expect(page.getByRole('button', { name: back })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'vi');
    }
  });
});
