import type { RegistryField } from './registryTypes';
import { REQUIRED_FIELDS } from './registryTypes';

/** Case, spacing, punctuation and diacritics do not matter: "Vĩ độ", "VI_DO" and "vi do" → "vido". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Accepted spellings per field, English and Vietnamese (compared through headerKey). */
const ALIASES: Record<RegistryField, readonly string[]> = {
  id: ['id', 'mã', 'mã cơ sở', 'mã số cơ sở'],
  name: ['name', 'tên', 'tên cơ sở', 'tên cơ sở kinh doanh', 'name vi', 'tên tiếng Việt'],
  name_en: ['name_en', 'name (en)', 'english name', 'tên tiếng Anh', 'tên en'],
  name_zh: ['name_zh', 'name (zh)', 'chinese name', 'tên tiếng Trung', 'tên zh', 'name_cn'],
  category: ['category', 'loại hình', 'loại', 'loại hình kinh doanh'],
  address: ['address', 'địa chỉ'],
  lat: ['lat', 'latitude', 'vĩ độ'],
  lng: ['lng', 'lon', 'long', 'longitude', 'kinh độ'],
  phone: ['phone', 'telephone', 'tel', 'điện thoại', 'số điện thoại', 'sđt'],
  email: ['email', 'e-mail', 'thư điện tử'],
  website: ['website', 'web', 'trang web', 'url'],
  booking: ['booking', 'booking url', 'booking link', 'đặt chỗ', 'đặt phòng', 'link đặt chỗ'],
  languages: ['languages', 'language', 'languages spoken', 'ngôn ngữ', 'ngoại ngữ'],
  price_level: ['price_level', 'price level', 'price', 'mức giá', 'giá'],
  opening_hours: ['opening_hours', 'opening hours', 'hours', 'giờ mở cửa', 'giờ hoạt động'],
  registration: [
    'registration',
    'registration number',
    'licence',
    'license',
    'số đăng ký',
    'số giấy phép',
    'giấy phép',
  ],
};

const BY_KEY = new Map<string, RegistryField>();
for (const [field, names] of Object.entries(ALIASES) as [RegistryField, readonly string[]][]) {
  for (const n of names) BY_KEY.set(headerKey(n), field);
}

// Every row repeats the same headers; normalising each cell's header again dominated import time.
const memo = new Map<string, RegistryField | null>();

/** The field a header names, or undefined for a column the importer does not know. */
export function fieldForHeader(header: string): RegistryField | undefined {
  let field = memo.get(header);
  if (field === undefined) {
    field = BY_KEY.get(headerKey(header)) ?? null;
    if (memo.size < 1000) memo.set(header, field);
  }
  return field ?? undefined;
}

/** The accepted spellings, for documentation and "missing column" hints. */
export function headerAliases(field: RegistryField): readonly string[] {
  return ALIASES[field];
}

export interface HeaderMapping {
  /** Per column: the field it feeds, or undefined when ignored (unknown or a repeat). */
  fields: (RegistryField | undefined)[];
  /** Headers the importer does not know, as written in the file. */
  unknown: string[];
  /** A later column naming a field an earlier one already gave; the first column wins. */
  repeated: { header: string; field: RegistryField; first: string }[];
  /** Required fields no column gives. */
  missing: RegistryField[];
}

/** Maps a header row to fields; empty headers (trailing separators) are neither known nor reported. */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const fields: (RegistryField | undefined)[] = [];
  const unknown: string[] = [];
  const repeated: HeaderMapping['repeated'] = [];
  const firstHeader = new Map<RegistryField, string>();
  for (const header of headers) {
    const field = fieldForHeader(header);
    if (!field) {
      fields.push(undefined);
      if (header.trim() !== '') unknown.push(header.trim());
      continue;
    }
    const first = firstHeader.get(field);
    if (first !== undefined) {
      fields.push(undefined);
      repeated.push({ header: header.trim(), field, first });
      continue;
    }
    firstHeader.set(field, header.trim());
    fields.push(field);
  }
  const missing = REQUIRED_FIELDS.filter((f) => !firstHeader.has(f));
  return { fields, unknown, repeated, missing };
}
