/**
 * npx tsx scripts/bench-directory.ts [base url] [entries=10000] [seconds=5]: loads /en/businesses in
 * headless Chromium with generated entries (through the window.__xl3dBusinessOverride test hook),
 * scrolls the page programmatically and reports the frame time (requestAnimationFrame deltas) and
 * how often the row under the viewport's centre was missing. Desktop and phone viewports.
 * Numbers go in reports, never in tests. Needs a running build (npm run build && npx vite preview).
 */
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const ENTRIES = Number(process.argv[3] ?? 10_000);
const SECONDS = Number(process.argv[4] ?? 5);

interface ScrollStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
  over33: number;
  blankFrames: number;
  maxRows: number;
  scrolledPx: number;
  /** Frames over 50 ms (Long Animation Frames API): how much of them was script, style/layout, the rest. */
  longFrames: number;
  longScriptMs: number;
  longLayoutMs: number;
  longTotalMs: number;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const viewports = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

console.log(
  `bench-directory: ${ENTRIES} entries, ${SECONDS} s of scrolling per run, ${base}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const [name, viewport] of Object.entries(viewports)) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    isMobile: name === 'phone',
    hasTouch: name === 'phone',
  });
  const page = await context.newPage();
  // tsx (esbuild) wraps named functions in __name(); the evaluated functions need it in the page too.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.addInitScript((count) => {
    const cats = ['lưu trú', 'ăn uống', 'lữ hành', 'vận chuyển', 'mua sắm', 'trải nghiệm'];
    const towns = ['Đồng Đăng', 'Cao Lộc', 'Mẫu Sơn', 'Bắc Sơn', 'Hữu Liên', 'Chi Lăng', 'Tam Thanh'];
    window.__xl3dBusinessOverride = {
      demo: true,
      businesses: Array.from({ length: count }, (_, i) => ({
        id: `BENCH-${i}`,
        name: `Cơ sở thử nghiệm ${towns[i % towns.length]} ${i}`,
        name_en: i % 2 ? `Test business ${towns[i % towns.length]} ${i}` : undefined,
        category: cats[i % cats.length],
        address: `Số ${i}, khu vực ${towns[i % towns.length]}, tỉnh Lạng Sơn`,
        lat: 21.5 + ((i * 7919) % 900) / 1000,
        lng: 106.3 + ((i * 104729) % 900) / 1000,
        languages: ['vi', 'vi; en', 'vi; zh', 'vi; en; zh'][i % 4],
      })),
    };
  }, ENTRIES);

  const t0 = Date.now();
  await page.goto(`${base}/en/businesses`);
  await page.waitForFunction(
    (n) => document.querySelector('.result-count')?.textContent?.startsWith(n.toLocaleString('en')),
    ENTRIES,
    { timeout: 120_000 },
  );
  const loadMs = Date.now() - t0;
  await page.waitForTimeout(500);

  const runScroll = (pxPerFrame: number) =>
    page.evaluate(
      ({ seconds, step }) =>
        new Promise<ScrollStats>((resolve) => {
          window.scrollTo(0, 0);
          const list = document.querySelector<HTMLElement>('[data-testid="business-list"]');
          const deltas: number[] = [];
          let blank = 0;
          let maxRows = 0;
          let last = 0;
          let direction = 1;
          let scrolled = 0;
          const loaf = { n: 0, script: 0, layout: 0, total: 0 };
          const observer =
            'PerformanceObserver' in window &&
            PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
              ? new PerformanceObserver((entries) => {
                  for (const e of entries.getEntries() as (PerformanceEntry & {
                    renderStart: number;
                    styleAndLayoutStart: number;
                    scripts: { duration: number }[];
                  })[]) {
                    loaf.n++;
                    loaf.total += e.duration;
                    loaf.script += e.scripts.reduce((sum, x) => sum + x.duration, 0);
                    if (e.styleAndLayoutStart)
                      loaf.layout += e.startTime + e.duration - e.styleAndLayoutStart;
                  }
                })
              : null;
          observer?.observe({ type: 'long-animation-frame' });
          const end = performance.now() + seconds * 1000;
          const frame = (now: number) => {
            if (last) deltas.push(now - last);
            last = now;
            if (list) {
              // Is the row at the viewport's centre in the DOM (rendered by the previous frame)?
              const rows = list.querySelectorAll('li');
              maxRows = Math.max(maxRows, rows.length);
              const top = list.getBoundingClientRect().top;
              const rowHeight = rows[0]?.getBoundingClientRect().height ?? 76;
              const centre = Math.floor((window.innerHeight / 2 - top) / rowHeight);
              if (centre >= 0 && !list.querySelector(`li[aria-posinset="${centre + 1}"]`)) blank++;
            }
            const max = document.documentElement.scrollHeight - window.innerHeight;
            if (window.scrollY >= max - step) direction = -1;
            if (window.scrollY <= 0) direction = 1;
            window.scrollBy(0, direction * step);
            scrolled += step;
            if (now < end) requestAnimationFrame(frame);
            else {
              observer?.disconnect();
              const sorted = [...deltas].sort((a, b) => a - b);
              const pct = (p: number) =>
                sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
              resolve({
                frames: deltas.length,
                median: pct(50),
                p95: pct(95),
                max: sorted[sorted.length - 1] ?? 0,
                over33: deltas.filter((d) => d > 33.4).length,
                blankFrames: blank,
                maxRows,
                scrolledPx: scrolled,
                longFrames: loaf.n,
                longScriptMs: loaf.script,
                longLayoutMs: loaf.layout,
                longTotalMs: loaf.total,
              });
            }
          };
          requestAnimationFrame(frame);
        }),
      { seconds: SECONDS, step: pxPerFrame },
    );

  console.log(`\n${name} ${viewport.width}×${viewport.height}: list shown ${loadMs} ms after navigation`);
  // Warm-up (JIT, first layouts of the row markup), not measured.
  await runScroll(40);
  for (const [label, step] of [
    ['steady scroll, 40 px/frame', 40],
    ['fast fling, 400 px/frame', 400],
  ] as const) {
    const s = await runScroll(step);
    console.log(
      `  ${label.padEnd(28)} frames ${String(s.frames).padStart(4)}  median ${s.median.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  >33 ms: ${s.over33}  blank-centre frames: ${s.blankFrames}  rows in DOM ≤ ${s.maxRows}`,
    );
    if (s.longFrames > 0) {
      const other = s.longTotalMs - s.longScriptMs - s.longLayoutMs;
      console.log(
        `  ${''.padEnd(28)} ${s.longFrames} frames > 50 ms: script ${(s.longScriptMs / s.longFrames).toFixed(1)} ms, style+layout+paint ${(s.longLayoutMs / s.longFrames).toFixed(1)} ms, other ${(other / s.longFrames).toFixed(1)} ms per frame (mean)`,
      );
    }
  }

  // Search over all entries: time from typing to the new count.
  const search = page.getByRole('searchbox');
  const t1 = Date.now();
  await search.fill('dong dang');
  await page.waitForFunction(
    (n) => !document.querySelector('.result-count')?.textContent?.startsWith(n.toLocaleString('en')),
    ENTRIES,
  );
  console.log(
    `  search "dong dang" → ${await page.locator('.result-count').textContent()} in ${Date.now() - t1} ms`,
  );
  await context.close();
}
await browser.close();
