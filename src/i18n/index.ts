/**
 * i18next set-up. Language order: ?lang= in the URL, then the remembered
 * choice, then the browser's languages, then English. <html lang> follows.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { LOCALES, type Locale } from "../geo/schema.ts";
import bs from "./locales/bs/translation.json";
import en from "./locales/en/translation.json";
import mk from "./locales/mk/translation.json";
import sq from "./locales/sq/translation.json";
import srCyrl from "./locales/sr-Cyrl/translation.json";
import srLatn from "./locales/sr-Latn/translation.json";

export const resources = {
  en: { translation: en },
  sq: { translation: sq },
  "sr-Latn": { translation: srLatn },
  "sr-Cyrl": { translation: srCyrl },
  mk: { translation: mk },
  bs: { translation: bs },
} as const satisfies Record<Locale, { translation: typeof en }>;

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

export function initI18n(lng: Locale = detectLocale(location.search, readStored(), navigator.languages ?? [])) {
  void i18next.use(initReactI18next).init({
    resources,
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
  return i18next;
}

/**
 * With the designation footnote on, Kosovo's name carries the asterisk in
 * every language, wherever it is shown; the footnote itself is
 * `footnote.kosovo` (components/DesignationFootnote.tsx).
 */
export function markKosovoDesignation(instance: typeof i18next) {
  for (const lng of LOCALES) {
    const name = instance.getResource(lng, "translation", "country.XK") as unknown;
    if (typeof name === "string" && !name.endsWith("*"))
      instance.addResource(lng, "translation", "country.XK", `${name}*`);
  }
}

export function currentLocale(language: string): Locale {
  return isLocale(language) ? language : "en";
}
