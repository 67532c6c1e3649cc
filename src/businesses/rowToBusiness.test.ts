import { describe, expect, it } from 'vitest';
import { type RegistryValues, rowToBusiness } from './rowToBusiness';

const base: RegistryValues = {
  id: 'LS-001',
  name: 'Khách sạn Thử',
  category: 'lưu trú',
  lat: '21.8530',
  lng: '106.7610',
};

function ok(values: RegistryValues) {
  const r = rowToBusiness(values);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.business;
}

function errors(values: RegistryValues) {
  const r = rowToBusiness(values);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('rowToBusiness', () => {
  it('builds a business from the minimal columns', () => {
    expect(ok(base)).toEqual({
      id: 'LS-001',
      category: 'lodging',
      name: { vi: 'Khách sạn Thử' },
      location: { lat: 21.853, lng: 106.761 },
      phones: [],
      languages: [],
    });
  });

  it('normalises Vietnamese text to NFC and tidies spaces', () => {
    const nfd = 'Quán ăn  Đông Kinh '.normalize('NFD');
    const b = ok({ ...base, name: nfd, address: 'Số 5, phố Thử\r\n  phường Thử'.normalize('NFD') });
    expect(b.name.vi).toBe('Quán ăn Đông Kinh');
    expect(b.name.vi).toBe(b.name.vi.normalize('NFC'));
    expect(b.address).toBe('Số 5, phố Thử, phường Thử');
  });

  it('keeps translations and Chinese names', () => {
    const b = ok({ ...base, name_en: 'Test Hotel', name_zh: '测试酒店' });
    expect(b.name).toEqual({ vi: 'Khách sạn Thử', en: 'Test Hotel', zh: '测试酒店' });
  });

  it.each([
    ['lodging', 'lodging'],
    ['Lưu trú', 'lodging'],
    ['LUU TRU', 'lodging'],
    ['food', 'food'],
    ['Food and drink', 'food'],
    ['ăn uống', 'food'],
    ['Travel agency', 'travel-agency'],
    ['lữ hành', 'travel-agency'],
    ['transport', 'transport'],
    ['Vận chuyển', 'transport'],
    ['shopping', 'shopping'],
    ['mua sắm', 'shopping'],
    ['experience', 'experience'],
    ['Entertainment', 'experience'],
    ['trải nghiệm', 'experience'],
  ])('category %j → %s', (raw, category) => {
    expect(ok({ ...base, category: raw }).category).toBe(category);
  });

  it('reads decimal commas and JSON numbers as coordinates', () => {
    expect(ok({ ...base, lat: '21,8461', lng: '106,759' }).location).toEqual({ lat: 21.8461, lng: 106.759 });
    expect(ok({ ...base, lat: 21.85, lng: 106.76 }).location).toEqual({ lat: 21.85, lng: 106.76 });
  });

  it('accepts points just over the province line (0.1° margin) and refuses farther ones', () => {
    expect(ok({ ...base, lat: '22.55', lng: '107.45' }).location).toEqual({ lat: 22.55, lng: 107.45 });
    expect(errors({ ...base, lat: '22.57', lng: '106.7' })).toEqual([
      expect.objectContaining({ field: 'lat/lng', reason: '22.57, 106.7 is outside Lạng Sơn province' }),
    ]);
    expect(errors({ ...base, lat: '21.0285', lng: '105.8542' })[0]?.field).toBe('lat/lng');
  });

  it('recognises swapped coordinates', () => {
    expect(errors({ ...base, lat: '106.76', lng: '21.85' })[0]?.reason).toMatch(/swapped/);
  });

  it('reads languages as codes or names in three languages', () => {
    expect(ok({ ...base, languages: 'vi; en, zh' }).languages).toEqual(['vi', 'en', 'zh']);
    expect(ok({ ...base, languages: 'Tiếng Việt, Tiếng Anh, Tiếng Tày, Tiếng Nùng' }).languages).toEqual([
      'vi',
      'en',
      'tyz',
      'nut',
    ]);
    expect(ok({ ...base, languages: '英语、中文' }).languages).toEqual(['en', 'zh']);
    expect(ok({ ...base, languages: ['Vietnamese', 'zh-Hans', 'en_GB'] }).languages).toEqual([
      'vi',
      'zh',
      'en',
    ]);
    expect(errors({ ...base, languages: 'vi, Klingon' })[0]).toMatchObject({ field: 'languages' });
  });

  it('reads price levels and opening hours', () => {
    expect(ok({ ...base, price_level: '$$' }).priceLevel).toBe(2);
    expect(ok({ ...base, price_level: 'cao cấp' }).priceLevel).toBe(4);
    expect(ok({ ...base, price_level: 3 }).priceLevel).toBe(3);
    expect(errors({ ...base, price_level: '7' })[0]?.field).toBe('price_level');
    expect(ok({ ...base, opening_hours: 'T2–T6: 7h30–17h00\nT7: 8h00–11h30' }).openingHours).toBe(
      'T2–T6: 7h30–17h00; T7: 8h00–11h30',
    );
  });

  it('reports every bad field of a row at once', () => {
    const e = errors({
      id: 'LS 001/ā',
      name: '  ',
      category: 'karaoke',
      lat: 'abc',
      lng: '',
      phone: '12345',
      email: 'x',
      website: 'javascript:alert(1)',
      booking: 'ftp://example.com',
    });
    expect(e.map((x) => x.field)).toEqual([
      'id',
      'name',
      'category',
      'lat',
      'lng',
      'phone',
      'email',
      'website',
      'booking',
    ]);
  });

  it('refuses values of the wrong JSON type', () => {
    expect(errors({ ...base, name: { vi: 'x' } })[0]).toMatchObject({ field: 'name' });
    expect(errors({ ...base, website: true })[0]).toMatchObject({ field: 'website' });
  });

  it('drops empty optional cells instead of storing empty strings', () => {
    const b = ok({ ...base, email: '', website: ' ', booking: null, name_en: '', registration: '' });
    expect(Object.keys(b)).toEqual(['id', 'category', 'name', 'location', 'phones', 'languages']);
  });
});
