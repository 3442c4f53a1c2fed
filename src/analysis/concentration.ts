/**
 * How concentrated a donor's work is across municipalities. Pure.
 *
 * Each project counts once for every municipality it names (whole-country
 * projects are counted apart); funding is split equally over them, in EUR.
 * - top5Share: share of the project–municipality links in the five
 *   municipalities with most;
 * - hhi: Herfindahl–Hirschman index of those shares, 0–10,000 (10,000: all
 *   in one municipality; 1,500 and 2,500 are the usual "moderately" and
 *   "highly concentrated" thresholds);
 * - reach: municipalities and countries with at least one project.
 */
import type { Project } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";
import { projectFundingEur } from "./currency.ts";
import { NO_FILTERS, passingProjects, type Filters, type ProjectIndex } from "./filters.ts";

export interface Concentration {
  projects: number;
  wholeCountryProjects: number;
  municipalities: number;
  countries: number;
  top5Share?: number;
  hhi?: number;
  fundingEur: number;
  top5FundingShare?: number;
  top: Array<{ id: string; projects: number; fundingEur: number }>;
}

export function concentration(
  projects: readonly Project[],
  countryOf: (municipalityId: string) => CountryCode | undefined,
): Concentration {
  const links = new Map<string, { projects: number; fundingEur: number }>();
  const countries = new Set<string>();
  let wholeCountry = 0;
  let fundingTotal = 0;
  for (const p of projects) {
    const targets = p.targetMunicipalities;
    const named = targets.length > 1 ? [...new Set(targets)] : targets;
    for (const c of p.targetCountries) countries.add(c);
    if (named.length === 0) {
      wholeCountry++;
      continue;
    }
    const eur = projectFundingEur(p);
    if (eur !== undefined) fundingTotal += eur;
    for (const id of named) {
      const entry = links.get(id) ?? { projects: 0, fundingEur: 0 };
      entry.projects++;
      if (eur !== undefined) entry.fundingEur += eur / named.length;
      links.set(id, entry);
      const country = countryOf(id);
      if (country) countries.add(country);
    }
  }
  const ranked = [...links]
    .map(([id, v]) => ({ id, ...v }))
    .sort((a, b) => b.projects - a.projects || b.fundingEur - a.fundingEur || a.id.localeCompare(b.id));
  const totalLinks = ranked.reduce((n, r) => n + r.projects, 0);
  const top = ranked.slice(0, 5);
  const byFunding = [...ranked].sort((a, b) => b.fundingEur - a.fundingEur);
  const result: Concentration = {
    projects: projects.length,
    wholeCountryProjects: wholeCountry,
    municipalities: ranked.length,
    countries: countries.size,
    fundingEur: fundingTotal,
    top,
  };
  if (totalLinks > 0) {
    result.top5Share = top.reduce((n, r) => n + r.projects, 0) / totalLinks;
    result.hhi = ranked.reduce((n, r) => n + ((100 * r.projects) / totalLinks) ** 2, 0);
  }
  if (fundingTotal > 0)
    result.top5FundingShare = byFunding.slice(0, 5).reduce((n, r) => n + r.fundingEur, 0) / fundingTotal;
  return result;
}

/** One column of the comparison: the chosen donor(s), or all donors together. */
export interface ConcentrationColumn {
  /** A donor's id for "donor"; "selected" and "all" otherwise. */
  key: string;
  kind: "donor" | "selected" | "all";
  donors: readonly string[];
  value: Concentration;
}

/** The filters other than the donor filter, as a string: two filter states with the same key leave the same projects before donors are picked. */
export function otherFiltersKey(filters: Filters): string {
  return JSON.stringify({ ...filters, donors: [] });
}

/** The projects the comparison starts from: the positions in `index` of those passing every filter but the donor filter. */
export function comparisonBase(filters: Filters, index: ProjectIndex): Int32Array {
  return passingProjects({ ...filters, donors: [] }, index);
}

/**
 * The columns for the chosen donors: each on its own when there are one or
 * two (side by side), all chosen together when more; from `base`, the
 * projects under the other filters (the "all donors" column is
 * `concentration` of all of `base`, kept apart so it is not recomputed for
 * every donor change).
 */
export function donorColumns(
  index: ProjectIndex,
  base: Int32Array,
  donors: readonly string[],
  countryOf: (municipalityId: string) => CountryCode | undefined,
): ConcentrationColumn[] {
  const of = (chosen: readonly string[]) => {
    const picked = passingProjects({ ...NO_FILTERS, donors: chosen }, index, base);
    return concentration(
      Array.from(picked, (i) => index.projects[i]!),
      countryOf,
    );
  };
  return donors.length <= 2
    ? donors.map((d) => ({ key: d, kind: "donor" as const, donors: [d], value: of([d]) }))
    : [{ key: "selected", kind: "selected" as const, donors, value: of(donors) }];
}
