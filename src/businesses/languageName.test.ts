import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { languageName } from './languageName';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

describe('languageName', () => {
  it('names languages in the visitor’s language, starting with a capital', () => {
    expect(languageName('en', 'en', t)).toBe('English');
    expect(languageName('zh', 'vi', t)).toMatch(/^Tiếng Trung/);
    expect(languageName('en', 'zh', t)).toBe('英语');
  });

  it('names Tày and Nùng from the UI strings, and shows unknown codes as they are', () => {
    expect(languageName('tyz', 'en', t)).toBe('«businesses.languageName.tyz»');
    expect(languageName('nut', 'zh', t)).toBe('«businesses.languageName.nut»');
    expect(languageName('qqq', 'en', t)).toBe('QQQ');
  });
});
