/**
 * What follows the shareable state in the store (which follows the URL, urlSync.ts): the interface language and
 * the dataset. Each returns a function that stops it.
 */
import type { i18n as I18n } from "i18next";
import type { StoreApi } from "zustand";
import { currentLocale } from "../i18n/index.ts";
import { dataSearch } from "./dataSlice.ts";
import type { AppState } from "./store.ts";

/**
 * i18next follows `lang`. Without one (a link without `lang`, or back to one) the language the page started in
 * applies again.
 */
export function startLanguageSync(store: StoreApi<AppState>, i18n: I18n): () => void {
  const initial = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const apply = (lang: AppState["lang"]) => {
    const next = lang ?? initial;
    if (next !== i18n.language) void i18n.changeLanguage(next);
  };
  apply(store.getState().lang);
  return store.subscribe((s, previous) => {
    if (s.lang !== previous.lang) apply(s.lang);
  });
}

/** Starts loading the municipality layers and the dataset at once, before anything is drawn. */
export function startLoading(store: StoreApi<AppState>): void {
  const { loadGeo, loadData } = store.getState();
  void loadGeo();
  void loadData();
}

/** The dataset follows `data` once it changes (the first load is the app's, when it mounts). */
export function startDataSync(store: StoreApi<AppState>): () => void {
  return store.subscribe((s, previous) => {
    if (s.dataSource !== previous.dataSource) void s.loadData(dataSearch(s.dataSource));
  });
}
