/** The one app store, combined from typed slices. Select single values. */
import { create } from "zustand";
import { createAnalysisSlice, type AnalysisSlice } from "./analysisSlice.ts";
import { createDataSlice, type DataSlice } from "./dataSlice.ts";
import { createGeoSlice, type GeoSlice } from "./geoSlice.ts";
import { createLanguageSlice, type LanguageSlice } from "./languageSlice.ts";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice.ts";

export type AppState = GeoSlice & SelectionSlice & DataSlice & AnalysisSlice & LanguageSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createGeoSlice(...a),
  ...createSelectionSlice(...a),
  ...createDataSlice(...a),
  ...createAnalysisSlice(...a),
  ...createLanguageSlice(...a),
}));

/** The initial state, for resetting the store between tests. */
export const initialAppState = useAppStore.getState();
