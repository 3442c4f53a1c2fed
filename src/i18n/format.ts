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

/** A value of a map measure: euros for a funding measure (whole euros), else up to two decimals. */
export function formatMeasure(value: number, measure: string, locale: Locale): string {
  return measure.startsWith("funding")
    ? formatNumber(value, locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 })
    : formatNumber(value, locale, { maximumFractionDigits: 2 });
}

const QUALIFIER = { exact: "", "at-least": "≥ ", "up-to": "≤ ", indicative: "≈ " } as const;

/** A funding amount as the source states it: currency, range, "at least"/"up to"/"indicative", year. */
export function formatFunding(f: Funding, locale: Locale): string {
  const money = (n: number) =>
    formatNumber(n, locale, { style: "currency", currency: f.currency, maximumFractionDigits: 0 });
  const amount = f.amountMax !== undefined ? `${money(f.amount)}–${money(f.amountMax)}` : money(f.amount);
  return `${QUALIFIER[f.qualifier ?? "exact"]}${amount}${f.year !== undefined ? ` (${f.year})` : ""}`;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as precise as the source gives it ("2017", "2017-07", "2017-07-01"),
 * written the local way: 2017; July 2017 / korrik 2017 / јули 2017; 1 Jul 2017.
 * Anything else is returned as it is.
 */
export function formatDate(value: string, locale: Locale): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const precision = d ? "day" : mo ? "month" : "year";
  const key = `${locale}|${precision}`;
  let format = dateFormatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === "day"
        ? { day: "numeric", month: "short", year: "numeric" }
        : precision === "month"
          ? { month: "long", year: "numeric" }
          : { year: "numeric" };
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { ...options, timeZone: "UTC" });
    dateFormatters.set(key, format);
  }
  return format.format(new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)));
}

/** A period from partial dates, as far as known: "2017–2019", "July 2017 – March 2018", or the one date given. */
export function formatPeriod(start: string | undefined, end: string | undefined, locale: Locale): string {
  const dates = [...new Set([start, end].filter((d): d is string => Boolean(d)))].map((d) => formatDate(d, locale));
  return dates.join(dates.some((d) => d.includes(" ")) ? " – " : "–");
}

/**
 * "Tuzi and Zeta", "Tuzi, Zeta dhe Petnjica": items joined with the locale's "and" (from the translations:
 * browsers built without a language's list data would fall back to English in Intl.ListFormat).
 */
export function formatList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
