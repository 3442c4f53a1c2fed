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
 * An indicator as a map layer: the latest value of each area it is reported
 * for (countries for a country-level indicator, municipalities otherwise), and
 * per municipality the value it is drawn with (its own, or its country's).
 * Ranges count by their lower bound; areas without a value are "no data".
 */
export interface IndicatorLayer {
  indicator: Indicator;
  /** The latest value per area: country code or municipality id. */
  latest: Map<string, IndicatorValue>;
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
  const latest = latestValues(values, (v) =>
    v.indicator !== indicator.id ? undefined : country ? v.country : v.municipalityId,
  );
  const areas = new Map<string, number | undefined>();
  const perMunicipality = new Map<string, number | undefined>();
  for (const m of municipalities) {
    const area = country ? m.country : m.id;
    const value = latest.get(area)?.value;
    areas.set(area, value);
    perMunicipality.set(m.id, value);
  }
  return { indicator, latest, areas, perMunicipality };
}
