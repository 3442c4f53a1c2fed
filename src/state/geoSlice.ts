import type { StateCreator } from "zustand";
import { loadGeoLayers, type GeoLayers } from "../geo/load.ts";
import type { AppState } from "./store.ts";

export type GeoStatus = "idle" | "loading" | "ready" | "error";

export interface GeoSlice {
  geoStatus: GeoStatus;
  geo: GeoLayers | null;
  geoError: string | null;
  /** Loads (or reloads, after an error) the municipality layers. */
  loadGeo: (fetchImpl?: typeof fetch) => Promise<void>;
}

export const createGeoSlice: StateCreator<AppState, [], [], GeoSlice> = (set, get) => ({
  geoStatus: "idle",
  geo: null,
  geoError: null,
  loadGeo: async (fetchImpl) => {
    if (get().geoStatus === "loading") return;
    set({ geoStatus: "loading", geoError: null });
    try {
      const geo = await loadGeoLayers(import.meta.env.BASE_URL, fetchImpl);
      performance.mark("wb-radar:geo-ready");
      set({ geo, geoStatus: "ready" });
    } catch (e) {
      // Keep whatever was on screen; report the problem.
      set({ geoStatus: "error", geoError: (e as Error).message });
    }
  },
});
