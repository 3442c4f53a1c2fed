import type { StateCreator } from "zustand";
import { useInteractionStore } from "./interaction.ts";
import type { AppState } from "./store.ts";

/** What is selected: shareable (`sel` in the URL), unlike hover (interaction.ts). */
export interface SelectionSlice {
  selectedId: string | null;
  /** The organisation whose profile is open. */
  organisationId: string | null;
  openOrganisation: (id: string | null) => void;
  select: (id: string | null) => void;
  /** Selects a municipality and moves the map to it. */
  focus: (id: string) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  organisationId: null,
  openOrganisation: (organisationId) => set({ organisationId }),
  select: (selectedId) => set({ selectedId }),
  focus: (id) => {
    set({ selectedId: id });
    useInteractionStore.getState().requestFocus(id);
  },
});
