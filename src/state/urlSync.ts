/**
 * Keeps the store and the page URL in step: the URL is read at start and on
 * back/forward; every shareable change writes it (a new history entry, except
 * for panning and zooming, which replace the current one).
 */
import { parseUrlState, serializeUrlState, type UrlState } from "./url.ts";
import type { AppState } from "./store.ts";
import type { StoreApi } from "zustand";

function fromStore(s: AppState): UrlState {
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
  };
}

/**
 * Goes to `search` as if the user had: a new history entry, the store set
 * from it (every value validated by parseUrlState).
 */
export function navigate(store: StoreApi<AppState>, search: string): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history.pushState(window.history.state, "", url);
  store.setState(toStore(parseUrlState(search)));
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: StoreApi<AppState>): () => void {
  let applying = false;
  const apply = () => {
    applying = true;
    store.setState(toStore(parseUrlState(window.location.search)));
    applying = false;
  };
  apply();
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
  window.addEventListener("popstate", apply);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", apply);
  };
}
