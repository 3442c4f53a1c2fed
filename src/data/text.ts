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

/** Characters that set the direction of the text after them: marks, embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text without direction controls: for attributes (title, aria-label) and other places markup cannot isolate. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * Dataset text for a text-only place (an <option>, a value in a translated sentence, a canvas): without direction
 * controls, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so it cannot reorder the text around it.
 * In markup, <DataText> (a <bdi>) does this.
 */
export function isolateText(text: string): string {
  return `\u2068${stripBidiControls(text)}\u2069`;
}

/**
 * A character that shows: not whitespace, not a control or format character (zero-width space and joiners, direction
 * controls, the byte-order mark, soft hyphen), not a combining mark on nothing, not a blank filler (Hangul, Braille).
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Cs}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Whether the text has at least one visible character: a name made only of invisible ones hides its record. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Whether an address carries a user name or password ("https://google.com@evil.example/" goes to evil.example). */
export function hasUserinfo(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== "" || url.password !== "";
  } catch {
    return false;
  }
}

/**
 * The site an address goes to, as shown in place of the address: its host in ASCII (an international name in
 * punycode, so a look-alike shows as what it is), without user name, password or a leading "www.".
 */
export function urlHost(value: string): string | undefined {
  try {
    return new URL(value).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}
