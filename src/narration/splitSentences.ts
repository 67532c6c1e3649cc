/**
 * Splits narration text into caption sentences. Latin sentences end with . ! ? … followed by a space;
 * Chinese ones with 。！？；（full-width, no space follows). Decimals such as 2.5 or 2,02 never split.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const chars = [...text.normalize('NFC')];
  const CLOSERS = /[”"’)）」』]/;
  const ENDS = /[.!?…。！？；]/;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    current += ch;
    // A closing quote or bracket right after the end mark belongs to the sentence it closes.
    if (next !== undefined && CLOSERS.test(next) && ENDS.test(ch)) continue;
    const ended = ENDS.test(ch) || (CLOSERS.test(ch) && ENDS.test(chars[i - 1] ?? ''));
    const fullWidth = /[。！？；]/.test(ch) || /[。！？；]/.test(chars[i - 1] ?? '');
    if (ended && (fullWidth || next === undefined || /\s/.test(next))) {
      if (current.trim()) out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Words (Latin) or characters (Chinese) in a text: the unit of reading pace. */
export function readingUnits(text: string): number {
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = text
    .replace(/[\u3400-\u9fff]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return words + han / 2.2;
}

/** How long a caption stays up when no voice reads it: ~2.6 words a second, never under 1.8 s. */
export function readingMs(text: string, rate = 1): number {
  return Math.max(1800, (readingUnits(text) / 2.6) * 1000) / rate;
}
