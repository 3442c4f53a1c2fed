import type { StateCreator } from "zustand";
import type { AppState } from "./store.ts";

export interface HoverInfo {
  /** A municipality's id, or an organisation's with `kind: "organisation"`. */
  id: string;
  kind?: "organisation";
  /** Pointer position in map container pixels. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  hover: HoverInfo | null;
  selectedId: string | null;
  /** A request to bring a municipality into view (search, lists); `seq` makes each request new. */
  focusRequest: { id: string; seq: number } | null;
  /** The organisation whose profile is open. */
  organisationId: string | null;
  openOrganisation: (id: string | null) => void;
  setHover: (hover: HoverInfo | null) => void;
  select: (id: string | null) => void;
  /** Selects a municipality and moves the map to it. */
  focus: (id: string) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  hover: null,
  selectedId: null,
  focusRequest: null,
  organisationId: null,
  openOrganisation: (organisationId) => set({ organisationId }),
  setHover: (hover) => set({ hover }),
  select: (selectedId) => set({ selectedId }),
  focus: (id) => set((s) => ({ selectedId: id, focusRequest: { id, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
});
