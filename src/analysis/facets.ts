/**
 * How many projects each filter option would match, given the other filters
 * (the usual faceted-search count: a facet's own choice does not narrow its
 * own counts). Pure.
 */
import type { CountryCode } from "../geo/schema.ts";
import type { Dataset, Project } from "../data/schema.ts";
import { applyFilters, type Filters } from "./filters.ts";

export type Facet = "donors" | "activities" | "kinds" | "levels" | "forms" | "countries";
export const FACETS: readonly Facet[] = ["donors", "activities", "kinds", "levels", "forms", "countries"];

export function facetCounts(
  dataset: Dataset,
  filters: Filters,
  countryOf: (municipalityId: string) => CountryCode | undefined,
): Record<Facet, Map<string, number>> {
  const kindOf = new Map(dataset.organisations.map((o) => [o.id, o.kind]));
  const valuesOf: Record<Facet, (p: Project) => string[]> = {
    donors: (p) => p.donors,
    activities: (p) => p.activityTypes,
    kinds: (p) => [...p.leadOrganisations, ...p.partnerOrganisations].flatMap((id) => kindOf.get(id) ?? []),
    levels: (p) => p.levels,
    forms: (p) => p.extremismForms,
    countries: (p) => [...p.targetCountries, ...p.targetMunicipalities.flatMap((m) => countryOf(m) ?? [])],
  };
  const result = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    const { projects } = applyFilters(dataset, { ...filters, [facet]: [] }, countryOf);
    const counts = new Map<string, number>();
    for (const p of projects) for (const v of new Set(valuesOf[facet](p))) counts.set(v, (counts.get(v) ?? 0) + 1);
    result[facet] = counts;
  }
  return result;
}
