import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';

/**
 * Renders `children` once their place comes within `margin` of the viewport (and keeps them). Until then
 * an empty block of `minHeight` holds the place, so a phone's first render skips work nobody sees yet
 * (and lazy children's code loads only then).
 */
export function WhenNear({
  children,
  minHeight,
  margin = 800,
  testId,
}: {
  children: ReactNode;
  minHeight: number;
  /** Pixels above and below the viewport at which the children start rendering. */
  margin?: number;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin}px 0px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, margin]);
  const placeholder = <div ref={ref} className="when-near" style={{ minHeight }} data-testid={testId} />;
  // Lazy children keep the placeholder while their code loads.
  return near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
