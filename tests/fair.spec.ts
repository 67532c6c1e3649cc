import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { fakeSpeech } from './helpers';

const zh = JSON.parse(readFileSync('locales/zh/common.json', 'utf8')) as {
  narration: Record<string, string>;
};

/** Let the fake voice finish every sentence by itself from now on. */
const speakOn = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __speechAuto: number | null; __speechEnd: () => void };
    w.__speechAuto = 15;
    w.__speechEnd();
  });

test.describe('fair mode', () => {
  // The shared test machine renders WebGL in software and is often busy: room to breathe.
  test.describe.configure({ timeout: 240_000 });
  test('a tour URL plays the itinerary: map flight, site with narration and large captions, next site', async ({
    page,
  }) => {
    await fakeSpeech(page);
    await page.goto('/en/tours/city-karst-west?flight=1');
    const hud = page.getByTestId('fair-hud');
    await expect(hud).toHaveAttribute('data-site', 'dong-nhi-thanh', { timeout: 30_000 });
    await expect(page).toHaveURL(/\/en\/sites\/dong-nhi-thanh/, { timeout: 30_000 });
    await expect(page.getByTestId('caption')).toBeVisible({ timeout: 30_000 });
    expect(
      Number.parseFloat(await page.getByTestId('caption').evaluate((el) => getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(22);
    await expect(hud.getByTestId('handoff-qr')).toHaveAttribute(
      'data-url',
      /^http:\/\/127\.0\.0\.1:\d+\/en\/sites\/dong-nhi-thanh$/,
    );
    await speakOn(page);
    await expect(hud).toHaveAttribute('data-site', 'dong-tam-thanh', { timeout: 60_000 });
    await expect(page).toHaveURL(/\/en\/sites\/dong-tam-thanh/, { timeout: 30_000 });
    await expect(hud.getByTestId('handoff-qr')).toHaveAttribute('data-url', /\/en\/sites\/dong-tam-thanh$/);
    await expect(hud.getByTestId('fair-progress')).toHaveText('Site 2 of 4');
  });

  test('presenter keys: next, previous, language, pause, exit', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('/en?mode=fair&tour=city-karst-west&flight=3');
    const hud = page.getByTestId('fair-hud');
    await expect(hud).toHaveAttribute('data-site', 'dong-nhi-thanh', { timeout: 30_000 });
    await page.keyboard.press('PageDown');
    await expect(hud).toHaveAttribute('data-site', 'dong-tam-thanh');
    await expect(page).toHaveURL(/\/en\?site=dong-tam-thanh/);
    await page.keyboard.press('PageUp');
    await expect(hud).toHaveAttribute('data-site', 'dong-nhi-thanh');
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveURL(/\/zh\/sites\/dong-nhi-thanh/, { timeout: 30_000 });
    await expect(page.getByTestId('caption')).toBeVisible({ timeout: 30_000 });

    await page.keyboard.press('b');
    await expect(hud).toHaveAttribute('data-held', 'true');
    await expect(page.getByTestId('narration-toggle')).toHaveAttribute(
      'aria-label',
      zh.narration.resume ?? '',
    );
    // Held: the narration does not move on even when the voice would.
    await speakOn(page);
    const title = await page.getByTestId('narration-title').textContent();
    await page.waitForTimeout(500);
    await expect(page.getByTestId('narration-title')).toHaveText(title ?? '');
    await page.keyboard.press('.');
    await expect(hud).toHaveAttribute('data-held', 'false');
    await expect(page.getByTestId('narration-toggle')).toHaveAttribute(
      'aria-label',
      zh.narration.pause ?? '',
    );

    await page.keyboard.press('Escape');
    await expect(hud).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/\bfair\b/);
    const url = page.url();
    await page.waitForTimeout(1500);
    expect(page.url().replace(/[?&]poi=[^&]*/, '')).toBe(url.replace(/[?&]poi=[^&]*/, ''));
  });

  test('with cycleLangs the next loop plays in the next language', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('/vi?mode=fair&tour=mau-son&cycleLangs=1&flight=1');
    await expect(page).toHaveURL(/\/vi\/sites\/mau-son/, { timeout: 30_000 });
    await expect(page.getByTestId('caption')).toBeVisible({ timeout: 30_000 });
    await speakOn(page);
    await expect(page).toHaveURL(/\/en\/sites\/mau-son/, { timeout: 60_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('f toggles full screen', async ({ page }) => {
    await page.goto('/en?mode=fair&flight=30');
    await expect(page.getByTestId('fair-hud')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });
});
