/**
 * Dates as the sources give them: a year ("2017"), a month ("2017-07") or a
 * day ("2017-07-01"). Pure functions.
 */

export const PARTIAL_DATE_PATTERN = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);
export const FULL_DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

/** Years the dataset accepts: anything outside is a typo (e.g. 20240). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a well-formed year, month or day within MIN_YEAR..MAX_YEAR that exists (no 31 April). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number?, number?];
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  if (m !== undefined && d !== undefined && d > daysInMonth(y, m)) return false;
  return true;
}

/** The first and last day a partial date can mean, as ISO days (comparable as strings). */
export function dateRange(value: string): { first: string; last: string } {
  const [y, m, d] = value.split("-");
  if (d !== undefined) return { first: value, last: value };
  if (m !== undefined) {
    const last = String(daysInMonth(Number(y), Number(m))).padStart(2, "0");
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${last}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True when `end` certainly lies before `start` (a year and a day in that year are compatible). */
export function endsBeforeStart(start: string, end: string): boolean {
  return dateRange(end).last < dateRange(start).first;
}

/** The year a partial date falls in. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** What a year field holds while someone types: empty, a whole year in range, or not (yet) a year. */
export type YearDraft = { kind: "empty" } | { kind: "year"; year: number } | { kind: "incomplete" };

export function readYearDraft(raw: string): YearDraft {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  if (!/^\d{4}$/.test(text)) return { kind: "incomplete" };
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: "year", year } : { kind: "incomplete" };
}

/**
 * A year range from two fields: applied only when each field is empty or a whole year and the range runs forwards.
 * `reversed` says why a complete pair was not applied; `null` means nothing to apply yet (still typing).
 */
export function readYearRange(
  fromRaw: string,
  toRaw: string,
): { from: number | undefined; to: number | undefined } | { reversed: true } | null {
  const from = readYearDraft(fromRaw);
  const to = readYearDraft(toRaw);
  if (from.kind === "incomplete" || to.kind === "incomplete") return null;
  const range = { from: from.kind === "year" ? from.year : undefined, to: to.kind === "year" ? to.year : undefined };
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return { reversed: true };
  return range;
}
