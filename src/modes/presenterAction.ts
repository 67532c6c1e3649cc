export type PresenterAction = 'next' | 'previous' | 'pause' | 'language' | 'exit' | 'fullscreen';

/** A presenter's clicker sends PageDown/PageUp (some send arrows, "b" or "." for a blank screen). */
const KEYS: Record<string, PresenterAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  b: 'pause',
  B: 'pause',
  '.': 'pause',
  ' ': 'pause',
  l: 'language',
  L: 'language',
  Escape: 'exit',
  f: 'fullscreen',
  F: 'fullscreen',
};

/** The fair-mode action of a key press, or null (modifier chords are left to the browser). */
export function presenterAction(e: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): PresenterAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  return KEYS[e.key] ?? null;
}
