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
  /** Organised-crime topics. */
  topics: readonly string[];
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
  topics: [],
  countries: [],
};

export type Facet = "donors" | "activities" | "kinds" | "levels" | "forms" | "topics" | "countries";
export const FACETS: readonly Facet[] = ["donors", "activities", "kinds", "levels", "forms", "topics", "countries"];

export function isFiltering(f: Filters): boolean {
  return FACETS.some((facet) => f[facet].length > 0) || f.from !== undefined || f.to !== undefined;
}

export interface FilteredData {
  projects: Project[];
  organisations: Organisation[];
}

/** One facet's values over all projects, as small integers in compressed rows (project i: codes[starts[i]..starts[i+1]]). */
interface FacetColumn {
  values: readonly string[];
  code: ReadonlyMap<string, number>;
  starts: Int32Array;
  codes: Int32Array;
}

/** Each project's values for every facet and its years, worked out once per dataset and geo layer. */
export interface ProjectIndex {
  projects: readonly Project[];
  facets: Record<Facet, FacetColumn>;
  years: ReadonlyArray<readonly [number, number] | undefined>;
}

function column(rows: ReadonlyArray<readonly string[]>): FacetColumn {
  const code = new Map<string, number>();
  const values: string[] = [];
  const starts = new Int32Array(rows.length + 1);
  const codes: number[] = [];
  rows.forEach((row, i) => {
    for (const v of new Set(row)) {
      let c = code.get(v);
      if (c === undefined) {
        c = values.push(v) - 1;
        code.set(v, c);
      }
      codes.push(c);
    }
    starts[i + 1] = codes.length;
  });
  return { values, code, starts, codes: Int32Array.from(codes) };
}

export function indexProjects(
  dataset: Dataset,
  countryOf: (municipalityId: string) => CountryCode | undefined,
): ProjectIndex {
  const kindOf = new Map(dataset.organisations.map((o) => [o.id, o.kind]));
  const ps = dataset.projects;
  const facets: Record<Facet, FacetColumn> = {
    donors: column(ps.map((p) => p.donors)),
    activities: column(ps.map((p) => p.activityTypes)),
    kinds: column(
      ps.map((p) => [...p.leadOrganisations, ...p.partnerOrganisations].flatMap((id) => kindOf.get(id) ?? [])),
    ),
    levels: column(ps.map((p) => p.levels)),
    forms: column(ps.map((p) => p.extremismForms)),
    topics: column(ps.map((p) => p.ocTopics)),
    countries: column(
      ps.map((p) => [...p.targetCountries, ...p.targetMunicipalities.flatMap((m) => countryOf(m) ?? [])]),
    ),
  };
  const years = ps.map((p): readonly [number, number] | undefined =>
    p.start || p.end ? [yearOf(p.start ?? p.end!), yearOf(p.end ?? p.start!)] : undefined,
  );
  return { projects: ps, facets, years };
}

const anyOf = (chosen: readonly string[], values: readonly string[]) =>
  chosen.length === 0 || values.some((v) => chosen.includes(v));

/** The filters as masks over each facet's value codes, for the facets that are set: testing a project allocates nothing. */
interface CompiledFilters {
  facets: ReadonlyArray<{ facet: Facet; column: FacetColumn; chosen: Uint8Array }>;
  from?: number;
  to?: number;
}

function compile(filters: Filters, index: ProjectIndex): CompiledFilters {
  return {
    facets: FACETS.filter((f) => filters[f].length > 0).map((facet) => {
      const column = index.facets[facet];
      const chosen = new Uint8Array(column.values.length);
      for (const v of filters[facet]) {
        const c = column.code.get(v);
        if (c !== undefined) chosen[c] = 1;
      }
      return { facet, column, chosen };
    }),
    from: filters.from,
    to: filters.to,
  };
}

function inYears(filters: CompiledFilters, years: readonly [number, number] | undefined): boolean {
  if (filters.from === undefined && filters.to === undefined) return true;
  if (!years) return false;
  return (
    (filters.from === undefined || years[1] >= filters.from) && (filters.to === undefined || years[0] <= filters.to)
  );
}

function matches({ column, chosen }: CompiledFilters["facets"][number], i: number): boolean {
  for (let j = column.starts[i]!; j < column.starts[i + 1]!; j++) if (chosen[column.codes[j]!]) return true;
  return false;
}

const PASSES = -1;
const FAILS = -2;

/** PASSES, FAILS (years out of range or two or more facets failed), or the index in `facets` of the one failed facet. */
function verdict(index: ProjectIndex, i: number, filters: CompiledFilters): number {
  if (!inYears(filters, index.years[i])) return FAILS;
  let failed = PASSES;
  for (let k = 0; k < filters.facets.length; k++) {
    if (matches(filters.facets[k]!, i)) continue;
    if (failed !== PASSES) return FAILS;
    failed = k;
  }
  return failed;
}

/** The positions in `index` of the projects that pass every filter, among `among` (default: all). */
export function passingProjects(filters: Filters, index: ProjectIndex, among?: Int32Array): Int32Array {
  const compiled = compile(filters, index);
  const n = among ? among.length : index.projects.length;
  const out = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = among ? among[k]! : k;
    if (verdict(index, i, compiled) === PASSES) out[count++] = i;
  }
  return out.subarray(0, count);
}

/** The projects that pass every filter. */
export function filterProjects(filters: Filters, index: ProjectIndex): Project[] {
  return Array.from(passingProjects(filters, index), (i) => index.projects[i]!);
}

export function applyFilters(dataset: Dataset, filters: Filters, index: ProjectIndex): FilteredData {
  const projects = filterProjects(filters, index);
  // Organisations: by their own attributes; with a project-only filter set, only those working on a remaining project.
  const projectFilter =
    filters.donors.length + filters.levels.length + filters.forms.length + filters.topics.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined;
  const active = new Set<string>();
  if (projectFilter)
    for (const p of projects) {
      for (const id of p.leadOrganisations) active.add(id);
      for (const id of p.partnerOrganisations) active.add(id);
    }
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
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Int32Array(index.facets[f].values.length)])) as Record<
    Facet,
    Int32Array
  >;
  const add = (facet: Facet, i: number) => {
    const { starts, codes } = index.facets[facet];
    const tally = tallies[facet];
    for (let j = starts[i]!; j < starts[i + 1]!; j++) tally[codes[j]!]!++;
  };
  const compiled = compile(filters, index);
  for (let i = 0; i < index.projects.length; i++) {
    const failed = verdict(index, i, compiled);
    if (failed === FAILS) continue;
    if (failed === PASSES) for (const f of FACETS) add(f, i);
    else add(compiled.facets[failed]!.facet, i);
  }
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const f of FACETS) {
    const map = new Map<string, number>();
    index.facets[f].values.forEach((v, c) => {
      if (tallies[f][c]! > 0) map.set(v, tallies[f][c]!);
    });
    counts[f] = map;
  }
  return counts;
}
