export interface Stat {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
  values: number[];
  /** Runs that did not reach the mark (timeout or error). */
  failures: number;
}

export function stat(values: (number | null | undefined)[]): Stat {
  const ok = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(Math.round);
  const sorted = [...ok].sort((a, b) => a - b);
  const mid = middle(sorted);
  const median = mid === null ? null : Math.round(mid);
  return {
    median,
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
    n: ok.length,
    values: ok,
    failures: values.length - ok.length,
  };
}

export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined) return 'n/a';
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
}

/**
 * Ours / peer per run (the two pages load one after the other in each run, so a busy spell on the shared
 * machine hits both), then their median: steadier than the ratio of the two medians.
 */
export function pairedRatio(
  ours: (number | null | undefined)[],
  peer: (number | null | undefined)[],
): { median: number | null; ratios: number[] } {
  const ratios: number[] = [];
  ours.forEach((o, i) => {
    const p = peer[i];
    if (typeof o === 'number' && typeof p === 'number' && p > 0) ratios.push(o / p);
  });
  return { median: middle([...ratios].sort((a, b) => a - b)), ratios };
}

/** The median of sorted values (the mean of the middle two for an even count). */
function middle(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
