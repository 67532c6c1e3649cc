/**
 * Phones start on posters: the province poster with its pins, a site's picture. The WebGL engines (MapLibre,
 * three.js) and the 3D model start when the visitor asks for them, which saves a phone's battery and data and
 * gets the first screen up at once. Kiosks and fair screens, tablets and computers start live.
 * The build's index.html applies the same test before the app loads (scripts/routePreloads.ts).
 */
/** The layout's narrow breakpoint (styles.css): the list becomes a bottom sheet. */
export const NARROW_QUERY = '(max-width: 899px)';
export const PHONE_QUERY = `${NARROW_QUERY} and (pointer: coarse)`;

export function startsOnPosters(search: string, matches: (query: string) => boolean): boolean {
  const mode = new URLSearchParams(search).get('mode');
  if (mode === 'kiosk' || mode === 'fair') return false;
  return matches(PHONE_QUERY);
}

/** What this page load starts with (the browser's answer; Node and tests without matchMedia start live). */
export function startsOnPostersHere(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  return startsOnPosters(window.location.search, (q) => window.matchMedia(q).matches);
}
