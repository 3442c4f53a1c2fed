// @vitest-environment node
import { describe, expect, test } from "vitest";
import { emptyDataset, type Dataset, type Project } from "../data/schema.ts";
import { ALL_ZERO_COLOR, classify, classOf, PALETTES } from "./classify.ts";
import { fundingInEur } from "./currency.ts";
import { applyFilters, facetCounts, indexProjects, isFiltering, NO_FILTERS } from "./filters.ts";
import { combinedMetrics, computeMetrics, type MunicipalityInfo } from "./metrics.ts";
import { aProject } from "../../test/unit/records.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported" as const, lastVerified: "2026-11-01" };
const project = (id: string, fields: Partial<Project> = {}): Project => aProject(id, { ...cited, ...fields });
const municipalities: MunicipalityInfo[] = [
  { id: "m1", country: "XK", population: 50_000 },
  { id: "m2", country: "XK" },
  { id: "m3", country: "AL", population: 200_000 },
];
const countryOf = (id: string) => municipalities.find((m) => m.id === id)?.country;
const dataset: Dataset = {
  ...emptyDataset(),
  organisations: [
    {
      id: "o1",
      name: { en: "O1" },
      kind: "youth",
      country: "XK",
      municipalityId: "m1",
      locationPrecision: "municipality",
      focusAreas: ["education"],
      networks: [],
      ...cited,
    },
    {
      id: "o2",
      name: { en: "O2" },
      kind: "women",
      country: "AL",
      municipalityId: "m3",
      locationPrecision: "municipality",
      focusAreas: [],
      networks: [],
      ...cited,
    },
  ],
  projects: [
    project("p1", {
      donors: ["d1"],
      leadOrganisations: ["o1"],
      targetMunicipalities: ["m1", "m2"],
      start: "2019",
      end: "2021",
      funding: { amount: 100_000, currency: "EUR", kind: "grant" },
      activityTypes: ["education"],
      levels: ["prevention"],
    }),
    project("p2", {
      donors: ["d2"],
      leadOrganisations: ["o2"],
      targetMunicipalities: ["m1"],
      start: "2023",
      funding: { amount: 1_081_300, currency: "USD", kind: "grant", year: 2023 },
      extremismForms: ["right-wing"],
    }),
    project("p3", { donors: ["d1"], targetCountries: ["XK"], start: "2015" }),
    project("p4", { donors: ["d3"], targetMunicipalities: ["m3"] }),
  ],
};

describe("funding in euros", () => {
  test("EUR as it is, USD at the ECB annual average of its year, nearest year outside the table", () => {
    expect(fundingInEur({ amount: 100, currency: "EUR", kind: "grant" })).toBe(100);
    expect(fundingInEur({ amount: 1081.3, currency: "USD", kind: "grant", year: 2023 })).toBeCloseTo(1000, 6);
    expect(fundingInEur({ amount: 1082.4, currency: "USD", kind: "grant", year: 2031 })).toBeCloseTo(1000, 6);
    expect(fundingInEur({ amount: 1000, currency: "USD", kind: "grant" }, 2019)).toBeCloseTo(1000 / 1.1195, 6);
  });
  test("a currency without a rate is not converted", () => {
    expect(fundingInEur({ amount: 100, currency: "NOK", kind: "grant" })).toBeUndefined();
  });
});

describe("filters", () => {
  const ids = (f: Partial<typeof NO_FILTERS>) =>
    applyFilters(dataset, { ...NO_FILTERS, ...f }, indexProjects(dataset, countryOf));
  test("no filter keeps everything", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(ids({}).projects).toHaveLength(4);
  });
  test("options within a filter are alternatives, filters combine", () => {
    expect(ids({ donors: ["d1"] }).projects.map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(ids({ donors: ["d1", "d2"] }).projects.map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
    expect(ids({ donors: ["d1"], countries: ["AL"] }).projects).toEqual([]);
    expect(ids({ forms: ["right-wing"] }).projects.map((p) => p.id)).toEqual(["p2"]);
    expect(ids({ kinds: ["women"] }).projects.map((p) => p.id)).toEqual(["p2"]);
    expect(ids({ kinds: ["women"] }).organisations.map((o) => o.id)).toEqual(["o2"]);
  });
  test("country matches named municipalities and whole-country targets", () => {
    expect(ids({ countries: ["XK"] }).projects.map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
  });
  test("a year range keeps overlapping periods and drops undated projects", () => {
    expect(ids({ from: 2020, to: 2022 }).projects.map((p) => p.id)).toEqual(["p1"]);
    expect(ids({ from: 2023 }).projects.map((p) => p.id)).toEqual(["p2"]);
  });
  test("a project filter keeps only organisations working on remaining projects", () => {
    expect(ids({ donors: ["d2"] }).organisations.map((o) => o.id)).toEqual(["o2"]);
  });
});

describe("municipality metrics", () => {
  const all = applyFilters(dataset, NO_FILTERS, indexProjects(dataset, countryOf));
  const metrics = computeMetrics(all, municipalities);
  test("counts, funding split over targets, donors, whole-country projects apart", () => {
    expect(metrics.get("m1")).toMatchObject({ organisations: 1, projects: 2, countryWideProjects: 1, donors: 2 });
    expect(metrics.get("m1")!.fundingEur).toBeCloseTo(50_000 + 1_000_000, 3);
    expect(metrics.get("m2")).toMatchObject({ organisations: 0, projects: 1, fundingEur: 50_000 });
    // m3's only project has no amount: its funding is unknown, not 0
    expect(metrics.get("m3")).toMatchObject({ projects: 1, fundingUnknown: 1 });
    expect(metrics.get("m3")!.fundingEur).toBeUndefined();
    expect(metrics.get("m3")!.fundingEurPer100k).toBeUndefined();
  });
  test("per 100,000 only where the population is known: no data, never 0", () => {
    expect(metrics.get("m1")!.projectsPer100k).toBe(4);
    expect(metrics.get("m2")!.projectsPer100k).toBeUndefined();
    expect(metrics.get("m3")!.organisationsPer100k).toBe(0.5);
  });
  test("several municipalities together: a project naming two counts once, funding adds up", () => {
    const both = combinedMetrics(all, metrics, municipalities.slice(0, 2));
    // p1 names m1 and m2 (counted once), p2 names m1; p3 covers the whole country
    expect(both).toMatchObject({ organisations: 1, projects: 2, donors: 2, countryWideProjects: 1, fundingUnknown: 0 });
    expect(both!.fundingEur).toBeCloseTo(metrics.get("m1")!.fundingEur! + metrics.get("m2")!.fundingEur!, 6);
    // m2's population is unknown: no per-capita figure for the pair
    expect(both!.projectsPer100k).toBeUndefined();
    // with whole-country projects counted, p3 joins once
    expect(combinedMetrics(all, metrics, municipalities.slice(0, 2), { countCountryWide: true })).toMatchObject({
      projects: 3,
      donors: 2,
    });
    expect(combinedMetrics(all, metrics, [])).toBeUndefined();
  });
  test("a project naming a region reaches its municipalities as a region: counted apart, never as named", () => {
    const regional = { ...dataset, projects: [project("r", { targetRegions: ["r1"], targetCountries: ["XK"] })] };
    const data = applyFilters(regional, NO_FILTERS, indexProjects(regional, countryOf));
    const regions = new Map([["r1", ["m1", "m2"]]]);
    const byRegion = computeMetrics(data, municipalities, { regions });
    expect(byRegion.get("m1")).toMatchObject({ projects: 0, regionProjects: 1, countryWideProjects: 0 });
    expect(byRegion.get("m2")).toMatchObject({ projects: 0, regionProjects: 1 });
    expect(byRegion.get("m3")).toMatchObject({ regionProjects: 0, countryWideProjects: 0 });
    expect(combinedMetrics(data, byRegion, municipalities.slice(0, 2), { regions })).toMatchObject({
      projects: 0,
      regionProjects: 1,
    });
  });
  test("whole-country projects count for every municipality when chosen", () => {
    const counted = computeMetrics(all, municipalities, { countCountryWide: true });
    expect(counted.get("m2")).toMatchObject({ projects: 2, donors: 1 });
    expect(counted.get("m3")!.projects).toBe(1);
  });
});

describe("classification", () => {
  const values = [0, 0, 1, 2, 3, 5, 8, 13, 21, 34, undefined];
  test("quantile, equal interval and natural breaks end at the maximum", () => {
    for (const method of ["quantile", "equal", "natural"] as const) {
      const c = classify(values, method, 5)!;
      expect(c.min).toBe(0);
      expect(c.upper[c.upper.length - 1]).toBe(34);
      expect(c.colors).toHaveLength(c.upper.length);
      expect([...c.upper].sort((a, b) => a - b)).toEqual(c.upper);
    }
    // zero is its own class; the other four divide 1..34
    expect(classify(values, "equal", 5)!.upper).toEqual([0, 9, 17, 25, 34]);
    expect(classify([0, 0.5, 1.5, 2.5], "equal", 3)!.upper).toEqual([0, 1.5, 2.5]);
    expect(classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "equal", 5)!.upper).toEqual([2, 4, 6, 8, 10]);
    expect(classify([0.1, 0.2, 1.1, 1.2], "equal", 3)!.upper).toEqual(
      [0.4667, 0.8333, 1.2].map((n, i) => (i === 2 ? n : expect.closeTo(n, 3))),
    );
  });
  test("no data is never a class; few distinct values give few classes; nothing gives none", () => {
    const c = classify(values, "quantile", 5)!;
    expect(classOf(c, undefined)).toBeUndefined();
    expect(classOf(c, 0)).toBe(0);
    expect(classOf(c, 34)).toBe(c.upper.length - 1);
    expect(classify([1, 1, 2], "natural", 7)!.upper).toEqual([1, 2]);
    expect(classify([0, 0, 0], "natural", 5)!.upper).toEqual([0]);
  });
  test("zero is always the lightest colour; an all-zero map is neutral, never the darkest class", () => {
    const allZero = classify([0, 0, 0, undefined], "quantile", 5)!;
    expect(allZero).toMatchObject({ upper: [0], colors: [ALL_ZERO_COLOR], allZero: true });
    const withZero = classify([0, 0, 1, 2, 3, 5, 8], "quantile", 5)!;
    expect(withZero.colors[0]).toBe(PALETTES.blues[withZero.upper.length]![0]);
    // a single positive value after zero: zero light, the value darker
    const two = classify([0, 4], "quantile", 5)!;
    expect(two.upper).toEqual([0, 4]);
    expect(two.colors[0]).toBe(PALETTES.blues[3]![0]);
    expect(two.colors[1]).not.toBe(two.colors[0]);
    expect(classify([undefined, undefined], "quantile", 5)).toBeUndefined();
  });
});

describe("facet counts", () => {
  test("each option counts the projects it would match under the other filters", () => {
    const counts = facetCounts(indexProjects(dataset, countryOf), { ...NO_FILTERS, donors: ["d1"], countries: ["XK"] });
    // donors ignore the donor choice but keep the country filter
    expect(Object.fromEntries(counts.donors)).toEqual({ d1: 2, d2: 1 });
    // countries ignore the country choice but keep the donor filter
    expect(Object.fromEntries(counts.countries)).toEqual({ XK: 2 });
    expect(Object.fromEntries(counts.levels)).toEqual({ prevention: 1 });
  });
});

describe("donor concentration", () => {
  test("top-5 share, HHI, reach and funding share", async () => {
    const { concentration } = await import("./concentration.ts");
    const c = concentration(dataset.projects, countryOf);
    // links: m1 ×2 (p1, p2), m2 ×1 (p1), m3 ×1 (p4); p3 is whole-country
    expect(c).toMatchObject({ projects: 4, wholeCountryProjects: 1, municipalities: 3, countries: 2 });
    expect(c.top5Share).toBe(1);
    expect(c.hhi).toBeCloseTo(50 ** 2 + 25 ** 2 + 25 ** 2, 6);
    expect(c.top.map((t) => t.id)).toEqual(["m1", "m2", "m3"]);
    expect(c.fundingEur).toBeCloseTo(100_000 + 1_000_000, 3);
  });
  test("one municipality is the most concentrated; no projects give no index", async () => {
    const { concentration } = await import("./concentration.ts");
    expect(concentration([project("x", { targetMunicipalities: ["m3"] })], countryOf).hhi).toBe(10_000);
    const none = concentration([], countryOf);
    expect(none.hhi).toBeUndefined();
    expect(none.top5Share).toBeUndefined();
  });
  test("donor comparison: each donor under the other filters", async () => {
    const { concentration, comparisonBase, donorColumns, otherFiltersKey } = await import("./concentration.ts");
    const index = indexProjects(dataset, countryOf);
    const donors = [...new Set(dataset.projects.flatMap((p) => p.donors))];
    expect(donors.length).toBeGreaterThan(1);
    const filters = { ...NO_FILTERS, donors: donors.slice(0, 2), countries: ["XK" as const] };
    const base = comparisonBase(filters, index);
    expect(Array.from(base, (i) => index.projects[i])).toEqual(
      applyFilters(dataset, { ...filters, donors: [] }, index).projects,
    );
    const columns = donorColumns(index, base, filters.donors, countryOf);
    expect(columns.map((c) => c.kind)).toEqual(["donor", "donor"]);
    for (const column of columns)
      expect(column.value).toEqual(
        concentration(applyFilters(dataset, { ...filters, donors: column.donors }, index).projects, countryOf),
      );
    expect(donorColumns(index, base, ["a", "b", "c"], countryOf).map((c) => c.kind)).toEqual(["selected"]);
    // The donor filter does not change the base; any other filter does.
    expect(otherFiltersKey(filters)).toBe(otherFiltersKey({ ...filters, donors: ["x"] }));
    expect(otherFiltersKey(filters)).not.toBe(otherFiltersKey({ ...filters, from: 2020 }));
  });
});

describe("ranks", () => {
  test("highest first, ties share a rank and are joint, zero and no data are not ranked", async () => {
    const { ranks } = await import("./rank.ts");
    const r = ranks(
      new Map([
        ["a", 5],
        ["b", 9],
        ["c", 5],
        ["d", undefined],
        ["e", 0],
      ]),
    );
    expect(Object.fromEntries(r)).toEqual({
      b: { rank: 1, of: 3, joint: false },
      a: { rank: 2, of: 3, joint: true },
      c: { rank: 2, of: 3, joint: true },
    });
  });
});

describe("bivariate need × coverage", () => {
  const resilience = {
    id: "r",
    label: { en: "Resilience" },
    unit: "score",
    direction: "higher-is-better" as const,
    level: "country" as const,
    ...cited,
  };

  test("country indicators apply to their municipalities in one edition; higher-is-better runs the other way", async () => {
    const { needOf } = await import("./bivariate.ts");
    const values = [
      { id: "a", indicator: "r", country: "XK" as const, year: 2021, value: 4, ...cited },
      { id: "b", indicator: "r", country: "XK" as const, year: 2023, value: 5, ...cited },
      { id: "c", indicator: "other", country: "AL" as const, year: 2023, value: 9, ...cited },
    ];
    const need = needOf(resilience, values, municipalities)!;
    expect(Object.fromEntries(need.perMunicipality)).toEqual({ m1: -5, m2: -5 });
    // classes split the one country, not its municipalities
    expect(Object.fromEntries(need.units)).toEqual({ XK: -5 });
    expect(need.edition).toEqual({ year: 2023, countries: ["XK"], missing: [] });
  });

  test("editions are never mixed: the latest year all countries share, else the fullest, naming who is missing", async () => {
    const { countryEdition } = await import("./indicators.ts");
    const value = (country: "AL" | "BA" | "RS", year: number) => ({
      id: `${country}${year}`,
      indicator: "r",
      country,
      year,
      value: 1,
      ...cited,
    });
    // Serbia's 2025 score is not compared with the others' 2023 scores
    expect(
      countryEdition(resilience, [value("AL", 2023), value("BA", 2023), value("RS", 2023), value("RS", 2025)]),
    ).toEqual({ year: 2023, countries: ["AL", "BA", "RS"], missing: [] });
    expect(countryEdition(resilience, [value("AL", 2023), value("BA", 2021), value("RS", 2021)])).toEqual({
      year: 2021,
      countries: ["BA", "RS"],
      missing: ["AL"],
    });
  });

  test("a country-level count of people is refused as need", async () => {
    const { needOf } = await import("./bivariate.ts");
    const travellers = { ...resilience, id: "t", unit: "people", direction: "higher-is-worse" as const };
    const values = [{ id: "a", indicator: "t", country: "XK" as const, year: 2016, value: 400, ...cited }];
    expect(needOf(travellers, values, municipalities)).toBeNull();
  });

  test("need terciles are taken over the units that measured it", async () => {
    const { bivariateClasses } = await import("./bivariate.ts");
    // Four municipalities of a country at 3, one of another at 1, one of a third at 2: by country, 3 is the top
    // third; by municipality the many 3s would make the thirds collapse.
    const need = new Map([
      ["a", 3],
      ["b", 3],
      ["c", 3],
      ["d", 3],
      ["e", 1],
      ["f", 2],
    ]);
    const coverage = new Map<string, number | undefined>([...need.keys()].map((k) => [k, 0]));
    const byCountry = bivariateClasses(need, coverage, [3, 1, 2]);
    expect(byCountry.classes.get("e")!.need).toBe(0);
    expect(byCountry.classes.get("f")!.need).toBe(1);
    expect(byCountry.classes.get("a")!.need).toBe(2);
    const byMunicipality = bivariateClasses(need, coverage);
    expect(byMunicipality.classes.get("f")!.need).toBe(0);
  });

  test("3 × 3 classes, no data stays out, and the high-need uncovered list", async () => {
    const { bivariateClasses, highNeedNoCoverage } = await import("./bivariate.ts");
    const need = new Map([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
      ["e", 5],
      ["f", 6],
    ]);
    const coverage = new Map<string, number | undefined>([
      ["a", 0],
      ["b", 1],
      ["c", 5],
      ["d", 0],
      ["e", 2],
      ["f", 0],
      ["g", 3],
    ]);
    const { classes } = bivariateClasses(need, coverage);
    expect(classes.get("a")).toEqual({ need: 0, coverage: 0 });
    expect(classes.get("c")).toEqual({ need: 1, coverage: 2 });
    expect(classes.get("f")).toEqual({ need: 2, coverage: 0 });
    expect(classes.has("g")).toBe(false); // no need value
    expect(highNeedNoCoverage(classes, need)).toEqual(["f"]);
    // named by a cited source, or reached by a region or a country-wide project: not listed
    expect(highNeedNoCoverage(classes, need, (id) => id === "f")).toEqual([]);
  });
});
