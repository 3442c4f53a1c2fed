/** Locale-aware number formatting with Intl. Pure. */
import type { Locale } from "../geo/schema.ts";

/** Intl has no data for every script variant; these tags format correctly. */
const INTL_TAG: Record<Locale, string> = {
  sq: "sq",
  "sr-Latn": "sr-Latn",
  "sr-Cyrl": "sr-Cyrl",
  mk: "mk",
  bs: "bs",
  en: "en-GB",
};

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_TAG[locale], options).format(value);
}
