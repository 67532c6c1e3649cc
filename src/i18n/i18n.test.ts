import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import vi from '../../locales/vi/common.json';
import zh from '../../locales/zh/common.json';
import { LOCAL_LANGUAGE_CODES } from '../businesses/languageName';
import { BUSINESS_CATEGORIES } from '../content/businessSchema';
import { CATEGORIES, HERITAGE_STATUSES } from '../content/schema';

const resources = { vi: { common: vi }, en: { common: en }, zh: { common: zh } } as const;

type Tree = { [k: string]: string | Tree };
const flatten = (o: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );
const keys = {
  vi: flatten(resources.vi.common),
  en: flatten(resources.en.common),
  zh: flatten(resources.zh.common),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Plural forms: i18next resolves t('x', {count}) to x_one / x_other. */
const exists = (lang: keyof typeof keys, key: string) => key in keys[lang] || `${key}_other` in keys[lang];

describe('UI strings', () => {
  it('has the same keys in vi, en and zh', () => {
    expect(Object.keys(keys.vi).sort()).toEqual(Object.keys(keys.en).sort());
    expect(Object.keys(keys.zh).sort()).toEqual(Object.keys(keys.en).sort());
  });

  it('has no empty string in any language', () => {
    for (const lang of ['vi', 'en', 'zh'] as const) {
      expect(Object.entries(keys[lang]).filter(([, v]) => !v.trim())).toEqual([]);
    }
  });

  it('defines every key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g))
        used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const lang of ['vi', 'en', 'zh'] as const) {
      expect(
        [...used].filter((k) => !exists(lang, k)),
        lang,
      ).toEqual([]);
    }
  });

  it('names every category and heritage status (keys built from data)', () => {
    for (const lang of ['vi', 'en', 'zh'] as const) {
      for (const c of CATEGORIES) expect(exists(lang, `category.${c}`), `${lang} category.${c}`).toBe(true);
      for (const h of HERITAGE_STATUSES)
        expect(exists(lang, `heritage.${h}`), `${lang} heritage.${h}`).toBe(true);
      for (const b of ['phonetic', 'unconfirmed']) expect(exists(lang, `site.zhNameBasis.${b}`)).toBe(true);
      for (const t of ['flagship', 'secondary']) expect(exists(lang, `site.tier.${t}`)).toBe(true);
      for (const c of BUSINESS_CATEGORIES)
        expect(exists(lang, `businesses.category.${c}`), `${lang} businesses.category.${c}`).toBe(true);
      for (const code of LOCAL_LANGUAGE_CODES)
        expect(exists(lang, `businesses.languageName.${code}`), `${lang} language ${code}`).toBe(true);
      for (const level of [1, 2, 3, 4])
        expect(exists(lang, `businesses.card.priceLevel.${level}`), `${lang} price ${level}`).toBe(true);
    }
  });
});
