/**
 * Renders the app icons of the web app manifest (public/icons/*.png) from the brand mark with Chromium.
 * Run once after changing the mark: `npx tsx scripts/offline/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser';

/** The header's mark (src/app/LangLayout.tsx); `maskable` keeps it inside the 80 % safe zone on full green. */
function markSvg(maskable: boolean): string {
  const inner =
    '<path d="M6 50 L20 22 L28 36 L36 16 L58 50 Z" fill="#F4F1EA"/><circle cx="46" cy="18" r="5" fill="#D9A441"/>';
  return maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1F4E3D"/><g transform="translate(12.8 12.8) scale(0.6)">${inner}</g></svg>`
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1F4E3D"/>${inner}</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
mkdirSync('public/icons', { recursive: true });
for (const icon of ICONS) {
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${markSvg(icon.maskable).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`,
  );
  writeFileSync(`public/icons/${icon.file}`, await page.locator('svg').screenshot({ omitBackground: true }));
  console.log(`public/icons/${icon.file}`);
}
await browser.close();
