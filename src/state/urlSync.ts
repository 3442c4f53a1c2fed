/**
 * Keeps the store and the page URL in step. This is the only code that writes
 * the address: the URL is read at start and on back/forward; every shareable
 * change in the store writes it (a new history entry, except for panning and
 * zooming, which replace the current one). Language, dataset and camera
 * follow the store (follow.ts, MapView), never the URL directly.
 *
 * In a frame (an embed, or the full map put in someone's iframe), the history
 * is the embedding page's: a new entry per change would make its Back button
 * step through the map's states instead of leaving the page. There every
 * change replaces the current entry ("replace" mode); the embed always does.
 */
import { parseUrlState, serializeUrlState, type UrlState } from "./url.ts";
import type { AppState } from "./store.ts";
import type { StoreApi } from "zustand";

/** The shareable part of the store, as the URL holds it. */
export function fromStore(s: AppState): UrlState {
  return {
    metric: s.metric,
    countCountryWide: s.countCountryWide,
    need: s.need,
    overlays: s.overlays,
    classMethod: s.classMethod,
    classCount: s.classCount,
    filters: s.filters,
    change: s.change,
    sel: s.selectedId,
    view: s.view,
    tab: s.tab,
    lang: s.lang,
    data: s.dataSource,
  };
}

function toStore(u: UrlState): Partial<AppState> {
  return {
    metric: u.metric,
    countCountryWide: u.countCountryWide,
    need: u.need,
    overlays: u.overlays,
    classMethod: u.classMethod,
    classCount: u.classCount,
    filters: u.filters,
    change: u.change,
    selectedId: u.sel,
    view: u.view,
    tab: u.tab,
    lang: u.lang,
    dataSource: u.data,
  };
}

/** Sets the store from a query string (every value validated by parseUrlState). */
function applySearch(store: StoreApi<AppState>, search: string): void {
  store.setState(toStore(parseUrlState(search)));
}

/** Goes to `search` as if the user had: the store is set from it, and the URL is written from the store (as any change). */
export function navigate(store: StoreApi<AppState>, search: string): void {
  applySearch(store, search);
}

/** How a shareable change is written: a new history entry ("push", panning and zooming excepted) or always in place. */
export type HistoryMode = "push" | "replace";

/** "replace" in a frame, whose history entries would be the embedding page's; "push" in a page of its own. */
export function defaultHistoryMode(w: Window = window): HistoryMode {
  return w.parent !== w ? "replace" : "push";
}

/**
 * Writes the address. Browsers limit how often a page may (WebKit 100 calls in 30 s, Gecko and Chromium 200 in
 * 10 s); some throw then. A refused write is skipped: the store stays the truth, and the next change writes all of it.
 */
function writeUrl(method: "pushState" | "replaceState", url: string): void {
  try {
    if (method === "pushState") window.history.pushState(window.history.state, "", url);
    else window.history.replaceState(window.history.state, "", url);
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== "SecurityError") throw error;
  }
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(
  store: StoreApi<AppState>,
  { history = defaultHistoryMode() }: { history?: HistoryMode } = {},
): () => void {
  let applying = false;
  const fromUrl = () => {
    applying = true;
    try {
      applySearch(store, window.location.search);
    } finally {
      applying = false;
    }
  };
  fromUrl();
  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return;
    const next = serializeUrlState(fromStore(state), window.location.search);
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    const onlyView =
      serializeUrlState({ ...fromStore(state), view: null }) ===
      serializeUrlState({ ...fromStore(previous), view: null });
    // Playback writes each step in place: Back leaves the animation rather than stepping through it.
    const inPlace = history === "replace" || onlyView || state.playing || previous.playing;
    writeUrl(inPlace ? "replaceState" : "pushState", url);
  });
  window.addEventListener("popstate", fromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", fromUrl);
  };
}
