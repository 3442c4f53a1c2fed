/**
 * Short-lived interaction state: what the pointer is over and requests to
 * bring a municipality into view. Kept out of the app store on purpose: a
 * pointer move must not run the URL serialiser, the embed's events or any
 * selector of the shared state.
 */
import { create } from "zustand";

export interface HoverInfo {
  /** A municipality's id, or an organisation's with `kind: "organisation"`. */
  id: string;
  kind?: "organisation";
  /** Pointer position in map container pixels. */
  x: number;
  y: number;
}

export interface InteractionState {
  hover: HoverInfo | null;
  /** A request to bring a municipality (or a city of several) into view; `seq` makes each request new. */
  focusRequest: { id: string; seq: number } | null;
  setHover: (hover: HoverInfo | null) => void;
  requestFocus: (id: string) => void;
}

export const useInteractionStore = create<InteractionState>()((set) => ({
  hover: null,
  focusRequest: null,
  setHover: (hover) => set({ hover }),
  requestFocus: (id) => set((s) => ({ focusRequest: { id, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
}));

export const initialInteractionState = useInteractionStore.getState();
