import type { StateCreator } from "zustand";
import seedDatasetUrl from "../../data/dataset.json?url";
import { config } from "../config.ts";
import type { GeoLayers } from "../geo/load.ts";
import { issue, type DataIssue } from "../data/issues.ts";
import { mergeDatasets, type ImportMode, type MergeResult } from "../data/merge.ts";
import { ingestData } from "../data/ingestClient.ts";
import type { FileLike } from "../data/read.ts";
import type { Dataset } from "../data/schema.ts";
import { fetchDatasetText, resolveDataSource } from "../data/source.ts";
import { fatalResult, type ValidationResult } from "../data/validate.ts";
import type { AppState } from "./store.ts";

/** The query naming a dataset address, as resolveDataSource reads it. */
export function dataSearch(source: string | null): string {
  return source ? `?${new URLSearchParams({ data: source }).toString()}` : "";
}

export type DataOrigin =
  { kind: "default"; label: string } | { kind: "url"; label: string } | { kind: "import"; label: string };

export interface LoadedData {
  dataset: Dataset;
  origin: DataOrigin;
  /** What validation found when this dataset was loaded. */
  report: ValidationResult;
  /** For an applied import: how it changed the dataset. */
  change?: { mode: ImportMode } & Partial<Pick<MergeResult, "added" | "updated">>;
}

export type PendingImport =
  { status: "reading"; files: string[] } | { status: "review" | "merging"; files: string[]; result: ValidationResult };

export interface DataSlice {
  /** The dataset address asked for (`data` in the URL); null: the shipped dataset. Loading follows it (follow.ts). */
  dataSource: string | null;
  setDataSource: (source: string | null) => void;
  dataStatus: "idle" | "loading" | "ready" | "error";
  data: LoadedData | null;
  /** Why the last load failed; whatever was on screen stays. */
  dataError: DataIssue[] | null;
  pendingImport: PendingImport | null;
  /** Loads the shipped dataset, or the one named by ?data= in `search` (default: the store's dataSource). */
  loadData: (search?: string, fetchImpl?: typeof fetch) => Promise<void>;
  /** Reads and validates files for the user to review; nothing changes until applyImport. */
  stageImport: (files: readonly FileLike[]) => Promise<void>;
  applyImport: (mode: ImportMode) => Promise<void>;
  cancelImport: () => void;
  dismissDataError: () => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get, api) => {
  /** Data references municipalities, so validation waits for the geo layer. */
  const geoReady = (): Promise<GeoLayers> =>
    new Promise((resolve) => {
      const geo = get().geo;
      if (geo) return resolve(geo);
      const stop = api.subscribe((state) => {
        if (!state.geo) return;
        stop();
        resolve(state.geo);
      });
    });

  let loads = 0;
  return {
    dataSource: null,
    setDataSource: (dataSource) => set({ dataSource }),
    dataStatus: "idle",
    data: null,
    dataError: null,
    pendingImport: null,

    loadData: async (search = dataSearch(get().dataSource), fetchImpl = fetch) => {
      // Back and forward can start a load before the last one ends: only the latest may land.
      const load = ++loads;
      const latest = () => load === loads;
      set({ dataStatus: "loading", dataError: null });
      const resolved = resolveDataSource(search, {
        pageUrl: location.href,
        defaultUrl: new URL(seedDatasetUrl, location.href).href,
        allowedOrigins: config.dataOrigins,
      });
      if (!resolved.ok) return set({ dataStatus: "error", dataError: [resolved.issue] });
      const { source } = resolved;
      const fetched = await fetchDatasetText(source.url, fetchImpl);
      if (!latest()) return;
      if (!fetched.ok) return set({ dataStatus: "error", dataError: [fetched.issue] });
      const geo = await geoReady();
      const report = await ingestData({ kind: "text", text: fetched.text, name: source.url }, geo);
      if (!latest()) return;
      if (report.fatal) return set({ dataStatus: "error", dataError: report.issues });
      const origin: DataOrigin =
        source.kind === "default"
          ? { kind: "default", label: report.dataset.name ?? source.url }
          : { kind: "url", label: source.url };
      set({ dataStatus: "ready", data: { dataset: report.dataset, origin, report } });
    },

    stageImport: async (files) => {
      const names = files.map((f) => f.name);
      set({ pendingImport: { status: "reading", files: names } });
      let result: ValidationResult;
      try {
        result = await ingestData({ kind: "files", files }, await geoReady());
      } catch (e) {
        // Readers report problems as issues; this is for the unexpected (e.g. the reader code failing to load).
        result = fatalResult([issue("error", "parse", [], { file: names.join(", "), detail: (e as Error).message })]);
      }
      // A newer import may have been started (or this one cancelled) meanwhile.
      const pending = get().pendingImport;
      if (pending?.status !== "reading" || pending.files !== names) return;
      set({ pendingImport: { status: "review", files: names, result } });
    },

    applyImport: async (mode) => {
      const pending = get().pendingImport;
      const geo = get().geo;
      if (pending?.status !== "review" || pending.result.fatal || !geo) return;
      const label = pending.files.join(", ");
      const current = get().data?.dataset;
      if (mode === "replace" || !current) {
        set({
          data: {
            dataset: pending.result.dataset,
            origin: { kind: "import", label },
            report: pending.result,
            change: { mode },
          },
          pendingImport: null,
          dataStatus: "ready",
          dataError: null,
        });
        return;
      }
      const merged = mergeDatasets(current, pending.result.dataset);
      set({ pendingImport: { ...pending, status: "merging" } });
      // References may now resolve (or not) across the two: check the result as a whole.
      const report = await ingestData({ kind: "value", input: merged.dataset }, geo);
      // Cancelled, or another import started, meanwhile.
      if (get().pendingImport?.files !== pending.files) return;
      set({
        data: {
          dataset: report.dataset,
          origin: { kind: "import", label },
          report,
          change: { mode, added: merged.added, updated: merged.updated },
        },
        pendingImport: null,
        dataStatus: "ready",
        dataError: null,
      });
    },

    cancelImport: () => set({ pendingImport: null }),

    dismissDataError: () => set((s) => ({ dataError: null, dataStatus: s.data ? "ready" : "idle" })),
  };
};
