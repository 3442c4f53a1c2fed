/**
 * Coverage metrics per municipality from the filtered data. Pure.
 *
 * - organisations: based in the municipality (after location coarsening);
 * - projects: targeting the municipality by name; projects that name a region
 *   that includes it (a canton, Sandžak, a city of several municipalities) are
 *   counted apart (`regionProjects`: a region is not each of its
 *   municipalities); projects that name only a whole country are counted apart
 *   (`countryWideProjects`) and added to `projects` only when `countCountryWide` is set;
 * - fundingEur: each project's amount in euros split equally over the
 *   municipalities it targets; projects without an amount (or in a currency
 *   without a rate) are counted in `fundingUnknown` instead. Where projects
 *   exist but none has a known amount, funding is unknown ("no data"), not 0;
 * - donors: distinct donors of the projects counted;
 * - per 100,000 inhabitants where the population is known, otherwise absent
 *   ("no data"), never 0.
 */
import type { CountryCode } from "../geo/schema.ts";
import { projectFundingEur } from "./currency.ts";
import type { FilteredData } from "./filters.ts";

export interface MunicipalityInfo {
  id: string;
  country: CountryCode;
  population?: number;
}

export interface MunicipalityMetrics {
  organisations: number;
  projects: number;
  countryWideProjects: number;
  /** Projects that name a region including the municipality (and not the municipality itself). */
  regionProjects: number;
  /** Absent when the municipality's projects all lack a known amount. */
  fundingEur?: number;
  fundingUnknown: number;
  donors: number;
  organisationsPer100k?: number;
  projectsPer100k?: number;
  fundingEurPer100k?: number;
}

export interface MetricOptions {
  countCountryWide?: boolean;
  /** Region id → its municipalities (the dataset's regions). */
  regions?: ReadonlyMap<string, readonly string[]>;
}

export function computeMetrics(
  data: FilteredData,
  municipalities: readonly MunicipalityInfo[],
  { countCountryWide = false, regions }: MetricOptions = {},
): Map<string, MunicipalityMetrics> {
  // Tallies by position (typed arrays): this runs on every filter change, over tens of thousands of projects.
  const n = municipalities.length;
  const position = new Map(municipalities.map((m, i) => [m.id, i]));
  const organisations = new Int32Array(n);
  const projects = new Int32Array(n);
  const countryWide = new Int32Array(n);
  const regionWide = new Int32Array(n);
  const funding = new Float64Array(n);
  const fundingKnown = new Int32Array(n);
  const fundingUnknown = new Int32Array(n);
  // Distinct donors: each municipality's donor codes, counted once at the end.
  const donorCode = new Map<string, number>();
  const donorLinks: number[][] = Array.from({ length: n }, () => []);
  const codeOf = (d: string) => {
    let c = donorCode.get(d);
    if (c === undefined) donorCode.set(d, (c = donorCode.size));
    return c;
  };
  const byCountry = new Map<CountryCode, number[]>();
  municipalities.forEach((m, i) => {
    const list = byCountry.get(m.country);
    if (list) list.push(i);
    else byCountry.set(m.country, [i]);
  });

  for (const o of data.organisations) {
    const i = o.municipalityId === undefined ? undefined : position.get(o.municipalityId);
    if (i !== undefined) organisations[i]!++;
  }
  const named: number[] = [];
  const reached: number[] = [];
  for (const p of data.projects) {
    named.length = 0;
    for (const id of p.targetMunicipalities) {
      const i = position.get(id);
      if (i !== undefined && !named.includes(i)) named.push(i);
    }
    const donors = p.donors;
    const eur = projectFundingEur(p);
    for (const i of named) {
      projects[i]!++;
      if (eur === undefined) fundingUnknown[i]!++;
      else {
        funding[i]! += eur / named.length;
        fundingKnown[i]!++;
      }
      for (const d of donors) donorLinks[i]!.push(codeOf(d));
    }
    if (p.targetRegions.length > 0) {
      reached.length = 0;
      for (const r of p.targetRegions)
        for (const id of regions?.get(r) ?? []) {
          const i = position.get(id);
          if (i !== undefined && !named.includes(i) && !reached.includes(i)) reached.push(i);
        }
      for (const i of reached) regionWide[i]!++;
    }
    if (named.length > 0 || p.targetRegions.length > 0) continue;
    // A whole-country project: reaches every municipality of its countries.
    for (const country of new Set(p.targetCountries))
      for (const i of byCountry.get(country) ?? []) {
        countryWide[i]!++;
        if (countCountryWide) {
          projects[i]!++;
          for (const d of donors) donorLinks[i]!.push(codeOf(d));
        }
      }
  }

  const stamp = new Int32Array(donorCode.size).fill(-1);
  const result = new Map<string, MunicipalityMetrics>();
  municipalities.forEach((m, i) => {
    let donors = 0;
    for (const c of donorLinks[i]!)
      if (stamp[c] !== i) {
        stamp[c] = i;
        donors++;
      }
    const metrics: MunicipalityMetrics = {
      organisations: organisations[i]!,
      projects: projects[i]!,
      countryWideProjects: countryWide[i]!,
      regionProjects: regionWide[i]!,
      fundingUnknown: fundingUnknown[i]!,
      donors,
    };
    const known = fundingKnown[i]! > 0 || fundingUnknown[i] === 0;
    if (known) metrics.fundingEur = funding[i]!;
    if (m.population) {
      const per = 100_000 / m.population;
      metrics.organisationsPer100k = organisations[i]! * per;
      metrics.projectsPer100k = projects[i]! * per;
      if (known) metrics.fundingEurPer100k = funding[i]! * per;
    }
    result.set(m.id, metrics);
  });
  return result;
}

export const METRIC_IDS = [
  "projects",
  "organisations",
  "fundingEur",
  "donors",
  "projectsPer100k",
  "organisationsPer100k",
  "fundingEurPer100k",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The coverage metric a `metric` choice names, if it names one (otherwise it may name an indicator). */
export function coverageMetric(choice: string): MetricId | undefined {
  return (METRIC_IDS as readonly string[]).includes(choice) ? (choice as MetricId) : undefined;
}

/** A metric's value for a municipality; undefined is "no data". */
export function metricValue(metrics: MunicipalityMetrics | undefined, metric: MetricId): number | undefined {
  return metrics?.[metric];
}

/**
 * The metrics of several municipalities taken together (a city made of city
 * municipalities), from each one's metrics and the filtered data: funding and
 * organisations add up; projects and donors are counted once however many of
 * the members a project names; per 100,000 only when every member's population
 * is known.
 */
export function combinedMetrics(
  data: FilteredData,
  perMunicipality: ReadonlyMap<string, MunicipalityMetrics>,
  members: readonly MunicipalityInfo[],
  { countCountryWide = false, regions }: MetricOptions = {},
): MunicipalityMetrics | undefined {
  const own = members.map((m) => perMunicipality.get(m.id));
  if (members.length === 0 || own.some((m) => m === undefined)) return undefined;
  const ids = new Set(members.map((m) => m.id));
  const countries = new Set(members.map((m) => m.country));
  const donors = new Set<string>();
  let projects = 0;
  let fundingUnknown = 0;
  let countryWideProjects = 0;
  let regionProjects = 0;
  for (const p of data.projects) {
    const names = p.targetMunicipalities.some((id) => ids.has(id));
    if (!names && p.targetRegions.some((r) => regions?.get(r)?.some((id) => ids.has(id)))) regionProjects++;
    const countryWide =
      p.targetMunicipalities.length === 0 &&
      p.targetRegions.length === 0 &&
      p.targetCountries.some((c) => countries.has(c));
    if (countryWide) countryWideProjects++;
    if (!names && !(countryWide && countCountryWide)) continue;
    projects++;
    if (names && projectFundingEur(p) === undefined) fundingUnknown++;
    for (const d of p.donors) donors.add(d);
  }
  const all = own as MunicipalityMetrics[];
  const organisations = all.reduce((s, m) => s + m.organisations, 0);
  const known = all.filter((m) => m.fundingEur !== undefined);
  const metrics: MunicipalityMetrics = {
    organisations,
    projects,
    countryWideProjects,
    regionProjects,
    fundingUnknown,
    donors: donors.size,
  };
  if (known.length > 0 || fundingUnknown === 0) metrics.fundingEur = known.reduce((s, m) => s + (m.fundingEur ?? 0), 0);
  const population = members.every((m) => m.population) ? members.reduce((s, m) => s + (m.population ?? 0), 0) : 0;
  if (population > 0) {
    const per = 100_000 / population;
    metrics.organisationsPer100k = organisations * per;
    metrics.projectsPer100k = projects * per;
    if (metrics.fundingEur !== undefined) metrics.fundingEurPer100k = metrics.fundingEur * per;
  }
  return metrics;
}
