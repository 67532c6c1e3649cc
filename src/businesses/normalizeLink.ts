import { isHttpUrl } from '../content/businessSchema';
import type { FieldResult } from './registryTypes';
import { quote } from './registryTypes';

const FIX = 'give an http(s) address such as https://example.com';

/** Website/booking cell → absolute http(s) URL; other schemes are refused because the UI links them. */
export function normalizeLink(raw: string, field: string): FieldResult<string> {
  const value = raw.trim();
  const fail = (reason: string, fix = FIX): FieldResult<string> => ({
    ok: false,
    error: { field, reason, fix },
  });
  // A scheme, but not "host:port".
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(value.replace(/\s+/g, ''));
  let candidate = value;
  if (scheme) {
    const name = (scheme[1] ?? '').toLowerCase();
    if (name !== 'http' && name !== 'https') {
      return fail(`${quote(value)} uses "${name}:"; only http(s) links are allowed`);
    }
  } else if (/^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?$/u.test(value)) {
    candidate = `https://${value}`;
  } else {
    return fail(`${quote(value)} is not a web address`);
  }
  if (/\s/.test(candidate))
    return fail(`${quote(value)} contains spaces`, `${FIX}, with spaces encoded as %20`);
  if (!isHttpUrl(candidate)) return fail(`${quote(value)} is not a valid web address`);
  const url = new URL(candidate);
  if (url.username || url.password) {
    return fail(`${quote(value)} contains a user name or password`, 'remove the "user:password@" part');
  }
  return { ok: true, value: url.href };
}
