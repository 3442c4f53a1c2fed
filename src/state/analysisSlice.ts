import type { StateCreator } from "zustand";
import type { ClassMethod, Classes } from "../analysis/classify.ts";
import { NO_FILTERS, type Filters } from "../analysis/filters.ts";
import { coverageMetric, type MetricId } from "../analysis/metrics.ts";
import type { AppState } from "./store.ts";
import { DEFAULT_URL_STATE, type ChangePeriods, type MapView, type Overlay, type Tab } from "./url.ts";

/** What the map shows and how: the coverage metric, its classification, the filters, the view. Shareable (URL). */
export interface AnalysisSlice {
  /** A coverage metric, or the id of an indicator to map (see selectMetricChoice). */
  metric: MetricId | (string & {});
  /** Indicator id for the gap map (need × coverage); null: the coverage map. */
  need: string | null;
  classMethod: ClassMethod;
  classCount: number;
  filters: Filters;
  /** The change view's two periods; null: the map of one period. */
  change: ChangePeriods | null;
  /** `clearYears`: the periods replace the year filter, cleared in the same change (one history entry). */
  setChange: (change: ChangePeriods | null, clearYears?: boolean) => void;
  /** Playback is stepping through the years (not shareable: a link opens on the period it shows). */
  playing: boolean;
  setPlaying: (playing: boolean) => void;
  view: MapView | null;
  /** The map, or its table (the same figures as rows). */
  tab: Tab;
  setTab: (tab: Tab) => void;
  /** Layers drawn over the choropleth. */
  overlays: readonly Overlay[];
  /** Class breaks held while filtering, so that views can be compared; cleared by a new metric or classification. */
  fixedClasses: Classes | null;
  /** Count whole-country projects in every municipality of their country (default: shown apart). */
  countCountryWide: boolean;
  setCountCountryWide: (on: boolean) => void;
  /** The legend class picked to stand out on the map. */
  highlightClass: number | null;
  setFixedClasses: (classes: Classes | null) => void;
  setHighlightClass: (index: number | null) => void;
  setMetric: (metric: AnalysisSlice["metric"]) => void;
  setNeed: (need: string | null) => void;
  setClassification: (method: ClassMethod, count: number) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setView: (view: MapView) => void;
  setOverlay: (overlay: Overlay, visible: boolean) => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  metric: DEFAULT_URL_STATE.metric,
  need: DEFAULT_URL_STATE.need,
  classMethod: DEFAULT_URL_STATE.classMethod,
  classCount: DEFAULT_URL_STATE.classCount,
  filters: NO_FILTERS,
  change: null,
  setChange: (change, clearYears = false) =>
    set((s) => ({
      change,
      highlightClass: null,
      ...(clearYears && { filters: { ...s.filters, from: undefined, to: undefined } }),
    })),
  playing: false,
  setPlaying: (playing) => set({ playing }),
  view: null,
  tab: DEFAULT_URL_STATE.tab,
  setTab: (tab) => set({ tab }),
  overlays: DEFAULT_URL_STATE.overlays,
  fixedClasses: null,
  highlightClass: null,
  countCountryWide: DEFAULT_URL_STATE.countCountryWide,
  setCountCountryWide: (countCountryWide) => set({ countCountryWide, fixedClasses: null, highlightClass: null }),
  setFixedClasses: (fixedClasses) => set({ fixedClasses }),
  setHighlightClass: (highlightClass) => set({ highlightClass }),
  // The gap map has its own coverage axis and need indicator: mapping an indicator turns it off, and back.
  setMetric: (metric) =>
    set((s) => ({
      metric,
      need: coverageMetric(metric) ? s.need : null,
      fixedClasses: null,
      highlightClass: null,
    })),
  setNeed: (need) =>
    set((s) => ({
      need,
      metric: need && !coverageMetric(s.metric) ? DEFAULT_URL_STATE.metric : s.metric,
      highlightClass: null,
    })),
  setClassification: (classMethod, classCount) =>
    set({ classMethod, classCount, fixedClasses: null, highlightClass: null }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setView: (view) => set({ view }),
  setOverlay: (overlay, visible) =>
    set((s) => ({
      overlays: visible ? [...new Set([...s.overlays, overlay])].sort() : s.overlays.filter((o) => o !== overlay),
    })),
});
