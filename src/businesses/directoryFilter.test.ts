import { describe, expect, it } from 'vitest';
import type { Business } from '../content/businessSchema';
import { buildDirectoryIndex, matchesFilters, queryDirectory, spokenLanguages } from './directoryFilter';

function biz(id: string, over: Partial<Business> & Pick<Business, 'name'>): Business {
  return {
    id,
    category: 'food',
    location: { lat: 21.85, lng: 106.76 },
    phones: [],
    languages: ['vi'],
    nearSiteIds: [],
    ...over,
  };
}

// Tam Thanh cave (21.8609, 106.7423) and Mẫu Sơn (21.8523, 106.9569) as reference points.
const TAM_THANH = { lat: 21.8609, lng: 106.7423 };
const MAU_SON = { lat: 21.8523, lng: 106.9569 };

const DATA: Business[] = [
  biz('LS-1', {
    name: { vi: 'Khách sạn Kỳ Cùng', en: 'Kỳ Cùng Hotel', zh: '奇穷酒店' },
    category: 'lodging',
    languages: ['vi', 'en', 'zh'],
    address: 'Số 1 đường Tam Thanh, Lạng Sơn',
    location: { lat: 21.853, lng: 106.761 },
  }),
  biz('LS-2', {
    name: { vi: 'Quán phở Đồng Đăng' },
    category: 'food',
    languages: ['vi'],
    location: { lat: 21.9443, lng: 106.7065 },
  }),
  biz('LS-3', {
    name: { vi: 'Nhà nghỉ Mẫu Sơn', en: 'Mẫu Sơn Guesthouse' },
    category: 'lodging',
    languages: ['vi', 'zh'],
    registration: 'LT-77/2024',
    location: { lat: 21.85, lng: 106.95 },
  }),
  biz('LS-4', {
    name: { vi: 'Ăn uống Tam Thanh' },
    category: 'food',
    languages: ['vi', 'en', 'tyz'],
    location: { lat: 21.861, lng: 106.743 },
  }),
  biz('LS-5', {
    name: { vi: 'Xe khách Bắc Sơn', en: 'Bắc Sơn Coaches' },
    category: 'transport',
    languages: ['vi', 'nut'],
    location: { lat: 21.9, lng: 106.32 },
  }),
];

const index = buildDirectoryIndex(DATA);
const ids = (q: Partial<Parameters<typeof queryDirectory>[1]>, lang: 'vi' | 'en' | 'zh' = 'vi') =>
  queryDirectory(index, { text: '', categories: [], languages: [], near: null, ...q }, lang).map(
    (r) => r.business.id,
  );

describe('queryDirectory: search', () => {
  it('lists everything, by name in the visitor’s language, when nothing is asked', () => {
    // Vietnamese collation: Ă sorts after A-words, Đ after D; "Khách", "Nhà", "Quán", "Xe".
    expect(ids({}, 'vi')).toEqual(['LS-4', 'LS-1', 'LS-3', 'LS-2', 'LS-5']);
    // English names where they exist, Vietnamese otherwise.
    expect(ids({}, 'en')).toEqual(['LS-4', 'LS-5', 'LS-1', 'LS-3', 'LS-2']);
  });

  it('ignores diacritics and case, including đ', () => {
    expect(ids({ text: 'dong dang' })).toEqual(['LS-2']);
    expect(ids({ text: 'KY CUNG' })).toEqual(['LS-1']);
    expect(ids({ text: 'mau son' })).toEqual(['LS-3']);
    expect(ids({ text: 'Mẫu  Sơn' })).toEqual(['LS-3']);
  });

  it('finds Chinese names, ids and registration numbers', () => {
    expect(ids({ text: '奇穷' })).toEqual(['LS-1']);
    expect(ids({ text: 'ls-5' })).toEqual(['LS-5']);
    expect(ids({ text: 'lt-77' })).toEqual(['LS-3']);
  });

  it('needs every word, and ranks matches in the name before matches in the address only', () => {
    expect(ids({ text: 'tam thanh' })).toEqual(['LS-4', 'LS-1']);
    expect(ids({ text: 'tam hotel' })).toEqual(['LS-1']);
    expect(ids({ text: 'nothing like this' })).toEqual([]);
  });
});

describe('queryDirectory: filters', () => {
  it('keeps any of the chosen categories', () => {
    expect(ids({ categories: ['lodging'] })).toEqual(['LS-1', 'LS-3']);
    expect(ids({ categories: ['lodging', 'transport'] })).toEqual(['LS-1', 'LS-3', 'LS-5']);
  });

  it('keeps businesses speaking any of the chosen languages', () => {
    expect(ids({ languages: ['zh'] })).toEqual(['LS-1', 'LS-3']);
    expect(ids({ languages: ['en', 'nut'] })).toEqual(['LS-4', 'LS-1', 'LS-5']);
    expect(ids({ languages: ['tyz'] })).toEqual(['LS-4']);
  });

  it('combines search, categories and languages (all must hold)', () => {
    expect(ids({ text: 'son', categories: ['lodging'], languages: ['zh'] })).toEqual(['LS-3', 'LS-1']);
    expect(ids({ text: 'mau son', categories: ['lodging'], languages: ['zh'] })).toEqual(['LS-3']);
    expect(ids({ text: 'mau son', categories: ['food'] })).toEqual([]);
  });
});

describe('queryDirectory: distance from a site', () => {
  it('sorts by distance and reports it in km', () => {
    const results = queryDirectory(index, { text: '', categories: [], languages: [], near: TAM_THANH }, 'en');
    expect(results.map((r) => r.business.id)).toEqual(['LS-4', 'LS-1', 'LS-2', 'LS-3', 'LS-5']);
    expect(results[0]?.km).toBeLessThan(0.1);
    expect(results[1]?.km).toBeGreaterThan(2);
    expect(results[1]?.km).toBeLessThan(3);
    for (let i = 1; i < results.length; i++)
      expect(results[i]?.km ?? 0).toBeGreaterThanOrEqual(results[i - 1]?.km ?? 0);
  });

  it('sorts the filtered set only, from another site', () => {
    expect(ids({ near: MAU_SON, categories: ['lodging'] })).toEqual(['LS-3', 'LS-1']);
  });

  it('leaves km empty when sorting by name', () => {
    expect(queryDirectory(index, { text: '', categories: [], languages: [], near: null }, 'vi')[0]?.km).toBe(
      null,
    );
  });
});

describe('matchesFilters and spokenLanguages', () => {
  it('treats empty filters as no limit', () => {
    expect(matchesFilters({ category: 'food', languages: [] }, [], [])).toBe(true);
    expect(matchesFilters({ category: 'food', languages: [] }, [], ['en'])).toBe(false);
  });

  it('lists the three app languages first, then the others by frequency', () => {
    expect(spokenLanguages(DATA)).toEqual(['vi', 'en', 'zh', 'nut', 'tyz']);
    expect(spokenLanguages([{ languages: ['fr'] }, { languages: ['fr', 'ko', 'en'] }])).toEqual([
      'en',
      'fr',
      'ko',
    ]);
  });
});

describe('queryDirectory at scale', () => {
  it('filters and sorts 10,000 entries quickly enough to run on every keystroke', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      biz(`X-${i}`, {
        name: { vi: `Cơ sở số ${i} Đồng Đăng` },
        category: i % 2 ? 'food' : 'lodging',
        location: { lat: 21.5 + (i % 100) / 100, lng: 106.3 + Math.floor(i / 100) / 100 },
      }),
    );
    const big = buildDirectoryIndex(many);
    queryDirectory(big, { text: '', categories: [], languages: [], near: null }, 'vi'); // warm the name order
    const t0 = performance.now();
    const r = queryDirectory(
      big,
      { text: 'dong dang 12', categories: ['lodging'], languages: [], near: TAM_THANH },
      'vi',
    );
    const ms = performance.now() - t0;
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.business.category === 'lodging')).toBe(true);
    // A loose bound (shared CI machines): the point is "milliseconds, not seconds".
    expect(ms).toBeLessThan(500);
  });
});
