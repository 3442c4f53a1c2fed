/**
 * The filters a user sets, and what they leave of the dataset. Pure.
 *
 * Within one filter the chosen options are alternatives (any of them); across
 * filters all must hold. A year range keeps projects whose period overlaps it;
 * projects without any date are left out while a year range is set.
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

export function isFiltering(f: Filters): boolean {
  return (
    f.donors.length + f.activities.length + f.kinds.length + f.levels.length + f.forms.length + f.countries.length >
      0 ||
    f.from !== undefined ||
    f.to !== undefined
  );
}

export interface FilteredData {
  projects: Project[];
  organisations: Organisation[];
}

const anyOf = (chosen: readonly string[], values: readonly string[]) =>
  chosen.length === 0 || values.some((v) => chosen.includes(v));

/** `countryOf` gives a municipality's country, for projects that name only municipalities. */
export function applyFilters(
  dataset: Dataset,
  filters: Filters,
  countryOf: (municipalityId: string) => CountryCode | undefined,
): FilteredData {
  const kindOf = new Map(dataset.organisations.map((o) => [o.id, o.kind]));
  const projectCountries = (p: Project) => [
    ...p.targetCountries,
    ...p.targetMunicipalities.flatMap((m) => countryOf(m) ?? []),
  ];
  const inYears = (p: Project) => {
    if (filters.from === undefined && filters.to === undefined) return true;
    if (!p.start && !p.end) return false;
    const first = yearOf(p.start ?? p.end!);
    const last = yearOf(p.end ?? p.start!);
    return (filters.from === undefined || last >= filters.from) && (filters.to === undefined || first <= filters.to);
  };
  const projects = dataset.projects.filter(
    (p) =>
      anyOf(filters.donors, p.donors) &&
      anyOf(filters.activities, p.activityTypes) &&
      anyOf(filters.levels, p.levels) &&
      anyOf(filters.forms, p.extremismForms) &&
      anyOf(filters.countries, projectCountries(p)) &&
      anyOf(
        filters.kinds,
        [...p.leadOrganisations, ...p.partnerOrganisations].flatMap((id) => kindOf.get(id) ?? []),
      ) &&
      inYears(p),
  );
  // Organisations: by their own attributes; with a project filter set, only those working on a remaining project.
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
