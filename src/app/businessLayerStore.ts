import { create } from 'zustand';
import type { BusinessCategory } from '../content/businessSchema';

/** The map's business-layer filters; they survive a visit to a business or site page and back. */
interface BusinessLayerState {
  categories: BusinessCategory[];
  languages: string[];
  setCategories: (categories: BusinessCategory[]) => void;
  setLanguages: (languages: string[]) => void;
}

export const useBusinessLayerStore = create<BusinessLayerState>((set) => ({
  categories: [],
  languages: [],
  setCategories: (categories) => set({ categories }),
  setLanguages: (languages) => set({ languages }),
}));
