/**
 * i18next set-up. Language order: ?lang= in the URL, then the remembered
 * choice, then the browser's languages, then English. <html lang> follows.
 *
 * English (the fallback) is bundled; every other language is its own chunk, fetched when it is first used, so a
 * page loads one language's strings rather than six.
 */
import i18next, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";
import { LOCALES, type Locale } from "../geo/schema.ts";
import en from "./locales/en/translation.json";

const lazyLocales = import.meta.glob<{ default: ResourceKey }>(["./locales/*/translation.json", "!./locales/en/**"]);

/** Reads a language's strings from its chunk (i18next's backend interface). */
const localeChunks: BackendModule = {
  type: "backend",
  init: () => undefined,
  read(language, namespace, callback) {
    const load = lazyLocales[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no strings for ${language}`), false);
    load().then(
      (module) => callback(null, module.default),
      (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), false),
    );
  },
};

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  sq: "Shqip",
  "sr-Latn": "Srpski",
  "sr-Cyrl": "Српски",
  mk: "Македонски",
  bs: "Bosanski",
  en: "English",
};

export const STORAGE_KEY = "wb-radar.lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag from the browser to one of our locales, if any fits. */
export function matchLocale(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  if (isLocale(tag)) return tag;
  if (lower.startsWith("sr")) return lower.includes("latn") || lower.endsWith("-me") ? "sr-Latn" : "sr-Cyrl";
  if (lower.startsWith("sq")) return "sq";
  if (lower.startsWith("mk")) return "mk";
  if (lower.startsWith("bs") || lower.startsWith("hr")) return "bs";
  if (lower.startsWith("en")) return "en";
  return undefined;
}

export function detectLocale(search: string, stored: string | null, browser: readonly string[]): Locale {
  const fromUrl = new URLSearchParams(search).get("lang");
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(stored)) return stored;
  for (const tag of browser) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return "en";
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Starts i18next in `lng`; `ready` settles once that language's strings are there (at once for English). */
export function initI18n(lng: Locale = detectLocale(location.search, readStored(), navigator.languages ?? [])): {
  i18n: typeof i18next;
  ready: Promise<unknown>;
} {
  const ready = i18next
    .use(localeChunks)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      lng,
      fallbackLng: "en",
      supportedLngs: [...LOCALES],
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  // No document in Node (data tests, scripts).
  const setPageLanguage = (l: string) => {
    if (typeof document !== "undefined") document.documentElement.lang = l;
  };
  setPageLanguage(lng);
  i18next.on("languageChanged", (next) => {
    setPageLanguage(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage may be disabled (private mode, sandboxed iframe)
    }
  });
  return { i18n: i18next, ready };
}

/**
 * With the designation footnote on, Kosovo's name carries the asterisk in
 * every language, wherever it is shown; the footnote itself is
 * `footnote.kosovo` (components/DesignationFootnote.tsx).
 */
export function markKosovoDesignation(instance: typeof i18next) {
  const mark = () => {
    for (const lng of LOCALES) {
      const name = instance.getResource(lng, "translation", "country.XK") as unknown;
      if (typeof name === "string" && !name.endsWith("*"))
        instance.addResource(lng, "translation", "country.XK", `${name}*`);
    }
  };
  mark();
  // Languages whose strings arrive later, too.
  instance.on("loaded", mark);
}

export function currentLocale(language: string): Locale {
  return isLocale(language) ? language : "en";
}
