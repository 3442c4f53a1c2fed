/**
 * Populations for the per-capita figures. A dataset may carry census figures
 * as values of the indicator "population" (one per municipality, cited); where
 * it does for a country, they are used for every municipality of that country
 * and a municipality without one has no per-capita figure — census figures of
 * one country are never mixed with the older figures the map's records carry.
 * Elsewhere the map's own (dated) figures are used. Pure.
 */
import type { Dataset, IndicatorValue } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";
import { latestValues } from "./indicators.ts";
import type { MunicipalityInfo } from "./metrics.ts";

export const POPULATION_INDICATOR = "population";

/** The latest population value per municipality in the dataset. */
export function populationValues(dataset: Dataset): Map<string, IndicatorValue> {
  return latestValues(dataset.indicatorValues, (v) =>
    v.indicator === POPULATION_INDICATOR ? v.municipalityId : undefined,
  );
}

export function municipalityInfos(
  municipalities: Iterable<{ id: string; country: CountryCode; population?: number }>,
  values: ReadonlyMap<string, IndicatorValue>,
  countryOf: (municipalityId: string) => CountryCode | undefined,
): MunicipalityInfo[] {
  const withCensus = new Set<CountryCode>();
  for (const id of values.keys()) {
    const c = countryOf(id);
    if (c) withCensus.add(c);
  }
  return [...municipalities].map((m) => {
    const census = values.get(m.id)?.value;
    const population = withCensus.has(m.country) ? census : m.population;
    return { id: m.id, country: m.country, ...(population ? { population } : {}) };
  });
}

/** What the panel shows as a municipality's population: a cited census value, the map's own figure, or nothing. */
export type PopulationShown =
  | { kind: "census"; value: IndicatorValue }
  | { kind: "record"; population: number; source: string; year: number }
  | { kind: "none" };

export function populationShown(
  municipality: {
    id: string;
    country: CountryCode;
    population?: number;
    populationSource?: string;
    populationYear?: number;
  },
  values: ReadonlyMap<string, IndicatorValue>,
  countryOf: (municipalityId: string) => CountryCode | undefined,
): PopulationShown {
  const census = values.get(municipality.id);
  if (census) return { kind: "census", value: census };
  const countryHasCensus = [...values.keys()].some((id) => countryOf(id) === municipality.country);
  if (!countryHasCensus && municipality.population !== undefined)
    return {
      kind: "record",
      population: municipality.population,
      source: municipality.populationSource ?? "",
      year: municipality.populationYear ?? 0,
    };
  return { kind: "none" };
}
