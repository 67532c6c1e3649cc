import { describe, expect, it } from 'vitest';
import { listHeight, windowRange } from './windowRange';

const base = { viewportHeight: 800, rowHeight: 80, count: 10_000, overscan: 5 };

describe('windowRange', () => {
  it('renders the visible rows plus overscan at the top of the list', () => {
    // 800 px / 80 px = 10 visible rows, 5 extra below, none above row 0.
    expect(windowRange({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 15 });
  });

  it('follows the scroll position in the middle of a long list', () => {
    // Top edge at row 500 exactly; rows 500–509 visible.
    expect(windowRange({ ...base, scrollTop: 40_000 })).toEqual({ start: 495, end: 515 });
    // Half a row further: row 500 is partly visible, row 510 enters at the bottom.
    expect(windowRange({ ...base, scrollTop: 40_040 })).toEqual({ start: 495, end: 516 });
  });

  it('handles a list that starts below the top of the viewport (page header above it)', () => {
    // The list starts 300 px down: 500 px of it show, rows 0–6 (row 6 partly).
    expect(windowRange({ ...base, scrollTop: -300 })).toEqual({ start: 0, end: 12 });
    // Entirely below the fold: only the overscan rows, ready for the first scroll.
    expect(windowRange({ ...base, scrollTop: -2000 })).toEqual({ start: 0, end: 5 });
  });

  it('clamps at the end of the list', () => {
    expect(windowRange({ ...base, scrollTop: 10_000 * 80 - 800 })).toEqual({ start: 9985, end: 10_000 });
    // Scrolled past the end (page footer showing): the last rows stay rendered.
    expect(windowRange({ ...base, scrollTop: 10_000 * 80 + 500 })).toEqual({ start: 9994, end: 10_000 });
  });

  it('renders everything when the list is shorter than the viewport', () => {
    expect(windowRange({ ...base, count: 7, scrollTop: 0 })).toEqual({ start: 0, end: 7 });
  });

  it('renders nothing for an empty list or a zero-sized viewport', () => {
    expect(windowRange({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
    expect(windowRange({ ...base, viewportHeight: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('never renders more than the viewport plus overscan, however long the list', () => {
    for (const scrollTop of [0, 123, 5_000, 399_999, 799_200]) {
      const r = windowRange({ ...base, scrollTop });
      expect(r.end - r.start).toBeLessThanOrEqual(800 / 80 + 1 + 2 * 5);
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(base.count);
    }
  });
});

describe('listHeight', () => {
  it('is rows × row height', () => {
    expect(listHeight(10_000, 76)).toBe(760_000);
    expect(listHeight(0, 76)).toBe(0);
  });
});
