import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BODY_FONT, BODY_FONT_SAMPLE, bodyFontReady } from './bodyFont';

describe('bodyFontReady', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the body face with text from each of its subsets, and waits for it', async () => {
    let loaded: (v: FontFace[]) => void = () => undefined;
    const load = vi.fn(() => new Promise<FontFace[]>((done) => (loaded = done)));
    let ready = false;
    void bodyFontReady({ load }, 1000).then(() => (ready = true));
    expect(load).toHaveBeenCalledWith(BODY_FONT, BODY_FONT_SAMPLE);
    expect(BODY_FONT_SAMPLE).toMatch(/a/); // Latin
    expect(BODY_FONT_SAMPLE).toMatch(/Đ/); // Latin Extended (and Vietnamese)
    expect(BODY_FONT_SAMPLE).toMatch(/ư/); // Vietnamese
    await vi.advanceTimersByTimeAsync(500);
    expect(ready).toBe(false);
    loaded([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(ready).toBe(true);
  });

  it('gives up waiting after the cap, so a stalled download never holds the app back', async () => {
    let ready = false;
    void bodyFontReady({ load: () => new Promise<FontFace[]>(() => undefined) }, 1000).then(
      () => (ready = true),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
  });

  it('resolves when the font fails, and at once without the font loading API', async () => {
    await expect(
      bodyFontReady({ load: () => Promise.reject(new Error('offline')) }, 1000),
    ).resolves.toBeUndefined();
    await expect(bodyFontReady(undefined, 1000)).resolves.toBeUndefined();
  });
});
