import { describe, expect, it } from 'vitest';
import { fieldForHeader, headerKey, mapHeaders } from './mapHeaders';

describe('headerKey', () => {
  it('ignores case, spacing, punctuation and diacritics (NFC or NFD)', () => {
    expect(headerKey(' Vĩ  độ ')).toBe('vido');
    expect(headerKey('VI_DO')).toBe('vido');
    expect(headerKey('Vĩ độ'.normalize('NFD'))).toBe('vido');
    expect(headerKey('Số đăng ký')).toBe('sodangky');
  });
});

describe('fieldForHeader', () => {
  it.each([
    ['id', 'id'],
    ['Mã', 'id'],
    ['MA', 'id'],
    ['Tên', 'name'],
    ['ten', 'name'],
    ['Name (EN)', 'name_en'],
    ['name_zh', 'name_zh'],
    ['Tên tiếng Trung', 'name_zh'],
    ['Loại hình', 'category'],
    ['LOAI HINH', 'category'],
    ['Địa chỉ', 'address'],
    ['Latitude', 'lat'],
    ['vĩ độ', 'lat'],
    ['Kinh Do', 'lng'],
    ['lon', 'lng'],
    ['Điện thoại', 'phone'],
    ['E-mail', 'email'],
    ['Web site', 'website'],
    ['Đặt chỗ', 'booking'],
    ['Ngôn ngữ', 'languages'],
    ['Số đăng ký', 'registration'],
    ['Registration number', 'registration'],
    ['Mức giá', 'price_level'],
    ['Giờ mở cửa', 'opening_hours'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not know other columns', () => {
    expect(fieldForHeader('Ghi chú')).toBeUndefined();
    expect(fieldForHeader('internal_code')).toBeUndefined();
  });
});

describe('mapHeaders', () => {
  it('maps Vietnamese headers and reports unknown columns', () => {
    const m = mapHeaders(['Mã', 'Tên', 'Loại hình', 'Vĩ độ', 'Kinh độ', 'Ghi chú', '']);
    expect(m.fields).toEqual(['id', 'name', 'category', 'lat', 'lng', undefined, undefined]);
    expect(m.unknown).toEqual(['Ghi chú']);
    expect(m.missing).toEqual([]);
  });

  it('keeps the first of two columns for the same field', () => {
    const m = mapHeaders(['id', 'name', 'tên', 'category', 'lat', 'lng']);
    expect(m.fields[2]).toBeUndefined();
    expect(m.repeated).toEqual([{ header: 'tên', field: 'name', first: 'name' }]);
  });

  it('lists missing required columns', () => {
    expect(mapHeaders(['tên', 'địa chỉ']).missing).toEqual(['id', 'category', 'lat', 'lng']);
  });
});
