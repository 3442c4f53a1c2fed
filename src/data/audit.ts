/**
 * What a dataset can answer: counts per entity and country, and the share of
 * records carrying what the method needs (a page-specific source, a claim, an
 * accessed date; a project's activity, level, places and period; an
 * organisation's kind and municipality). Pure; `npm run data:audit` prints it
 * and a test holds the shipped dataset to floors.
 */
import type { CountryCode } from "../geo/schema.ts";
import { COUNTRY_CODES } from "../geo/schema.ts";
import { ENTITY_NAMES, type AnyRecord, type Dataset, type EntityName, type Source } from "./schema.ts";

/** A source that names a page, not a site: a path beyond "/" (or a query). */
export function isPageSpecific(source: Source): boolean {
  if (!source.url) return false;
  try {
    const url = new URL(source.url);
    return (url.pathname.replace(/\/+$/, "") !== "" && url.pathname !== "/index.html") || url.search !== "";
  } catch {
    return false;
  }
}

export interface Share {
  count: number;
  of: number;
  /** count / of, 0–1; 1 when there is nothing to count. */
  share: number;
}
const share = (count: number, of: number): Share => ({ count, of, share: of === 0 ? 1 : count / of });

export interface Audit {
  counts: Record<EntityName, number>;
  organisationsByCountry: Record<CountryCode, number>;
  projectsByCountry: Record<CountryCode, number>;
  /** Of the projects reaching each country, those that name at least one of its municipalities. */
  projectsNamingMunicipalityByCountry: Record<CountryCode, number>;
  /** Organisations by kind (absent: "unknown"). */
  organisationKinds: Record<string, number>;
  sources: Record<EntityName, { pageSpecific: Share; claim: Share; accessed: Share }>;
  projects: {
    activityType: Share;
    level: Share;
    municipalityOrRegion: Share;
    period: Share;
    /** Of the projects with an amount: those whose amount says what it is (always, in schema 2). */
    fundingKind: Share;
    grants: number;
  };
  organisations: { kind: Share; municipality: Share };
  places: { year: Share; byForm: Record<string, number> };
  synthetic: number;
}

function sourceShares(records: readonly AnyRecord[]) {
  const every = (test: (s: Source) => boolean) =>
    share(records.filter((r) => r.sources.every(test)).length, records.length);
  return {
    pageSpecific: every(isPageSpecific),
    claim: every((s) => s.claim !== undefined),
    accessed: every((s) => s.accessed !== undefined),
  };
}

export function auditDataset(dataset: Dataset, countryOf: (municipalityId: string) => CountryCode | undefined): Audit {
  const zero = () => Object.fromEntries(COUNTRY_CODES.map((c) => [c, 0])) as Record<CountryCode, number>;
  const organisationsByCountry = zero();
  for (const o of dataset.organisations)
    if (o.country && o.country in organisationsByCountry) organisationsByCountry[o.country as CountryCode]++;
  const projectsByCountry = zero();
  const projectsNamingMunicipalityByCountry = zero();
  const regionCountry = new Map(dataset.regions.map((r) => [r.id, r.country]));
  for (const p of dataset.projects) {
    const countries = new Set<CountryCode>(p.targetCountries);
    const named = new Set<CountryCode>();
    for (const m of p.targetMunicipalities) {
      const c = countryOf(m);
      if (c) countries.add(c);
      if (c) named.add(c);
    }
    for (const c of named) projectsNamingMunicipalityByCountry[c]++;
    for (const r of p.targetRegions) {
      const c = regionCountry.get(r);
      if (c) countries.add(c);
    }
    for (const c of countries) projectsByCountry[c]++;
  }
  const organisationKinds: Record<string, number> = {};
  for (const o of dataset.organisations)
    organisationKinds[o.kind ?? "unknown"] = (organisationKinds[o.kind ?? "unknown"] ?? 0) + 1;
  const byForm: Record<string, number> = {};
  for (const p of dataset.places) {
    const forms = [...p.extremismForms, ...(p.ocTopics.length > 0 ? ["organised-crime"] : [])];
    for (const f of forms.length > 0 ? forms : ["none"]) byForm[f] = (byForm[f] ?? 0) + 1;
  }
  const ps = dataset.projects;
  const funded = ps.filter((p) => p.funding);
  const all = ENTITY_NAMES.flatMap((e) => dataset[e] as AnyRecord[]);
  return {
    counts: Object.fromEntries(ENTITY_NAMES.map((e) => [e, dataset[e].length])) as Record<EntityName, number>,
    organisationsByCountry,
    projectsByCountry,
    projectsNamingMunicipalityByCountry,
    organisationKinds,
    sources: Object.fromEntries(
      ENTITY_NAMES.map((e) => [e, sourceShares(dataset[e] as AnyRecord[])]),
    ) as Audit["sources"],
    projects: {
      activityType: share(ps.filter((p) => p.activityTypes.length > 0).length, ps.length),
      level: share(ps.filter((p) => p.levels.length > 0).length, ps.length),
      municipalityOrRegion: share(
        ps.filter((p) => p.targetMunicipalities.length + p.targetRegions.length > 0).length,
        ps.length,
      ),
      period: share(ps.filter((p) => p.start !== undefined || p.end !== undefined).length, ps.length),
      fundingKind: share(funded.filter((p) => p.funding?.kind !== undefined).length, funded.length),
      grants: funded.filter((p) => p.funding?.kind === "grant").length,
    },
    organisations: {
      kind: share(dataset.organisations.filter((o) => o.kind).length, dataset.organisations.length),
      municipality: share(dataset.organisations.filter((o) => o.municipalityId).length, dataset.organisations.length),
    },
    places: { year: share(dataset.places.filter((p) => p.year !== undefined).length, dataset.places.length), byForm },
    synthetic: all.filter((r) => r.synthetic).length + (dataset.synthetic ? 1 : 0),
  };
}
