/**
 * A country-level indicator (e.g. the Organized Crime Index, editions 2021, 2023, 2025) compared between two of its
 * editions. Only countries with a value in both are compared; any other is "no data" for the comparison, never a
 * change from or to zero. A value given as a range (valueMax) is not compared either: its change is not one number.
 * Pure.
 */
import type { Indicator, IndicatorValue } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";

/** How a value moved, read in the indicator's direction where it has one ("worse" for a rising criminality score). */
export type EditionMove = "worse" | "better" | "rose" | "fell" | "same" | "no-data";

export interface CountryEditionChange {
  country: CountryCode;
  earlier?: IndicatorValue;
  later?: IndicatorValue;
  /** later − earlier, when both are known. */
  delta?: number;
  move: EditionMove;
}

export interface EditionComparison {
  indicator: Indicator;
  earlier: number;
  later: number;
  countries: CountryEditionChange[];
}

/** The years of an indicator's editions, oldest first (values without a year are not an edition). */
export function editionYears(indicator: Indicator, values: readonly IndicatorValue[]): number[] {
  const years = new Set<number>();
  for (const v of values) if (v.indicator === indicator.id && v.country && v.year !== undefined) years.add(v.year);
  return [...years].sort((a, b) => a - b);
}

export function moveOf(indicator: Indicator, delta: number | undefined): EditionMove {
  if (delta === undefined) return "no-data";
  if (delta === 0) return "same";
  if (indicator.direction === "higher-is-worse") return delta > 0 ? "worse" : "better";
  if (indicator.direction === "higher-is-better") return delta > 0 ? "better" : "worse";
  return delta > 0 ? "rose" : "fell";
}

/**
 * Each country with a value in either edition, compared. Differences are rounded to four decimals, so that
 * 5.30 − 5.15 is 0.15 and not 0.1499….
 */
export function compareEditions(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  earlier: number,
  later: number,
): EditionComparison {
  const byCountry = new Map<CountryCode, { earlier?: IndicatorValue; later?: IndicatorValue }>();
  for (const v of values) {
    if (v.indicator !== indicator.id || !v.country || (v.year !== earlier && v.year !== later)) continue;
    const entry = byCountry.get(v.country) ?? {};
    entry[v.year === earlier ? "earlier" : "later"] = v;
    byCountry.set(v.country, entry);
  }
  const countries = [...byCountry]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, e]): CountryEditionChange => {
      const delta =
        e.earlier && e.later && e.earlier.valueMax === undefined && e.later.valueMax === undefined
          ? Math.round((e.later.value - e.earlier.value) * 10000) / 10000
          : undefined;
      return { country, ...e, ...(delta !== undefined && { delta }), move: moveOf(indicator, delta) };
    });
  return { indicator, earlier, later, countries };
}

/**
 * The two editions the comparison opens on: of consecutive editions, the pair most countries have both of (the
 * latest among ties). Undefined with fewer than two editions.
 */
export function defaultEditionPair(
  indicator: Indicator,
  values: readonly IndicatorValue[],
): [number, number] | undefined {
  const years = editionYears(indicator, values);
  let best: { pair: [number, number]; both: number } | undefined;
  for (let i = 1; i < years.length; i++) {
    const pair: [number, number] = [years[i - 1]!, years[i]!];
    const both = compareEditions(indicator, values, ...pair).countries.filter((c) => c.delta !== undefined).length;
    if (!best || both >= best.both) best = { pair, both };
  }
  return best?.pair;
}
