import type { StateCreator } from "zustand";
import type { AppState } from "./store.ts";

export interface HoverInfo {
  id: string;
  /** Pointer position in map container pixels. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  hover: HoverInfo | null;
  selectedId: string | null;
  setHover: (hover: HoverInfo | null) => void;
  select: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  hover: null,
  selectedId: null,
  setHover: (hover) => set({ hover }),
  select: (selectedId) => set({ selectedId }),
});
