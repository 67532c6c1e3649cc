import { Business, type BusinessCategory, BusinessId } from '../content/businessSchema';
import { cleanText, type LineJoin } from './cleanText';
import { normalizeEmail } from './normalizeEmail';
import { normalizeLink } from './normalizeLink';
import { normalizePhone } from './normalizePhone';
import { CATEGORY_HINT, parseCategory } from './parseCategory';
import { parseCoordinates } from './parseCoordinates';
import { parseLanguages } from './parseLanguages';
import { parsePriceLevel } from './parsePriceLevel';
import type { FieldError, FieldResult, RegistryField } from './registryTypes';

export type RegistryValues = Partial<Record<RegistryField, unknown>>;

/** A cell as text: CSV gives strings; JSON may give numbers, lists (languages, phones) or null. */
function asText(field: RegistryField, raw: unknown): FieldResult<string> {
  if (raw === undefined || raw === null) return { ok: true, value: '' };
  if (typeof raw === 'string') return { ok: true, value: raw };
  if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: String(raw) };
  const listField = field === 'languages' || field === 'phone';
  if (listField && Array.isArray(raw) && raw.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return { ok: true, value: raw.join(', ') };
  }
  return {
    ok: false,
    error: {
      field,
      reason: `expected text but found ${Array.isArray(raw) ? 'a list' : typeof raw}`,
      fix: listField ? 'give text or a list of texts' : 'give the value as text',
    },
  };
}

/** Row → business (nearSiteIds come later), or all its field errors so the editor fixes them in one pass. */
export function rowToBusiness(
  values: RegistryValues,
): { ok: true; business: Omit<Business, 'nearSiteIds'> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (field: RegistryField, join: LineJoin = ' '): string => {
    const r = asText(field, values[field]);
    if (!r.ok) {
      errors.push(r.error);
      return '';
    }
    return cleanText(r.value, join);
  };
  const take = <T>(r: FieldResult<T>): T | undefined => {
    if (r.ok) return r.value;
    errors.push(r.error);
    return undefined;
  };

  const id = text('id');
  if (id === '')
    errors.push({ field: 'id', reason: 'missing id', fix: "give the registry's id of the business" });
  else if (!BusinessId.safeParse(id).success) {
    errors.push({
      field: 'id',
      reason: `${JSON.stringify(id)} contains characters that cannot go into a link`,
      fix: 'use letters, digits, ".", "_" or "-" (at most 64), e.g. LS-LT-0012',
    });
  }

  const nameVi = text('name');
  if (nameVi === '')
    errors.push({ field: 'name', reason: 'missing name', fix: 'give the Vietnamese name of the business' });
  const nameEn = text('name_en');
  const nameZh = text('name_zh');

  const categoryRaw = text('category');
  let category: BusinessCategory | undefined;
  if (categoryRaw === '') errors.push({ field: 'category', reason: 'missing category', fix: CATEGORY_HINT });
  else category = take(parseCategory(categoryRaw));

  const address = text('address', ', ');
  const latRaw = text('lat');
  const lngRaw = text('lng');
  const coords = parseCoordinates(latRaw, lngRaw);
  if (!coords.ok) errors.push(...coords.errors);

  const phoneRaw = text('phone');
  const phones = phoneRaw === '' ? [] : take(normalizePhone(phoneRaw));
  const emailRaw = text('email');
  const email = emailRaw === '' ? undefined : take(normalizeEmail(emailRaw));
  const websiteRaw = text('website');
  const website = websiteRaw === '' ? undefined : take(normalizeLink(websiteRaw, 'website'));
  const bookingRaw = text('booking');
  const booking = bookingRaw === '' ? undefined : take(normalizeLink(bookingRaw, 'booking'));
  const languagesRaw = text('languages');
  const languages = languagesRaw === '' ? [] : take(parseLanguages(languagesRaw));
  const priceRaw = text('price_level');
  const priceLevel = priceRaw === '' ? undefined : take(parsePriceLevel(priceRaw));
  const openingHours = text('opening_hours', '; ');
  const registration = text('registration');

  if (errors.length > 0 || !category || !coords.ok || !phones || !languages) return { ok: false, errors };

  const business: Omit<Business, 'nearSiteIds'> = {
    id,
    category,
    name: { vi: nameVi, ...(nameEn && { en: nameEn }), ...(nameZh && { zh: nameZh }) },
    ...(address && { address }),
    location: coords.value,
    phones,
    ...(email && { email }),
    ...(website && { website }),
    ...(booking && { booking }),
    languages,
    ...(priceLevel !== undefined && { priceLevel }),
    ...(openingHours && { openingHours }),
    ...(registration && { registration }),
  };
  // Safety net: the schema is the contract the app reads, so nothing it would refuse gets written.
  const checked = Business.safeParse({ ...business, nearSiteIds: [] });
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.map((i) => ({
        field: i.path.join('.') || 'row',
        reason: i.message,
        fix: 'correct the value as described',
      })),
    };
  }
  return { ok: true, business };
}
