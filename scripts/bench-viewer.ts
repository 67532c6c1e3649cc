/**
 * npx tsx scripts/bench-viewer.ts [base url] [runs]: time from navigation to the first 3D frame of a site page
 * (window.__xl3dViewer.firstFrameMs), median/min/max over runs, desktop and phone viewports, headless Chromium.
 * Needs a running build (npm run build && npm run preview). Numbers only: never asserted in tests.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const runs = Number(process.argv[3] ?? 3);
const sites = (process.env.SITES ?? 'dong-tam-thanh,mau-son,doan-thanh').split(',');
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
console.log('site | viewport | median ms | min | max');
for (const site of sites) {
  for (const [name, viewport] of Object.entries(viewports)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${base}/en/sites/${site}`);
      await page.waitForFunction(
        () => window.__xl3dViewer?.ready && window.__xl3dViewer.firstFrameMs !== null,
        null,
        {
          timeout: 120_000,
        },
      );
      times.push(Math.round((await page.evaluate(() => window.__xl3dViewer?.firstFrameMs)) ?? Number.NaN));
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${site} | ${name} | ${times[Math.floor(times.length / 2)]} | ${times[0]} | ${times.at(-1)}`);
  }
}
await browser.close();
