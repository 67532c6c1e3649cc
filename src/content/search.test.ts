import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchSites } from './search';
import { SITES } from './siteIndex';

describe('normalizeForSearch', () => {
  it('drops diacritics and case, including đ', () => {
    expect(normalizeForSearch('Động Tam Thanh')).toBe('dong tam thanh');
    expect(normalizeForSearch('ĐỒNG ĐĂNG')).toBe('dong dang');
    expect(normalizeForSearch('Mẫu   Sơn!')).toBe('mau son');
  });

  it('treats decomposed (NFD) and precomposed text alike', () => {
    expect(normalizeForSearch('Lạng Sơn'.normalize('NFD'))).toBe(normalizeForSearch('Lạng Sơn'));
  });

  it('keeps Chinese characters', () => {
    expect(normalizeForSearch('三清洞（三清寺）')).toBe('三清洞 三清寺');
  });
});

describe('searchSites on the real content', () => {
  const ids = (q: string) => searchSites(SITES, q).map((s) => s.id);

  it('finds Tam Thanh from Vietnamese without diacritics, English and Chinese', () => {
    expect(ids('tam thanh')[0]).toBe('dong-tam-thanh');
    expect(ids('TAM THANH')[0]).toBe('dong-tam-thanh');
    expect(ids('三清')).toContain('dong-tam-thanh');
    expect(ids('Tam Thanh Cave')[0]).toBe('dong-tam-thanh');
  });

  it('finds sites by their Vietnamese name with or without diacritics', () => {
    expect(ids('mau son')[0]).toBe('mau-son');
    expect(ids('Mẫu Sơn')[0]).toBe('mau-son');
    expect(ids('母山')[0]).toBe('mau-son');
    expect(ids('huu nghi')[0]).toBe('cua-khau-huu-nghi');
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(ids('  ')).toHaveLength(SITES.length);
    expect(ids('zzzqqq')).toEqual([]);
  });
});
