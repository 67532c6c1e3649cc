import { EMAIL_PATTERN } from '../content/businessSchema';
import type { FieldResult } from './registryTypes';
import { quote } from './registryTypes';

/** An e-mail cell → "local@domain" with the domain lower-cased; a leading "mailto:" is dropped. */
export function normalizeEmail(raw: string): FieldResult<string> {
  const value = raw.trim().replace(/^mailto:/i, '');
  const at = value.lastIndexOf('@');
  const normalized = at > 0 ? `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}` : value;
  if (!EMAIL_PATTERN.test(normalized)) {
    return {
      ok: false,
      error: {
        field: 'email',
        reason: `${quote(raw.trim())} is not a valid e-mail address`,
        fix: 'give one address such as info@example.com',
      },
    };
  }
  return { ok: true, value: normalized };
}
