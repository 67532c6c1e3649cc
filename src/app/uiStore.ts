import { create } from 'zustand';
import type { Category } from '../content/schema';
import { startsOnPostersHere } from './posterFirst';

/** Map-screen choices that survive a visit to a site page and back. */
interface UiState {
  query: string;
  categories: Category[];
  tab: 'sites' | 'itineraries' | 'services';
  sheetOpen: boolean;
  setQuery: (q: string) => void;
  toggleCategory: (c: Category) => void;
  clearCategories: () => void;
  setTab: (t: UiState['tab']) => void;
  setSheetOpen: (open: boolean) => void;
  /** Whether the map and 3D engines run; phones start on posters until the visitor asks (posterFirst.ts). */
  live: boolean;
  goLive: () => void;
}

export const useUiStore = create<UiState>((set) => ({
  query: '',
  categories: [],
  tab: 'sites',
  sheetOpen: false,
  setQuery: (query) => set({ query }),
  toggleCategory: (c) =>
    set((s) => ({
      categories: s.categories.includes(c) ? s.categories.filter((x) => x !== c) : [...s.categories, c],
    })),
  clearCategories: () => set({ categories: [] }),
  setTab: (tab) => set({ tab }),
  setSheetOpen: (sheetOpen) => set({ sheetOpen }),
  live: !startsOnPostersHere(),
  goLive: () => set({ live: true }),
}));
