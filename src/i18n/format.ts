/** Locale-aware number formatting with Intl. Pure. */
import type { Funding } from "../data/schema.ts";
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

// Creating a formatter is slow (≈ 0.1 ms); lists and legends format hundreds of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], options);
    formatters.set(key, format);
  }
  return format.format(value);
}

const QUALIFIER = { exact: "", "at-least": "≥ ", "up-to": "≤ ", indicative: "≈ " } as const;

/** A funding amount as the source states it: currency, range, "at least"/"up to"/"indicative", year. */
export function formatFunding(f: Funding, locale: Locale): string {
  const money = (n: number) =>
    formatNumber(n, locale, { style: "currency", currency: f.currency, maximumFractionDigits: 0 });
  const amount = f.amountMax !== undefined ? `${money(f.amount)}–${money(f.amountMax)}` : money(f.amount);
  return `${QUALIFIER[f.qualifier ?? "exact"]}${amount}${f.year !== undefined ? ` (${f.year})` : ""}`;
}
