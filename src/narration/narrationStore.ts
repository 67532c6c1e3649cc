import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Accent, Gender } from './selectVoice';

export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;

/** Listening preferences, kept on the device. */
interface NarrationPrefs {
  rate: number;
  captions: boolean;
  accent: Accent;
  gender: Gender;
  setRate: (rate: number) => void;
  setCaptions: (on: boolean) => void;
  setAccent: (accent: Accent) => void;
  setGender: (gender: Gender) => void;
}

export const useNarrationPrefs = create<NarrationPrefs>()(
  persist(
    (set) => ({
      rate: 1,
      captions: true,
      accent: 'north',
      gender: 'female',
      setRate: (rate) => set({ rate }),
      setCaptions: (captions) => set({ captions }),
      setAccent: (accent) => set({ accent }),
      setGender: (gender) => set({ gender }),
    }),
    { name: 'xl3d-narration' },
  ),
);

/** Where the narration is: survives a language switch so it resumes at the same chapter. */
interface NarrationPosition {
  siteId: string | null;
  chapter: number;
  sentence: number;
  playing: boolean;
  /** Playing but paused by the listener (or held by a presenter). */
  paused: boolean;
  set: (p: Partial<Omit<NarrationPosition, 'set'>>) => void;
}

export const useNarrationPosition = create<NarrationPosition>((set) => ({
  siteId: null,
  chapter: 0,
  sentence: 0,
  playing: false,
  paused: false,
  set: (p) => set(p),
}));
