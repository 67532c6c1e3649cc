/** npm run screenshots [-- <base url>]: phone and desktop screenshots of the main screens, in docs/screenshots. */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? 'docs/screenshots';
const pages = (process.env.PAGES ?? 'vi,en/sites/dong-tam-thanh,zh,zh/sites/mau-son').split(',');
const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [name, viewport] of Object.entries(sizes)) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    isMobile: name === 'phone',
    hasTouch: name === 'phone',
  });
  const page = await context.newPage();
  for (const p of pages) {
    await page.goto(`${base}/${p}`);
    if (!p.includes('/sites/') && !p.includes('/businesses')) {
      await page.waitForSelector('.map-canvas[data-loaded="true"]', { timeout: 60000 });
    }
    if (p.includes('/sites/')) {
      await page.waitForFunction(
        () => window.__xl3dViewer?.ready && window.__xl3dViewer.firstFrameMs !== null,
        null,
        {
          timeout: 60000,
        },
      );
    }
    await page.waitForTimeout(2500);
    const file = `${out}/${p.replace(/\//g, '_')}-${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
