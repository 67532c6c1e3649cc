export interface Cue {
  start: number;
  end: number;
  text: string;
}

function seconds(stamp: string): number {
  const parts = stamp.trim().split(':').map(Number);
  if (parts.some((n) => Number.isNaN(n))) throw new Error(`bad timestamp "${stamp}"`);
  return parts.reduce((acc, n) => acc * 60 + n, 0);
}

/** Parses WebVTT captions into cues; throws with the line number on a malformed file (content:check reports it). */
export function parseVtt(source: string): Cue[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (!/^WEBVTT\b/.test(lines[0] ?? '')) throw new Error('line 1: a WebVTT file starts with "WEBVTT"');
  const cues: Cue[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('-->')) continue;
    const m = line.match(/^\s*([\d:.]+)\s+-->\s+([\d:.]+)/);
    if (!m) throw new Error(`line ${i + 1}: expected "start --> end" timings`);
    const [start, end] = [seconds(m[1] as string), seconds(m[2] as string)];
    if (end <= start) throw new Error(`line ${i + 1}: the cue ends before it starts`);
    const text: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '')
      text.push((lines[++i] as string).trim());
    cues.push({ start, end, text: text.join(' ').replace(/<[^>]+>/g, '') });
  }
  return cues;
}

/** The cue showing at a time (seconds), or -1 between cues. */
export function cueIndexAt(cues: readonly Cue[], time: number): number {
  return cues.findIndex((c) => time >= c.start && time < c.end);
}
