import type { StateCreator } from "zustand";
import type { Locale } from "../geo/schema.ts";
import type { AppState } from "./store.ts";

/** The interface language asked for (`lang` in the URL); i18next follows it (follow.ts). */
export interface LanguageSlice {
  /** null: none asked for; the remembered or the browser's language applies. */
  lang: Locale | null;
  setLang: (lang: Locale) => void;
}

export const createLanguageSlice: StateCreator<AppState, [], [], LanguageSlice> = (set) => ({
  lang: null,
  setLang: (lang) => set({ lang }),
});
