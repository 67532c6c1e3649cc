import { create } from 'zustand';

/** How the app runs: for one visitor (normal), unattended at a kiosk, or self-running at a fair. */
export type Mode = 'normal' | 'kiosk' | 'fair';

/** The settings both modes use, already validated (see parseSettings). */
export interface ModeSettings {
  /** Seconds without input before "Still there?" (kiosk). */
  idle: number;
  /** Seconds the "Still there?" countdown lasts before the reset (kiosk). */
  countdown: number;
  /** A site id or an itinerary id: what the attract loop shows and where the first touch leads. */
  start: string | null;
  /** The languages offered, the first being the default. */
  langs: ('vi' | 'en' | 'zh')[];
  /** Public origin (and path) the QR codes point to; the phone cannot reach a kiosk's localhost. */
  qrBase: string;
  /** Seconds each site stays on screen in the attract loop. */
  attract: number;
  /** Fair mode: the itinerary to play (default the first). */
  tour: string | null;
  /** Fair mode: next language at each loop. */
  cycleLangs: boolean;
  /** Fair mode: seconds of map flight before each site opens. */
  flight: number;
}

export interface MapFlight {
  siteId: string;
  /** Changes on every request, so the same site can be flown to twice. */
  key: number;
  /** Screen space the map should keep clear (the attract loop's card), in px. */
  padding?: { top: number; right: number; bottom: number; left: number } | undefined;
}

interface ModeState {
  mode: Mode;
  settings: ModeSettings | null;
  /** The search string the app was started with: the kiosk's reset goes back to it. */
  startSearch: string;
  /** A map flight the attract loop or the fair asks the map page for. */
  flight: MapFlight | null;
  /** Site pages start their narration on arrival (fair mode). */
  autoplay: boolean;
  /** The presenter paused the show: narration holds. */
  hold: boolean;
  /** The last narration that played to its end (site id and a counter). */
  ended: { siteId: string; key: number } | null;
  set: (p: Partial<Omit<ModeState, 'set'>>) => void;
}

/** The mode named by ?mode= (read once at startup: in-app links do not carry it). */
export function readMode(search: string): Mode {
  const m = new URLSearchParams(search).get('mode');
  return m === 'kiosk' || m === 'fair' ? m : 'normal';
}

const initialSearch = typeof window === 'undefined' ? '' : window.location.search;

export const useModeStore = create<ModeState>((set) => ({
  mode: readMode(initialSearch),
  settings: null,
  startSearch: initialSearch,
  flight: null,
  autoplay: false,
  hold: false,
  ended: null,
  set: (p) => set(p),
}));

let endedKey = 0;
/** The app reports a narration that finished (the fair moves on). */
export function notifyNarrationEnded(siteId: string) {
  useModeStore.getState().set({ ended: { siteId, key: ++endedKey } });
}
