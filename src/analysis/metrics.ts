/**
 * Coverage metrics per municipality from the filtered data. Pure.
 *
 * - organisations: based in the municipality (after location coarsening);
 * - projects: targeting the municipality by name; projects that name only a
 *   whole country are counted apart (`countryWideProjects`) and added to
 *   `projects` only when `countCountryWide` is set;
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
  /** Absent when the municipality's projects all lack a known amount. */
  fundingEur?: number;
  fundingUnknown: number;
  donors: number;
  organisationsPer100k?: number;
  projectsPer100k?: number;
  fundingEurPer100k?: number;
}

export function computeMetrics(
  data: FilteredData,
  municipalities: readonly MunicipalityInfo[],
  { countCountryWide = false }: { countCountryWide?: boolean } = {},
): Map<string, MunicipalityMetrics> {
  const acc = new Map(
    municipalities.map((m) => [
      m.id,
      {
        organisations: 0,
        projects: 0,
        countryWide: 0,
        funding: 0,
        fundingKnown: 0,
        fundingUnknown: 0,
        donors: new Set<string>(),
      },
    ]),
  );
  const byCountry = new Map<CountryCode, string[]>();
  for (const m of municipalities) {
    const ids = byCountry.get(m.country);
    if (ids) ids.push(m.id);
    else byCountry.set(m.country, [m.id]);
  }

  for (const o of data.organisations) {
    const entry = o.municipalityId ? acc.get(o.municipalityId) : undefined;
    if (entry) entry.organisations++;
  }
  for (const p of data.projects) {
    const targets = p.targetMunicipalities;
    const named = (targets.length > 1 ? [...new Set(targets)] : targets).filter((id) => acc.has(id));
    const eur = projectFundingEur(p);
    for (const id of named) {
      const entry = acc.get(id)!;
      entry.projects++;
      if (eur === undefined) entry.fundingUnknown++;
      else {
        entry.funding += eur / named.length;
        entry.fundingKnown++;
      }
      for (const d of p.donors) entry.donors.add(d);
    }
    if (named.length > 0) continue;
    // A whole-country project: reaches every municipality of its countries.
    for (const country of new Set(p.targetCountries))
      for (const id of byCountry.get(country) ?? []) {
        const entry = acc.get(id)!;
        entry.countryWide++;
        if (countCountryWide) {
          entry.projects++;
          for (const d of p.donors) entry.donors.add(d);
        }
      }
  }

  const result = new Map<string, MunicipalityMetrics>();
  for (const m of municipalities) {
    const a = acc.get(m.id)!;
    const metrics: MunicipalityMetrics = {
      organisations: a.organisations,
      projects: a.projects,
      countryWideProjects: a.countryWide,
      fundingUnknown: a.fundingUnknown,
      donors: a.donors.size,
    };
    const fundingKnown = a.fundingKnown > 0 || a.fundingUnknown === 0;
    if (fundingKnown) metrics.fundingEur = a.funding;
    if (m.population) {
      const per = 100_000 / m.population;
      metrics.organisationsPer100k = a.organisations * per;
      metrics.projectsPer100k = a.projects * per;
      if (fundingKnown) metrics.fundingEurPer100k = a.funding * per;
    }
    result.set(m.id, metrics);
  }
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

/** A metric's value for a municipality; undefined is "no data". */
export function metricValue(metrics: MunicipalityMetrics | undefined, metric: MetricId): number | undefined {
  return metrics?.[metric];
}
