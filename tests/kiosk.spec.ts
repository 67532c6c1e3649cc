import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { fakeSpeech } from './helpers';

const en = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as {
  kiosk: Record<string, string>;
  narration: Record<string, string>;
};

/** From the attract loop: touch, then choose a language. */
async function startVisit(page: Page, language: 'English' | 'Tiếng Việt' | '中文') {
  await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('kiosk-attract').click();
  await page.getByTestId('kiosk-chooser').getByRole('button', { name: language }).click();
  await expect(page.getByTestId('kiosk-chooser')).toHaveCount(0);
}

const countdown = (page: Page) => page.getByRole('alertdialog', { name: en.kiosk.stillThere });

/**
 * Loads a kiosk URL under a controlled clock and, once the attract loop shows, freezes time: from then on the
 * page's timers run only when the test moves time on, however slow the machine. (Frozen from the start, React
 * would never reveal the lazily loaded shell: it throttles Suspense reveals with a timer.)
 */
async function openFrozen(page: Page, url: string) {
  await page.clock.install();
  await page.goto(url);
  await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: 60_000 });
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 20_000);
}

test.describe('kiosk mode', () => {
  // The shared test machine renders WebGL in software and is often busy: room to breathe.
  test.describe.configure({ timeout: 240_000 });
  // Map flights jump and nothing pulses: the shared test machine renders WebGL in software.
  test.use({ reducedMotion: 'reduce' });

  test('defaults: 90 s idle → 15 s "Still there?" → full reset to the attract loop in Vietnamese', async ({
    page,
  }) => {
    await openFrozen(page, '/vi?mode=kiosk');
    await startVisit(page, 'English');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
    // The visitor leaves state behind: a search, and a narration preference kept on the device.
    await page.getByRole('searchbox').fill('tam thanh');
    await page.evaluate(() =>
      localStorage.setItem('xl3d-narration', JSON.stringify({ state: { rate: 1.5 }, version: 0 })),
    );

    await page.clock.fastForward('01:25');
    await expect(countdown(page)).toHaveCount(0);
    await page.clock.fastForward('00:06');
    await expect(countdown(page)).toBeVisible();
    await expect(page.getByTestId('kiosk-countdown-seconds')).toHaveText(/^1[45]$/);
    await expect(page.getByRole('button', { name: en.kiosk.stay })).toBeFocused();

    await page.clock.fastForward('00:16');
    await page.clock.resume();
    await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(/\/vi\?mode=kiosk$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect(await page.evaluate(() => localStorage.getItem('xl3d-narration'))).toBeNull();
    await startVisit(page, 'English');
    await expect(page.getByRole('searchbox')).toHaveValue('');
  });

  test('activity during the countdown cancels it (idle=5, countdown=3)', async ({ page }) => {
    await openFrozen(page, '/vi?mode=kiosk&idle=5&countdown=3');
    await startVisit(page, 'English');
    await page.clock.fastForward('00:06');
    await expect(countdown(page)).toBeVisible();
    await expect(page.getByTestId('kiosk-countdown-seconds')).toHaveText(/^[23]$/);
    // A touch anywhere (here the backdrop) means "still here": the dialog goes and the page stays.
    await page.mouse.click(8, 8);
    await expect(countdown(page)).toHaveCount(0);
    await page.clock.fastForward('00:04');
    await expect(countdown(page)).toHaveCount(0);
    await page.clock.fastForward('00:02');
    await expect(countdown(page)).toBeVisible();
    await page.keyboard.press('Shift');
    await expect(countdown(page)).toHaveCount(0);
    await page.clock.fastForward('00:02');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  });

  test('no timer runs while the narration plays', async ({ page }) => {
    await fakeSpeech(page);
    await openFrozen(page, '/vi?mode=kiosk&idle=20&countdown=3');
    await startVisit(page, 'English');
    await page.evaluate(() => window.__xl3dNavigate?.('/en/sites/den-ta-phu'));
    // React reveals a lazily loaded screen on a timer: let the frozen clock tick a little (well under idle).
    const play = page.getByRole('button', { name: en.narration.play });
    await expect(async () => {
      await page.clock.runFor(100);
      await expect(play).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 90_000 });
    await play.click();
    await expect(page.getByTestId('caption')).toBeVisible();
    await page.clock.fastForward('00:30');
    await page.clock.fastForward('00:30');
    await expect(countdown(page)).toHaveCount(0);
    // Paused narration is not playing: the idle time runs again (from the pause, a touch).
    await page.getByRole('button', { name: en.narration.pause }).click();
    await page.clock.fastForward('00:21');
    await expect(countdown(page)).toBeVisible();
  });

  test('an external link shows a QR hand-off of this screen and the page does not navigate', async ({
    page,
    context,
  }) => {
    const popups: string[] = [];
    context.on('page', (p) => popups.push(p.url()));
    // A long idle time: a busy machine may take a while to open the site page.
    await page.goto('/vi?mode=kiosk&idle=900&qrBase=https://xulang.example');
    await startVisit(page, 'English');
    await page.evaluate(() => window.__xl3dNavigate?.('/en/sites/dong-tam-thanh'));
    const link = page.getByRole('link', { name: 'Google Maps' });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const dialog = page.getByRole('dialog', { name: en.kiosk.handoffTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('handoff-qr')).toHaveAttribute(
      'data-url',
      'https://xulang.example/en/sites/dong-tam-thanh',
    );
    await expect(dialog.getByTestId('handoff-value')).toContainText('https://www.google.com/maps/');
    await expect(dialog).toContainText('扫码在手机上继续浏览');
    await expect(dialog).toContainText('Quét mã để tiếp tục trên điện thoại');
    await expect(page).toHaveURL(/\/en\/sites\/dong-tam-thanh$/);
    await dialog.getByRole('button', { name: en.kiosk.close }).click();
    await expect(dialog).toHaveCount(0);
    expect(popups).toEqual([]);

    // The share box offers the QR only (no copy or share sheet), pointing at the public base URL.
    await expect(page.getByTestId('copy-link')).toHaveCount(0);
    await expect(page.getByTestId('share-qr')).toHaveAttribute(
      'data-url',
      'https://xulang.example/en/sites/dong-tam-thanh',
    );

    // No context menu, no text selection.
    const menuAllowed = await page.evaluate(() =>
      document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
    );
    expect(menuAllowed).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none');
  });

  test('with langs=en,vi, the chooser and the header offer English and Vietnamese only', async ({ page }) => {
    await page.goto('/vi?mode=kiosk&langs=en,vi');
    await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('kiosk-attract').click();
    const chooser = page.getByTestId('kiosk-chooser');
    await expect(chooser.getByRole('button')).toHaveText([/English/, /Tiếng Việt/]);
    await chooser.getByRole('button', { name: 'English' }).click();
    const switcher = page.getByRole('navigation', { name: 'Language' });
    await expect(switcher.getByRole('link')).toHaveText([/Tiếng Việt/, /English/]);
  });

  test('the attract loop flies the map from site to site; a bad setting is named in the console', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('/vi?mode=kiosk&attract=3&start=city-karst-west&idle=abc');
    const attract = page.getByTestId('kiosk-attract');
    await expect(attract).toHaveAttribute('data-site', 'dong-nhi-thanh', { timeout: 60_000 });
    await expect(attract).toHaveAttribute('data-site', 'dong-tam-thanh', { timeout: 30_000 });
    await expect(attract).toContainText('Touch to explore');
    await expect(attract).toContainText('Chạm để khám phá');
    await expect(attract).toContainText('触摸屏幕开始探索');
    const site = JSON.parse(readFileSync('content/sites/dong-tam-thanh.json', 'utf8')) as {
      location: { lng: number; lat: number };
    };
    await expect
      .poll(
        () =>
          page.evaluate(({ lng, lat }) => {
            const c = window.__xl3dMap?.getCenter();
            return c ? Math.hypot(c.lng - lng, c.lat - lat) : 99;
          }, site.location),
        { timeout: 20_000 },
      )
      .toBeLessThan(0.05);
    expect(errors.some((e) => e.includes('"idle"') && e.includes('"abc"'))).toBe(true);
  });
});
