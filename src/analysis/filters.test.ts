// @vitest-environment node
/** The indexed filters against a plain reading of the rules, on random datasets and filters. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { emptyDataset, type Dataset, type Project } from "../data/schema.ts";
import { ACTIVITY_TYPES, EXTREMISM_FORMS, LEVELS as LEVEL_TERMS, OC_TOPICS } from "../data/taxonomy.ts";
import type { CountryCode } from "../geo/schema.ts";
import { facetCounts, FACETS, filterProjects, indexProjects, type Facet, type Filters } from "./filters.ts";

const DONORS = ["d1", "d2", "d3"];
const ACTIVITIES = ACTIVITY_TYPES.ids.slice(0, 3);
const LEVELS = LEVEL_TERMS.ids.slice(0, 2);
const FORMS = EXTREMISM_FORMS.ids.slice(0, 2);
const TOPICS = OC_TOPICS.ids.slice(0, 2);
const COUNTRIES: CountryCode[] = ["AL", "XK", "RS"];
const countryOf = (m: string) => ({ m1: "XK", m2: "XK", m3: "AL" })[m] as CountryCode | undefined;

const some = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const projectArb = fc.record({
  donors: fc.array(fc.constantFrom(...DONORS), { maxLength: 3 }),
  activityTypes: some(ACTIVITIES),
  levels: some(LEVELS),
  extremismForms: some(FORMS),
  ocTopics: some(TOPICS),
  targetMunicipalities: some(["m1", "m2", "m3"]),
  targetCountries: some(COUNTRIES),
  years: fc.option(fc.tuple(fc.integer({ min: 2010, max: 2025 }), fc.integer({ min: 0, max: 5 }))),
});
const filtersArb = fc.record({
  donors: some(DONORS),
  activities: some(ACTIVITIES),
  kinds: fc.constant([]),
  levels: some(LEVELS),
  forms: some(FORMS),
  topics: some(TOPICS),
  countries: some(COUNTRIES),
  from: fc.option(fc.integer({ min: 2010, max: 2025 }), { nil: undefined }),
  to: fc.option(fc.integer({ min: 2010, max: 2025 }), { nil: undefined }),
});

type Row = typeof projectArb extends fc.Arbitrary<infer T> ? T : never;

function datasetOf(rows: Row[]): Dataset {
  const projects = rows.map(({ years, ...r }, i): Project => {
    const project: Project = {
      id: `p${i}`,
      title: { en: `p${i}` },
      leadOrganisations: [],
      partnerOrganisations: [],
      targetRegions: [],
      areasAsStated: [],
      ...r,
      sources: [{ citation: "c" }],
      confidence: "reported",
      lastVerified: "2026-11-01",
    };
    if (years) {
      project.start = String(years[0]);
      project.end = String(years[0] + years[1]);
    }
    return project;
  });
  return { ...emptyDataset(), projects };
}

/** The rules as written in filters.ts, without any index. */
function valuesOf(p: Project): Record<Facet, string[]> {
  return {
    donors: p.donors,
    activities: p.activityTypes,
    kinds: [],
    levels: p.levels,
    forms: p.extremismForms,
    topics: p.ocTopics,
    countries: [...new Set([...p.targetCountries, ...p.targetMunicipalities.flatMap((m) => countryOf(m) ?? [])])],
  };
}
function inYears(p: Project, f: Filters) {
  if (f.from === undefined && f.to === undefined) return true;
  if (!p.start) return false;
  return (f.from === undefined || Number(p.end) >= f.from) && (f.to === undefined || Number(p.start) <= f.to);
}
const failing = (p: Project, f: Filters) =>
  FACETS.filter(
    (facet) => f[facet].length > 0 && !valuesOf(p)[facet].some((v) => (f[facet] as readonly string[]).includes(v)),
  );

describe("filters against a plain reading of the rules", () => {
  test("the projects kept", () => {
    fc.assert(
      fc.property(fc.array(projectArb, { maxLength: 30 }), filtersArb, (rows, filters) => {
        const dataset = datasetOf(rows);
        const expected = dataset.projects.filter((p) => inYears(p, filters) && failing(p, filters).length === 0);
        expect(filterProjects(filters, indexProjects(dataset, countryOf))).toEqual(expected);
      }),
    );
  });
  test("the counts beside each option: projects it would match, the facet's own choice aside", () => {
    fc.assert(
      fc.property(fc.array(projectArb, { maxLength: 30 }), filtersArb, (rows, filters) => {
        const dataset = datasetOf(rows);
        const counts = facetCounts(indexProjects(dataset, countryOf), filters);
        for (const facet of FACETS) {
          const expected = new Map<string, number>();
          for (const p of dataset.projects) {
            const failed = failing(p, filters);
            if (!inYears(p, filters) || failed.some((f) => f !== facet)) continue;
            for (const v of new Set(valuesOf(p)[facet])) expected.set(v, (expected.get(v) ?? 0) + 1);
          }
          expect(new Map([...counts[facet]].sort())).toEqual(new Map([...expected].sort()));
        }
      }),
    );
  });
});
