export interface WindowInput {
  /** How far the viewport's top edge is below the list's top edge, in px (negative: list starts lower). */
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Extra rows rendered above and below the visible ones, so fast scrolling never shows a gap. */
  overscan: number;
}

/** Rows [start, end) to render for a list of fixed-height rows. */
export interface WindowRange {
  start: number;
  end: number;
}

/** Which rows of a fixed-row-height list touch the viewport, plus the overscan. */
export function windowRange({
  scrollTop,
  viewportHeight,
  rowHeight,
  count,
  overscan,
}: WindowInput): WindowRange {
  if (count <= 0 || rowHeight <= 0 || viewportHeight <= 0) return { start: 0, end: 0 };
  const clamp = (n: number) => Math.min(count, Math.max(0, n));
  const top = Math.max(0, scrollTop);
  const bottom = scrollTop + viewportHeight;
  // Scrolled past the end (a footer showing): keep the last rows, ready for scrolling back.
  const first = Math.min(Math.floor(top / rowHeight), count - 1);
  const last = bottom <= 0 ? 0 : Math.ceil(bottom / rowHeight);
  const start = clamp(first - overscan);
  const end = Math.max(clamp(last + overscan), start);
  return { start, end };
}

/** Total height of the list, so the scrollbar is right before any row exists. */
export function listHeight(count: number, rowHeight: number): number {
  return Math.max(0, count) * rowHeight;
}
