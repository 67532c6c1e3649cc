import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { fakeSpeech } from './helpers';

interface Chapter {
  id: string;
  title: Record<string, string>;
  text: Record<string, string>;
  target?: { hotspot?: string };
}
interface SiteFile {
  narration: Chapter[];
  hotspots: { id: string; view?: { position: number[] } }[];
}
const site = (id: string) => JSON.parse(readFileSync(`content/sites/${id}.json`, 'utf8')) as SiteFile;
const narration = (id: string) => site(id).narration;

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
const endSentence = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speechEnd: () => void }).__speechEnd());

test.describe('narration', () => {
  test('play speaks the first chapter in the page language, and captions follow the voice', async ({
    page,
  }) => {
    await fakeSpeech(page);
    const chapters = narration('den-ta-phu');
    await page.goto('/en/sites/den-ta-phu');
    await page.getByRole('button', { name: 'Play the narration' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
    const [first] = await spoken(page);
    expect(first?.lang).toBe('en-GB');
    expect((chapters[0]?.text.en ?? '').startsWith(first?.text ?? '∅')).toBe(true);
    await expect(page.getByTestId('caption')).toHaveText(first?.text ?? '');
    await endSentence(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    const second = (await spoken(page))[1];
    await expect(page.getByTestId('caption')).toHaveText(second?.text ?? '');
    expect(chapters[0]?.text.en).toContain(second?.text ?? '∅');
  });

  test('next and previous change the chapter; a chapter with a target selects its hotspot', async ({
    page,
  }) => {
    await fakeSpeech(page);
    const chapters = narration('den-ta-phu');
    const targeted = chapters.findIndex((c) => c.target?.hotspot);
    await page.goto('/en/sites/den-ta-phu');
    await page.getByRole('button', { name: 'Play the narration' }).click();
    await expect(page.getByTestId('narration-title')).toHaveText(chapters[0]?.title.en ?? '');
    for (let i = 0; i < targeted; i++) await page.getByRole('button', { name: 'Next chapter' }).click();
    await expect(page.getByTestId('narration-title')).toHaveText(chapters[targeted]?.title.en ?? '');
    await expect(page).toHaveURL(new RegExp(`poi=${chapters[targeted]?.target?.hotspot}`));
    const hotspot = site('den-ta-phu').hotspots.find((h) => h.id === chapters[targeted]?.target?.hotspot);
    await page.waitForFunction(() => window.__xl3dViewer?.ready && !window.__xl3dViewer.flying(), null, {
      timeout: 60_000,
    });
    await expect
      .poll(async () =>
        (await page.evaluate(() => window.__xl3dViewer?.camera().position))?.map(
          (v) => Math.round(v * 10) / 10,
        ),
      )
      .toEqual(hotspot?.view?.position.map((v) => Math.round(v * 10) / 10));
    await expect
      .poll(async () => (await spoken(page)).at(-1)?.text)
      .toBe((chapters[targeted]?.text.en ?? '').split(/(?<=[.!?])\s/)[0]);
    await page.getByRole('button', { name: 'Previous chapter' }).click();
    await expect(page.getByTestId('narration-title')).toHaveText(chapters[targeted - 1]?.title.en ?? '');
  });

  test('switching language mid-narration continues at the same chapter in the new language', async ({
    page,
  }) => {
    await fakeSpeech(page);
    const chapters = narration('cho-dong-kinh');
    await page.goto('/vi/sites/cho-dong-kinh');
    await page.getByRole('button', { name: 'Nghe thuyết minh' }).click();
    await page.getByRole('button', { name: 'Chương sau' }).click();
    await expect(page.getByTestId('narration-title')).toHaveText(chapters[1]?.title.vi ?? '');
    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: '中文' }).click();
    await expect(page.getByTestId('narration-title')).toHaveText(chapters[1]?.title.zh ?? '');
    await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('zh-CN');
    expect((chapters[1]?.text.zh ?? '').startsWith((await spoken(page)).at(-1)?.text ?? '∅')).toBe(true);
  });

  test('without a voice for the language the captions play on their own, and the transcript says why', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [],
          speak() {},
          cancel() {},
          pause() {},
          resume() {},
          addEventListener() {},
          removeEventListener() {},
        },
        configurable: true,
      });
    });
    const chapters = narration('mau-son');
    await page.goto('/zh/sites/mau-son');
    await page.getByRole('button', { name: '播放讲解' }).click();
    await expect(page.getByTestId('caption')).toHaveText(
      (chapters[0]?.text.zh ?? '').split(/(?<=[。！？；])/)[0] ?? '∅',
    );
    await page.getByRole('button', { name: '全文' }).click();
    await page.getByText('语音', { exact: true }).click();
    await expect(page.getByTestId('voice-summary')).toHaveText(
      '此设备没有该语言的语音，字幕将按阅读速度自动播放。',
    );
  });

  test('speed and captions preferences persist on the device', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('/en/sites/den-ta-phu');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1.25');
    await page.getByRole('button', { name: 'Captions' }).click();
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.25');
    await expect(page.getByRole('button', { name: 'Captions' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('recorded audio: captions follow the audio time', async ({ page }) => {
    await fakeSpeech(page);
    // The site's content chunk gets a recorded English intro; the recording and its captions are fixtures.
    await page.route(/\/assets\/den-ta-phu-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      // The chunk holds the parsed site as JSON text (scripts/parsedSites.ts).
      const text = await response.text();
      const body = text.replace(
        /"narration":\[\{"id":"intro",/,
        '"narration": [{"id": "intro", "audio": {"en": {"src": "fixtures/intro.wav", "captions": "fixtures/intro.vtt", "voice": "Test reader"}},',
      );
      if (body === text) throw new Error('the site chunk no longer has the narration to rewrite');
      await route.fulfill({ response, body });
    });
    await page.route('**/fixtures/intro.vtt', (route) =>
      route.fulfill({
        contentType: 'text/vtt',
        body: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nFirst recorded line.\n\n00:00:01.500 --> 00:00:04.000\nSecond recorded line.\n',
      }),
    );
    await page.route('**/fixtures/intro.wav', (route) =>
      route.fulfill({ contentType: 'audio/wav', body: silentWav(4) }),
    );
    await page.goto('/en/sites/den-ta-phu');
    await page.getByRole('button', { name: 'Play the narration' }).click();
    await expect(page.getByTestId('narration')).toHaveAttribute('data-engine', 'audio');
    await expect(page.getByTestId('caption')).toHaveText('First recorded line.');
    const shownAt = Date.now();
    await expect(page.getByTestId('caption')).toHaveText('Second recorded line.', { timeout: 10_000 });
    // The second cue starts at 1.5 s of audio: captions follow the recording's clock, not a reading-pace timer.
    expect(Date.now() - shownAt).toBeGreaterThan(900);
    expect(await spoken(page)).toEqual([]);
  });
});

/** A mono 8 kHz 16-bit PCM WAV of silence. */
function silentWav(seconds: number): Buffer {
  const samples = 8000 * seconds;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples * 2, 40);
  return b;
}
