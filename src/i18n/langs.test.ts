import { describe, expect, it } from 'vitest';
import { pickLang, switchLangPath } from './langs';

describe('pickLang', () => {
  it('takes the first of the visitor languages that we have', () => {
    expect(pickLang(['fr-FR', 'en-GB', 'vi'])).toBe('en');
    expect(pickLang(['zh-CN'])).toBe('zh');
    expect(pickLang(['zh-Hans-CN', 'en'])).toBe('zh');
    expect(pickLang(['vi-VN'])).toBe('vi');
  });

  it('falls back to Vietnamese', () => {
    expect(pickLang(['fr', 'de'])).toBe('vi');
    expect(pickLang([])).toBe('vi');
  });
});

describe('switchLangPath', () => {
  it('keeps the page and swaps the language', () => {
    expect(switchLangPath('/en/sites/mau-son', 'zh')).toBe('/zh/sites/mau-son');
    expect(switchLangPath('/vi', 'en')).toBe('/en');
  });
});
