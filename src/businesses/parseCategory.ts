import type { BusinessCategory } from '../content/businessSchema';
import { headerKey } from './mapHeaders';
import type { FieldResult } from './registryTypes';
import { quote } from './registryTypes';

/** Accepted values, English and Vietnamese, compared like headers (case/diacritics/spaces ignored). */
const VALUES: Record<BusinessCategory, readonly string[]> = {
  lodging: ['lodging', 'accommodation', 'lưu trú', 'cơ sở lưu trú', 'dịch vụ lưu trú'],
  food: ['food', 'food and drink', 'food & drink', 'food-drink', 'ăn uống', 'dịch vụ ăn uống', 'ẩm thực'],
  'travel-agency': ['travel agency', 'travel-agency', 'tour operator', 'lữ hành', 'kinh doanh lữ hành'],
  transport: ['transport', 'transportation', 'vận chuyển', 'vận tải', 'vận chuyển khách du lịch'],
  shopping: ['shopping', 'mua sắm', 'dịch vụ mua sắm'],
  experience: [
    'experience',
    'entertainment',
    'experience/entertainment',
    'trải nghiệm',
    'vui chơi giải trí',
    'trải nghiệm/giải trí',
  ],
};

const BY_KEY = new Map<string, BusinessCategory>();
for (const [category, names] of Object.entries(VALUES) as [BusinessCategory, readonly string[]][]) {
  for (const n of names) BY_KEY.set(headerKey(n), category);
}

export const CATEGORY_HINT =
  'use one of: lodging/lưu trú, food/ăn uống, travel agency/lữ hành, transport/vận chuyển, shopping/mua sắm, experience/trải nghiệm';

export function parseCategory(raw: string): FieldResult<BusinessCategory> {
  const category = BY_KEY.get(headerKey(raw));
  if (category) return { ok: true, value: category };
  return {
    ok: false,
    error: { field: 'category', reason: `${quote(raw.trim())} is not a known category`, fix: CATEGORY_HINT },
  };
}
