/** How line breaks inside a value (quoted CSV fields) become one line. */
export type LineJoin = ' ' | ', ' | '; ';

/** NFC, trimmed, single-spaced, line breaks joined with `join` ("" means no value). */
export function cleanText(raw: string, join: LineJoin = ' '): string {
  const lines = raw
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((l) => l !== '');
  if (join === ' ') return lines.join(' ');
  const sep = join.trim();
  // Avoid "a,, b" when a line already ends with the separator.
  return lines.map((l, i) => (i < lines.length - 1 && !l.endsWith(sep) ? `${l}${sep}` : l)).join(' ');
}
