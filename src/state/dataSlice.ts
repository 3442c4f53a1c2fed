import type { StateCreator } from "zustand";
import seedDatasetUrl from "../../data/dataset.json?url";
import { config } from "../config.ts";
import type { GeoLayers } from "../geo/load.ts";
import { issue, type DataIssue } from "../data/issues.ts";
import { mergeDatasets, type ImportMode, type MergeResult } from "../data/merge.ts";
import { INGEST_TIMEOUT_MS, IngestStopped, ingestData } from "../data/ingestClient.ts";
import type { FileLike } from "../data/read.ts";
import type { Dataset } from "../data/schema.ts";
import { discardSavedImport, readSavedImport, saveImport } from "../data/savedImport.ts";
import { fetchDatasetText, resolveDataSource } from "../data/source.ts";
import { fatalResult, type ValidationResult } from "../data/validate.ts";
import type { AppState } from "./store.ts";

/** The query naming a dataset address, as resolveDataSource reads it. */
export function dataSearch(source: string | null): string {
  return source ? `?${new URLSearchParams({ data: source }).toString()}` : "";
}

export type DataOrigin =
  | { kind: "default"; label: string }
  | { kind: "url"; label: string }
  /** `kept`: saved in this browser (savedImport.ts), so a reload brings it back until it is discarded. */
  | { kind: "import"; label: string; kept?: boolean };

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
  /**
   * Loads the shipped dataset, or the one named by ?data= in `search` (default: the store's dataSource). A newer
   * load cancels the one before: the last asked for is the one shown.
   */
  loadData: (search?: string, fetchImpl?: typeof fetch) => Promise<void>;
  /** Stops the load under way; whatever was on screen stays, with a message and a retry. */
  cancelLoad: () => void;
  /** Reads and validates files for the user to review; nothing changes until applyImport. */
  stageImport: (files: readonly FileLike[]) => Promise<void>;
  applyImport: (mode: ImportMode) => Promise<void>;
  cancelImport: () => void;
  /**
   * Whether imported data is kept in this browser and brought back on the next visit: the full app, not an embed
   * (a partner's page shows the published data, whatever this browser imported on the full map).
   */
  keepsImports: boolean;
  /** Forgets the imported data kept in this browser and shows the map's own dataset again. */
  discardImport: () => Promise<void>;
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

  /** The load under way, and the import being read: each can be cancelled. */
  let load: AbortController | undefined;
  let reading: AbortController | undefined;
  /** What a load or import that stopped, or threw, reports. */
  const stopped = (e: unknown, file: string): DataIssue =>
    e instanceof IngestStopped
      ? e.reason === "timedOut"
        ? issue("error", "timedOut", [], { file, seconds: INGEST_TIMEOUT_MS / 1000 })
        : issue("error", "cancelled", [], { file })
      : issue("error", "parse", [], { file, detail: (e as Error).message });

  /** Shows the imported data kept in this browser, checked again; false when there is none (or it is unusable). */
  const restoreImport = async (signal: AbortSignal): Promise<boolean> => {
    const saved = await readSavedImport();
    if (!saved || signal.aborted) return false;
    const geo = await geoReady();
    let report: ValidationResult;
    try {
      report = await ingestData({ kind: "value", input: saved.dataset }, geo, { signal });
    } catch {
      return false;
    }
    if (report.fatal || signal.aborted) return false;
    set({
      dataStatus: "ready",
      data: { dataset: report.dataset, origin: { kind: "import", label: saved.label, kept: true }, report },
    });
    return true;
  };
  /** Keeps applied imported data in this browser, then says so on the notice. */
  const keepImport = (label: string, dataset: Dataset) => {
    if (!get().keepsImports) return;
    void saveImport(label, dataset).then((kept) => {
      const data = get().data;
      if (kept && data?.dataset === dataset && data.origin.kind === "import")
        set({ data: { ...data, origin: { ...data.origin, kept: true } } });
    });
  };

  return {
    dataSource: null,
    setDataSource: (dataSource) => set({ dataSource }),
    dataStatus: "idle",
    keepsImports: false,
    data: null,
    dataError: null,
    pendingImport: null,

    loadData: async (search = dataSearch(get().dataSource), fetchImpl = fetch) => {
      // Back and forward, or an embed's commands, can start a load before the last one ends: the last one wins.
      load?.abort();
      const controller = new AbortController();
      load = controller;
      const { signal } = controller;
      const latest = () => load === controller && !signal.aborted;
      set({ dataStatus: "loading", dataError: null });
      const rules = { pageUrl: location.href, allowedOrigins: config.dataOrigins };
      const resolved = resolveDataSource(search, {
        ...rules,
        defaultUrl: new URL(seedDatasetUrl, location.href).href,
      });
      if (!resolved.ok) return set({ dataStatus: "error", dataError: [resolved.issue] });
      const { source } = resolved;
      // Data this person imported, kept in the browser, comes back in place of the map's own (not over a link's).
      if (source.kind === "default" && get().keepsImports && (await restoreImport(signal))) return;
      if (!latest()) return;
      const fetched = await fetchDatasetText(source.url, { fetchImpl, signal, rules });
      if (!latest()) return;
      if (!fetched.ok) return set({ dataStatus: "error", dataError: [fetched.issue] });
      const geo = await geoReady();
      if (!latest()) return;
      let report: ValidationResult;
      try {
        report = await ingestData({ kind: "text", text: fetched.text, name: fetched.url }, geo, { signal });
      } catch (e) {
        if (latest()) set({ dataStatus: "error", dataError: [stopped(e, fetched.url)] });
        return;
      }
      if (!latest()) return;
      load = undefined;
      if (report.fatal) return set({ dataStatus: "error", dataError: report.issues });
      // A redirect may have led elsewhere: the notice names where the data came from in the end.
      const origin: DataOrigin =
        source.kind === "default"
          ? { kind: "default", label: report.dataset.name ?? fetched.url }
          : { kind: "url", label: fetched.url };
      set({ dataStatus: "ready", data: { dataset: report.dataset, origin, report } });
    },

    cancelLoad: () => {
      if (!load || get().dataStatus !== "loading") return;
      load.abort();
      load = undefined;
      set({ dataStatus: "error", dataError: [issue("error", "cancelled", [], { file: get().dataSource ?? "" })] });
    },

    stageImport: async (files) => {
      const names = files.map((f) => f.name);
      reading?.abort();
      const controller = new AbortController();
      reading = controller;
      set({ pendingImport: { status: "reading", files: names } });
      let result: ValidationResult;
      try {
        result = await ingestData({ kind: "files", files }, await geoReady(), { signal: controller.signal });
      } catch (e) {
        if (controller.signal.aborted) return; // cancelled: the dialog has moved on
        // Readers report problems as issues; this is for the unexpected (the reader code failing to load, a timeout).
        result = fatalResult([stopped(e, names.join(", "))]);
      }
      if (reading === controller) reading = undefined;
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
        keepImport(label, pending.result.dataset);
        return;
      }
      const merged = mergeDatasets(current, pending.result.dataset);
      set({ pendingImport: { ...pending, status: "merging" } });
      // References may now resolve (or not) across the two: check the result as a whole.
      reading?.abort();
      const controller = new AbortController();
      reading = controller;
      let report: ValidationResult;
      try {
        report = await ingestData({ kind: "value", input: merged.dataset }, geo, { signal: controller.signal });
      } catch (e) {
        if (controller.signal.aborted) return;
        // The data on screen stays; the review shows why the merge failed.
        set({ pendingImport: { ...pending, status: "review", result: fatalResult([stopped(e, label)]) } });
        return;
      }
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
      keepImport(label, report.dataset);
    },

    cancelImport: () => {
      reading?.abort();
      reading = undefined;
      set({ pendingImport: null });
    },

    discardImport: async () => {
      await discardSavedImport();
      await get().loadData();
    },

    dismissDataError: () => set((s) => ({ dataError: null, dataStatus: s.data ? "ready" : "idle" })),
  };
};
