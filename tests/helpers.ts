import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Distinct colours in an element's screenshot (captures WebGL without preserveDrawingBuffer). */
export async function distinctColours(locator: Locator): Promise<number> {
  const png = PNG.sync.read(await locator.screenshot());
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    seen.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  }
  return seen.size;
}

/** Waits until MapLibre has loaded the style, the site layer and its first tiles. */
/** Scrolls a site page to its end so the sections it renders only when scrolled near (WhenNear) are there. */
export async function revealLazySections(page: Page) {
  // The page's body first: before it (the page's preview) there is nothing to reveal yet.
  await expect(page.locator('.site-grid')).toBeAttached({ timeout: 30_000 });
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.locator('.when-near').count()).toBe(0);
  }).toPass({ timeout: 15_000 });
}

export async function waitForMap(page: Page) {
  await expect(page.locator('.map-canvas[data-loaded="true"]')).toBeAttached({ timeout: 60_000 });
  await page.waitForFunction(() => window.__xl3dMap?.loaded() && window.__xl3dMap.areTilesLoaded(), null, {
    timeout: 60_000,
  });
}

/** Screen position of a site's marker, from the live map (test hook). */
export async function markerPoint(page: Page, siteId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const map = window.__xl3dMap;
    if (!map) throw new Error('no map');
    const feature = map.querySourceFeatures('sites').find((f) => f.properties?.id === id);
    if (feature?.geometry.type !== 'Point') throw new Error(`marker ${id} not rendered`);
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const p = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, siteId);
}

/** Every request the page makes must go to the app's own server. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/**
 * Replaces speech synthesis with a recorder: each utterance starts at once and
 * ends when the test calls window.__speechEnd(), or by itself after window.__speechAuto ms when that is set.
 */
export async function fakeSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; rate: number; voice: string | null }[] = [];
    let current: SpeechSynthesisUtterance | null = null;
    const w = window as unknown as {
      __spoken: typeof spoken;
      __speechEnd: () => void;
      __speechAuto: number | null;
      __speechPaused: boolean;
    };
    const voices = [
      {
        name: 'Fake Vietnamese female (Hà Nội)',
        lang: 'vi-VN',
        localService: true,
        default: false,
        voiceURI: 'vi',
      },
      { name: 'Fake English', lang: 'en-GB', localService: true, default: true, voiceURI: 'en' },
      { name: 'Fake Mandarin', lang: 'zh-CN', localService: true, default: false, voiceURI: 'zh' },
    ];
    const end = (u: SpeechSynthesisUtterance | null) => {
      if (!u || u !== current || w.__speechPaused) return;
      current = null;
      u.onend?.(new Event('end') as SpeechSynthesisEvent);
    };
    const fake = {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(u: SpeechSynthesisUtterance) {
        current = u;
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null });
        setTimeout(() => u.onstart?.(new Event('start') as SpeechSynthesisEvent), 0);
        if (w.__speechAuto !== null) setTimeout(() => end(u), w.__speechAuto);
      },
      cancel() {
        current = null;
      },
      pause() {
        w.__speechPaused = true;
      },
      resume() {
        w.__speechPaused = false;
        if (w.__speechAuto !== null) {
          const u = current;
          setTimeout(() => end(u), w.__speechAuto);
        }
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    // The real utterance only accepts real voices; the fake's voices are plain objects.
    class FakeUtterance {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      onstart: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    w.__spoken = spoken;
    w.__speechAuto = null;
    w.__speechPaused = false;
    w.__speechEnd = () => end(current);
  });
}

/** Lighthouse runs these two axe rules; axe leaves them off by default (experimental / WCAG 2.2). */
export const LABEL_AND_TARGET_RULES = ['label-content-name-mismatch', 'target-size'];

/** axe's findings as "rule: targets" lines: the serious and critical ones, or every finding of `rules`. */
export async function axeFindings(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  const found = rules
    ? violations
    : violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens `path` and checks the body font at the page's first app render (the boot screen replaced): its
 * Latin, Latin Extended and Vietnamese files were loaded by then, and each was requested once.
 */
export async function expectBodyFontAtFirstRender(page: Page, path: string, heading: string) {
  const requests = new Map<string, number>();
  page.on('request', (r) => {
    const file = /be-vietnam-pro-[\w-]+-400-normal-[^/]*\.woff2$/.exec(r.url())?.[0];
    if (file) requests.set(file, (requests.get(file) ?? 0) + 1);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __fontAtFirstRender?: boolean };
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (!root?.firstElementChild || root.querySelector('.boot')) return;
      w.__fontAtFirstRender = document.fonts.check('400 1em "Be Vietnam Pro"', 'aĐư');
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  const loadedAtFirstRender = await page.evaluate(
    () => (window as unknown as { __fontAtFirstRender?: boolean }).__fontAtFirstRender,
  );
  expect(loadedAtFirstRender).toBe(true);
  expect(requests.size).toBe(3);
  expect([...requests.values()]).toEqual([1, 1, 1]);
}
