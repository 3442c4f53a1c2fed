/** Indicator values: the one that counts for an area is the most recent (no year counts as oldest). Pure. */
import type { Indicator, IndicatorValue } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";

export function latestValues(
  values: Iterable<IndicatorValue>,
  keyOf: (value: IndicatorValue) => string | undefined,
): Map<string, IndicatorValue> {
  const latest = new Map<string, IndicatorValue>();
  for (const v of values) {
    const key = keyOf(v);
    if (key === undefined) continue;
    const current = latest.get(key);
    if (!current || (v.year ?? 0) > (current.year ?? 0)) latest.set(key, v);
  }
  return latest;
}

/**
 * The one edition a country-level indicator is compared in: the latest year every country with a value shares;
 * when no year is shared by all, the year with most countries (the latest among ties), and the others are named
 * as missing from it. Values of other years are never mixed in. `undefined` for an indicator without values.
 */
export interface Edition {
  year: number | undefined;
  /** Countries with a value in this edition. */
  countries: CountryCode[];
  /** Countries with values only in other editions: "no data" here, said in the legend. */
  missing: CountryCode[];
}

export function countryEdition(indicator: Indicator, values: readonly IndicatorValue[]): Edition | undefined {
  const byYear = new Map<number | undefined, Set<CountryCode>>();
  const all = new Set<CountryCode>();
  for (const v of values) {
    if (v.indicator !== indicator.id || !v.country) continue;
    all.add(v.country);
    byYear.set(v.year, (byYear.get(v.year) ?? new Set()).add(v.country));
  }
  const best = [...byYear].sort((a, b) => b[1].size - a[1].size || (b[0] ?? 0) - (a[0] ?? 0))[0];
  if (!best) return undefined;
  const countries = [...best[1]].sort();
  return { year: best[0], countries, missing: [...all].filter((c) => !best[1].has(c)).sort() };
}

/**
 * A country-level count of people (e.g. travellers to Syria and Iraq) cannot be compared between countries of
 * different sizes: it is shown as a layer of its own figures, never classed as need.
 */
export function comparableAsNeed(indicator: Indicator): boolean {
  return !(indicator.level === "country" && indicator.unit === "people");
}

/**
 * An indicator as a map layer: the value of each area it is reported for (countries for a country-level
 * indicator, in one edition — see countryEdition; municipalities otherwise, their latest), and per municipality
 * the value it is drawn with (its own, or its country's). Areas without a value are "no data".
 */
export interface IndicatorLayer {
  indicator: Indicator;
  /** The value per area: country code (of the edition) or municipality id (latest). */
  latest: Map<string, IndicatorValue>;
  /** For a country-level indicator, the edition shown. */
  edition?: Edition;
  /** What is classified: one entry per area the indicator applies to. */
  areas: Map<string, number | undefined>;
  /** Per municipality, for drawing. */
  perMunicipality: Map<string, number | undefined>;
}

export function indicatorLayer(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  municipalities: ReadonlyArray<{ id: string; country: CountryCode }>,
): IndicatorLayer {
  const country = indicator.level === "country";
  const edition = country ? countryEdition(indicator, values) : undefined;
  const latest = latestValues(values, (v) =>
    v.indicator !== indicator.id
      ? undefined
      : country
        ? v.year === edition?.year
          ? v.country
          : undefined
        : v.municipalityId,
  );
  const areas = new Map<string, number | undefined>();
  const perMunicipality = new Map<string, number | undefined>();
  for (const m of municipalities) {
    const area = country ? m.country : m.id;
    const value = latest.get(area)?.value;
    areas.set(area, value);
    perMunicipality.set(m.id, value);
  }
  return { indicator, latest, areas, perMunicipality, ...(edition && { edition }) };
}
