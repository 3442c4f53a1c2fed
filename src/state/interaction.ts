/**
 * Short-lived interaction state: what the pointer is over and requests to
 * bring a municipality into view. Kept out of the app store on purpose: a
 * pointer move must not run the URL serialiser, the embed's events or any
 * selector of the shared state.
 */
import { useEffect } from "react";
import { create } from "zustand";

export interface HoverInfo {
  /** A municipality's id, or an organisation's with `kind: "organisation"`. */
  id: string;
  kind?: "organisation";
  /** Pointer position in map container pixels. */
  x: number;
  y: number;
}

export const SHEET_SIZES = ["peek", "half", "full"] as const;
export type SheetSize = (typeof SHEET_SIZES)[number];
/** The share of the map area each size covers (the map keeps the selection in the rest). */
export const SHEET_SHARE: Record<SheetSize, number> = { peek: 0.35, half: 0.55, full: 1 };

export interface InteractionState {
  hover: HoverInfo | null;
  /** A request to bring a municipality (or a city of several) into view; `seq` makes each request new. */
  focusRequest: { id: string; seq: number } | null;
  /** Keyboard focus to move into a panel once it shows (after a search choice); the panel takes it and clears it. */
  panelFocus: "municipality" | "organisation" | null;
  /** On a phone, how far the panel's bottom sheet is pulled up. */
  sheet: SheetSize;
  setSheet: (sheet: SheetSize) => void;
  setHover: (hover: HoverInfo | null) => void;
  requestFocus: (id: string) => void;
  requestPanelFocus: (panel: "municipality" | "organisation") => void;
  takePanelFocus: () => void;
}

export const useInteractionStore = create<InteractionState>()((set) => ({
  hover: null,
  focusRequest: null,
  panelFocus: null,
  sheet: "peek",
  setSheet: (sheet) => set({ sheet }),
  setHover: (hover) => set({ hover }),
  requestPanelFocus: (panelFocus) => set({ panelFocus }),
  takePanelFocus: () => set({ panelFocus: null }),
  requestFocus: (id) => set((s) => ({ focusRequest: { id, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
}));

export const initialInteractionState = useInteractionStore.getState();

/** For a panel's heading: takes the keyboard focus when a search choice asked for this panel. */
export function usePanelFocus(panel: "municipality" | "organisation", heading: { current: HTMLElement | null }): void {
  const wanted = useInteractionStore((s) => s.panelFocus === panel);
  useEffect(() => {
    if (!wanted || !heading.current) return;
    heading.current.focus();
    useInteractionStore.getState().takePanelFocus();
  });
}
