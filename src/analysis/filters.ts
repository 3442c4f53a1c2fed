/**
 * The filters a user sets, and what they leave of the dataset. Pure.
 *
 * Within one filter the chosen options are alternatives (any of them); across
 * filters all must hold. A year range keeps projects whose period overlaps it;
 * projects without any date are left out while a year range is set. The
 * organisation-kind filter keeps projects led or partnered by such an
 * organisation; the country filter, projects naming the country or one of its
 * municipalities.
 */
import type { CountryCode } from "../geo/schema.ts";
import { yearOf } from "../data/dates.ts";
import type { Dataset, Organisation, Project } from "../data/schema.ts";

export interface Filters {
  donors: readonly string[];
  activities: readonly string[];
  kinds: readonly string[];
  levels: readonly string[];
  forms: readonly string[];
  countries: readonly CountryCode[];
  from?: number;
  to?: number;
}

export const NO_FILTERS: Filters = {
  donors: [],
  activities: [],
  kinds: [],
  levels: [],
  forms: [],
  countries: [],
};

export type Facet = "donors" | "activities" | "kinds" | "levels" | "forms" | "countries";
export const FACETS: readonly Facet[] = ["donors", "activities", "kinds", "levels", "forms", "countries"];

export function isFiltering(f: Filters): boolean {
  return FACETS.some((facet) => f[facet].length > 0) || f.from !== undefined || f.to !== undefined;
}

export interface FilteredData {
  projects: Project[];
  organisations: Organisation[];
}

/** Each project's values for every facet and its years, worked out once per dataset and geo layer. */
export interface ProjectIndex {
  projects: readonly Project[];
  values: ReadonlyArray<Record<Facet, readonly string[]>>;
  years: ReadonlyArray<readonly [number, number] | undefined>;
}

export function indexProjects(
  dataset: Dataset,
  countryOf: (municipalityId: string) => CountryCode | undefined,
): ProjectIndex {
  const kindOf = new Map(dataset.organisations.map((o) => [o.id, o.kind]));
  const values = dataset.projects.map((p) => ({
    donors: p.donors,
    activities: p.activityTypes,
    kinds: [...new Set([...p.leadOrganisations, ...p.partnerOrganisations].flatMap((id) => kindOf.get(id) ?? []))],
    levels: p.levels,
    forms: p.extremismForms,
    countries: [...new Set([...p.targetCountries, ...p.targetMunicipalities.flatMap((m) => countryOf(m) ?? [])])],
  }));
  const years = dataset.projects.map((p): readonly [number, number] | undefined =>
    p.start || p.end ? [yearOf(p.start ?? p.end!), yearOf(p.end ?? p.start!)] : undefined,
  );
  return { projects: dataset.projects, values, years };
}

const anyOf = (chosen: readonly string[], values: readonly string[]) =>
  chosen.length === 0 || values.some((v) => chosen.includes(v));

function inYears(filters: Filters, years: readonly [number, number] | undefined): boolean {
  if (filters.from === undefined && filters.to === undefined) return true;
  if (!years) return false;
  return (
    (filters.from === undefined || years[1] >= filters.from) && (filters.to === undefined || years[0] <= filters.to)
  );
}

/** The facets a project fails (an empty list: it passes), or null when its years are out of range. */
function failedFacets(index: ProjectIndex, i: number, filters: Filters): Facet[] | null {
  if (!inYears(filters, index.years[i])) return null;
  const values = index.values[i]!;
  return FACETS.filter((f) => !anyOf(filters[f], values[f]));
}

export function applyFilters(dataset: Dataset, filters: Filters, index: ProjectIndex): FilteredData {
  const projects = index.projects.filter((_, i) => failedFacets(index, i, filters)?.length === 0);
  // Organisations: by their own attributes; with a project-only filter set, only those working on a remaining project.
  const projectFilter =
    filters.donors.length + filters.levels.length + filters.forms.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined;
  const active = new Set(projects.flatMap((p) => [...p.leadOrganisations, ...p.partnerOrganisations]));
  const organisations = dataset.organisations.filter(
    (o) =>
      anyOf(filters.kinds, o.kind ? [o.kind] : []) &&
      anyOf(filters.countries, o.country ? [o.country] : []) &&
      anyOf(filters.activities, o.focusAreas) &&
      (!projectFilter || active.has(o.id)),
  );
  return { projects, organisations };
}

/**
 * How many projects each option would match given the other filters (a
 * facet's own choice does not narrow its own counts), in one pass.
 */
export function facetCounts(index: ProjectIndex, filters: Filters): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const add = (facet: Facet, values: readonly string[]) => {
    const map = counts[facet];
    for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  };
  index.projects.forEach((_, i) => {
    const failed = failedFacets(index, i, filters);
    if (failed === null || failed.length > 1) return;
    const values = index.values[i]!;
    if (failed.length === 1) add(failed[0]!, values[failed[0]!]);
    else for (const f of FACETS) add(f, values[f]);
  });
  return counts;
}
