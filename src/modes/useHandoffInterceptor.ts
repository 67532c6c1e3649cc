import { useEffect, useRef } from 'react';
import { type Handoff, handoffTarget } from './handoffTarget';

/**
 * Kiosk: no link leaves the app. A click on a link to another origin or scheme opens the QR hand-off;
 * a same-origin link that would open a new window navigates in place. window.open is disarmed too.
 */
export function useHandoffInterceptor(
  enabled: boolean,
  onHandoff: (h: Handoff) => void,
  navigate: (path: string) => void,
) {
  const latest = useRef({ onHandoff, navigate });
  latest.current = { onHandoff, navigate };
  useEffect(() => {
    if (!enabled) return;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement)) return;
      const href = a.getAttribute('href') ?? '';
      const target = handoffTarget(href, window.location.origin);
      if (target) {
        e.preventDefault();
        e.stopPropagation();
        latest.current.onHandoff(target);
      } else if (a.target === '_blank' || e.button === 1 || e.ctrlKey || e.metaKey || e.shiftKey) {
        e.preventDefault();
        e.stopPropagation();
        const u = new URL(a.href);
        latest.current.navigate(`${u.pathname}${u.search}${u.hash}`);
      }
    };
    const open = window.open;
    window.open = (url?: string | URL) => {
      const target = url ? handoffTarget(String(url), window.location.origin) : null;
      if (target) latest.current.onHandoff(target);
      return null;
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('auxclick', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('auxclick', onClick, true);
      window.open = open;
    };
  }, [enabled]);
}
