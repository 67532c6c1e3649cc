import type { FieldResult } from './registryTypes';
import { quote } from './registryTypes';

const FIX = 'use 0xxx xxx xxxx or +84 xxx xxx xxxx (e.g. 0912 345 678, 0205 3812 345)';

/** National significant number: mobile 9 digits from 3/5/7/8/9, landline 10 digits from 2 (area code 2xx). */
const NSN = /^(?:[35789]\d{8}|2\d{9})$/;

/** One number → "+84…", or undefined when it is not a plausible Vietnamese number. */
export function toInternationalPhone(raw: string): string | undefined {
  // Separators people type; "(0)" is the trunk zero some write after +84.
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s.\-()/\u00A0]/g, '');
  let nsn: string;
  if (/^\+84\d+$/.test(compact)) nsn = compact.slice(3);
  else if (/^0084\d+$/.test(compact)) nsn = compact.slice(4);
  else if (/^84\d{9,10}$/.test(compact)) nsn = compact.slice(2);
  else if (/^0\d+$/.test(compact)) nsn = compact.slice(1);
  // Spreadsheets drop the leading zero of numbers typed into number-formatted cells.
  else if (/^\d{9,10}$/.test(compact)) nsn = compact;
  else return undefined;
  if (nsn.startsWith('0')) nsn = nsn.slice(1); // "+84 0912…": trunk zero kept by mistake
  return NSN.test(nsn) ? `+84${nsn}` : undefined;
}

/** Phone cell → +84 numbers; registries list several, split by / , ; a line break or a spaced dash. */
export function normalizePhone(raw: string): FieldResult<string[]> {
  const parts = raw
    .split(/[/,;|\n]|\s[-–]\s/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const out: string[] = [];
  for (const part of parts) {
    const compact = part.replace(/[\s.-]/g, '');
    if (/^1[89]00\d{4,6}$/.test(compact)) {
      return {
        ok: false,
        error: {
          field: 'phone',
          reason: `${quote(part)} is a 1800/1900 service number, which cannot be dialled as +84`,
          fix: "give the business's mobile or landline number",
        },
      };
    }
    const intl = toInternationalPhone(part);
    if (!intl) {
      return {
        ok: false,
        error: { field: 'phone', reason: `${quote(part)} is not a Vietnamese phone number`, fix: FIX },
      };
    }
    if (!out.includes(intl)) out.push(intl);
  }
  if (out.length > 5) {
    return {
      ok: false,
      error: {
        field: 'phone',
        reason: `${out.length} phone numbers in one cell`,
        fix: 'give at most 5 numbers',
      },
    };
  }
  return { ok: true, value: out };
}
