import { type RefObject, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { type WindowRange, windowRange } from './windowRange';

/**
 * The rows of a fixed-row-height list that the window's viewport shows (plus overscan). The page
 * itself scrolls (natural on phones); the list reads its own position on scroll and resize and only
 * re-renders when the range changes.
 */
export function useWindowedRange(
  listRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 8,
): WindowRange {
  const [range, setRange] = useState<WindowRange>(() => ({ start: 0, end: Math.min(count, 2 * overscan) }));
  const update = useCallback(() => {
    const el = listRef.current;
    if (!el) return;
    const next = windowRange({
      scrollTop: -el.getBoundingClientRect().top,
      viewportHeight: window.innerHeight,
      rowHeight,
      count,
      overscan,
    });
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [listRef, count, rowHeight, overscan]);

  // Content above the list may have changed height (filters wrapping, a notice appearing): re-measure.
  useLayoutEffect(() => {
    update();
  });

  useEffect(() => {
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [update]);
  return range;
}
