import type { FieldResult } from './registryTypes';
import { quote } from './registryTypes';

/** Names as written (lower-case, no spaces, diacritics kept: "tiếng Tày" is not "tiếng Tây"). */
const NAMES: Record<string, string> = {
  tiếngviệt: 'vi',
  việt: 'vi',
  tiếnganh: 'en',
  anh: 'en',
  tiếngtrung: 'zh',
  tiếnghoa: 'zh',
  trung: 'zh',
  tiếngquanthoại: 'zh',
  tiếngquảngđông: 'yue',
  tiếngpháp: 'fr',
  tiếnghàn: 'ko',
  tiếngnhật: 'ja',
  tiếngnga: 'ru',
  tiếngđức: 'de',
  tiếngthái: 'th',
  tiếngtày: 'tyz',
  tày: 'tyz',
  tiếngnùng: 'nut',
  nùng: 'nut',
  越南语: 'vi',
  越语: 'vi',
  越南文: 'vi',
  英语: 'en',
  英文: 'en',
  中文: 'zh',
  汉语: 'zh',
  漢語: 'zh',
  华语: 'zh',
  普通话: 'zh',
  粤语: 'yue',
  法语: 'fr',
  韩语: 'ko',
  韩文: 'ko',
  日语: 'ja',
  日文: 'ja',
  俄语: 'ru',
  德语: 'de',
  泰语: 'th',
};

/** Unambiguous names without diacritics (spreadsheets typed on keyboards without a Vietnamese layout). */
const ASCII_NAMES: Record<string, string> = {
  tiengviet: 'vi',
  vietnamese: 'vi',
  tienganh: 'en',
  english: 'en',
  tiengtrung: 'zh',
  tienghoa: 'zh',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  tiengphap: 'fr',
  french: 'fr',
  tienghan: 'ko',
  korean: 'ko',
  tiengnhat: 'ja',
  japanese: 'ja',
  tiengnga: 'ru',
  russian: 'ru',
  tiengduc: 'de',
  german: 'de',
  thai: 'th',
  tiengthai: 'th',
  tiengnung: 'nut',
  nung: 'nut',
};

/** Three-letter codes accepted as they are (two-letter ISO 639-1 codes always are). */
const THREE_LETTER = new Set(['tyz', 'nut', 'yue', 'vie', 'eng', 'zho', 'chi', 'fra', 'kor', 'jpn', 'rus']);
const ISO3_TO_1: Record<string, string> = {
  vie: 'vi',
  eng: 'en',
  zho: 'zh',
  chi: 'zh',
  fra: 'fr',
  kor: 'ko',
  jpn: 'ja',
  rus: 'ru',
};

function toCode(token: string): string | undefined {
  const lower = token.normalize('NFC').toLowerCase().replace(/\s+/g, '');
  const named = NAMES[lower];
  if (named) return named;
  const ascii = lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  // An exact ASCII spelling only: stripping diacritics from "Tây" must not make it "Tày".
  if (ascii === lower && ASCII_NAMES[ascii]) return ASCII_NAMES[ascii];
  // BCP 47 tags ("zh-Hans", "en_GB") keep their primary subtag.
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/.exec(lower);
  const primary = tag?.[1];
  if (!primary) return undefined;
  if (primary.length === 2) return primary;
  return THREE_LETTER.has(primary) ? (ISO3_TO_1[primary] ?? primary) : undefined;
}

/** "vi, en; 中文" → ["vi", "en", "zh"], in the registry's order, without repeats. */
export function parseLanguages(raw: string): FieldResult<string[]> {
  const out: string[] = [];
  for (const token of raw.split(/[,;/|\n、，；]/)) {
    const t = token.trim();
    if (t === '') continue;
    const code = toCode(t);
    if (!code) {
      return {
        ok: false,
        error: {
          field: 'languages',
          reason: `${quote(t)} is not a language the importer knows`,
          fix: 'use codes such as vi, en, zh, fr, ko, ja, tyz (Tày), nut (Nùng), or names such as "tiếng Anh", "English", "英语"',
        },
      };
    }
    if (!out.includes(code)) out.push(code);
  }
  return { ok: true, value: out };
}
