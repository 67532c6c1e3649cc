/**
 * JSON with 2-space indent laid out the way the repo's formatter (Biome) lays it out:
 * objects always expanded, arrays of scalars on one line when they fit in the line width.
 */
export function formatJson(value: unknown, lineWidth = 110): string {
  return `${write(value, 0, 0, lineWidth)}\n`;
}

function write(value: unknown, indent: number, used: number, width: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const scalars = value.every((v) => v === null || typeof v !== 'object');
    if (scalars) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      // `used` counts the characters before the value on its line; a trailing comma may follow
      if (used + flat.length + 1 <= width) return flat;
    }
    const items = value.map((v) => pad + write(v, indent + 1, pad.length, width));
    return `[\n${items.join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return pad + key + write(v, indent + 1, pad.length + key.length, width);
  });
  return `{\n${lines.join(',\n')}\n${end}}`;
}
