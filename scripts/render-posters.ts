/**
 * npm run models:posters: renders a poster (first paint, card image, fallback) of every site model with the
 * app's own viewer in headless Chromium, and records it in the site's content entry.
 * Needs a built app: run `npm run build` first; it serves dist/ itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser';

const PORT = 4199;
const base = `http://127.0.0.1:${PORT}`;
const only = process.argv.slice(2);

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`${base}/en`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 300));
  }
  mkdirSync('public/posters', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  for (const file of readdirSync('content/sites').sort()) {
    const path = `content/sites/${file}`;
    const site = JSON.parse(readFileSync(path, 'utf8')) as {
      id: string;
      media: { kind: string; poster?: string }[];
    };
    const model = site.media.find((m) => m.kind === 'model');
    if (!model || (only.length && !only.includes(site.id))) continue;
    await page.goto(`${base}/en/sites/${site.id}`);
    await page.waitForFunction(
      () => window.__xl3dViewer?.ready && window.__xl3dViewer.firstFrameMs !== null,
      null,
      { timeout: 90_000 },
    );
    await page.addStyleTag({
      content: '.hotspot-pin-wrap,.stage-badge,.viewer-loading{display:none!important}',
    });
    await page.waitForTimeout(400);
    const out = `posters/${site.id}.jpg`;
    await page.locator('.viewer-canvas').screenshot({ path: `public/${out}`, type: 'jpeg', quality: 78 });
    model.poster = out;
    writeFileSync(path, `${JSON.stringify(site, null, 2)}\n`);
    console.log(`${site.id}: public/${out}`);
  }
  await browser.close();
  // Keep the content files in the formatter's layout so the lint gate stays green.
  spawnSync('npx', ['biome', 'format', '--write', 'content/sites'], { stdio: 'inherit' });
} finally {
  server.kill();
}
