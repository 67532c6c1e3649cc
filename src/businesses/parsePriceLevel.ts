import { headerKey } from './mapHeaders';
import type { FieldResult } from './registryTypes';
import { quote } from './registryTypes';

const WORDS: Record<string, number> = {
  budget: 1,
  cheap: 1,
  inexpensive: 1,
  re: 1,
  binhdan: 1,
  moderate: 2,
  midrange: 2,
  trungbinh: 2,
  vuaphai: 2,
  expensive: 3,
  upscale: 3,
  cao: 3,
  khacao: 3,
  luxury: 4,
  caocap: 4,
  sangtrong: 4,
};

/** 1–4 from a digit, "$$", "₫₫" or a word ("bình dân", "cao cấp", "moderate"…). */
export function parsePriceLevel(raw: string): FieldResult<number> {
  const s = raw.trim();
  let level: number | undefined;
  if (/^[1-4]$/.test(s)) level = Number(s);
  else if (/^(?:\$+|₫+|đ+)$/u.test(s)) level = [...s].length;
  else level = WORDS[headerKey(s)];
  if (level !== undefined && level >= 1 && level <= 4) return { ok: true, value: level };
  return {
    ok: false,
    error: {
      field: 'price_level',
      reason: `${quote(s)} is not a price level`,
      fix: 'use 1 (budget) to 4 (luxury), "$"–"$$$$", or bình dân / trung bình / cao / cao cấp',
    },
  };
}
