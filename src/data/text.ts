/**
 * Picking a record's text for the reader's language: the language itself,
 * Serbian in the other script, English, then whatever the source gave. The
 * result says which language it is in, for the `lang` attribute.
 */
import type { Locale } from "../geo/schema.ts";
import { serbianCyrillicToLatin, serbianLatinToCyrillic } from "../lib/script.ts";
import type { LocalizedText } from "./schema.ts";

export interface PickedText {
  text: string;
  lang: Locale;
}

const FALLBACK_ORDER: readonly Locale[] = ["en", "sq", "sr-Latn", "bs", "mk", "sr-Cyrl"];

export function pickText(text: LocalizedText, locale: Locale): PickedText {
  const own = text[locale];
  if (own) return { text: own, lang: locale };
  if (locale === "sr-Cyrl" && text["sr-Latn"]) return { text: serbianLatinToCyrillic(text["sr-Latn"]), lang: locale };
  if (locale === "sr-Latn" && text["sr-Cyrl"]) return { text: serbianCyrillicToLatin(text["sr-Cyrl"]), lang: locale };
  for (const l of FALLBACK_ORDER) {
    const value = text[l];
    if (value) return { text: value, lang: l };
  }
  // The schema guarantees at least one language.
  return { text: "", lang: locale };
}

/** Only http(s) addresses may become links; anything else is shown as text. */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
