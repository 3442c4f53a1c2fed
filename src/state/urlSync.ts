/**
 * Keeps the store and the page URL in step. This is the only code that writes
 * the address: the URL is read at start and on back/forward; every shareable
 * change in the store writes it (a new history entry, except for panning and
 * zooming, which replace the current one). Language, dataset and camera
 * follow the store (follow.ts, MapView), never the URL directly.
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

/** Goes to `search` as if the user had: the store is set from it, and the URL is written (a new entry) from the store. */
export function navigate(store: StoreApi<AppState>, search: string): void {
  applySearch(store, search);
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: StoreApi<AppState>): () => void {
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
    if (onlyView) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState(window.history.state, "", url);
  });
  window.addEventListener("popstate", fromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", fromUrl);
  };
}
