import { useEffect } from 'react';

const ZOOM_KEYS = new Set(['+', '-', '=', '0', '_']);

/**
 * Kiosk: no text selection, context menu, dragging out, or page zoom (pinch, ctrl+wheel, ctrl+/-).
 * The map and the 3D canvas keep their own gestures (they set touch-action on their canvases).
 */
export function useKioskLockdown(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const html = document.documentElement;
    html.classList.add('kiosk');
    const prevent = (e: Event) => e.preventDefault();
    const onWheel = (e: WheelEvent) => e.ctrlKey && e.preventDefault();
    const onKey = (e: KeyboardEvent) =>
      (e.ctrlKey || e.metaKey) && ZOOM_KEYS.has(e.key) && e.preventDefault();
    const onTouch = (e: TouchEvent) => {
      // Two fingers on the page (not on a canvas that handles its own pinch) would zoom the page.
      if (e.touches.length > 1 && !(e.target instanceof HTMLCanvasElement)) e.preventDefault();
    };
    const listeners: [string, EventListener, AddEventListenerOptions][] = [
      ['contextmenu', prevent, { capture: true }],
      ['selectstart', prevent, { capture: true }],
      ['dragstart', prevent, { capture: true }],
      ['gesturestart', prevent, { capture: true }],
      ['wheel', onWheel as EventListener, { capture: true, passive: false }],
      ['keydown', onKey as EventListener, { capture: true }],
      ['touchmove', onTouch as EventListener, { capture: true, passive: false }],
    ];
    for (const [type, fn, opts] of listeners) document.addEventListener(type, fn, opts);
    const viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
    const content = viewport?.content;
    if (viewport) viewport.content = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no';
    return () => {
      html.classList.remove('kiosk');
      for (const [type, fn, opts] of listeners) document.removeEventListener(type, fn, opts);
      if (viewport && content !== undefined) viewport.content = content;
    };
  }, [enabled]);
}
