// @vitest-environment node
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Indicator, IndicatorValue, Project } from "../data/schema.ts";
import { aProject, cited } from "../../test/unit/records.ts";
import { changeOf, changeView, orderPeriods } from "./change.ts";
import { compareEditions, defaultEditionPair, editionYears } from "./editions.ts";
import {
  activityIn,
  defaultPeriods,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  yearBounds,
  yearExtent,
} from "./periods.ts";

const project = aProject;

const early = { from: 2016, to: 2018 };
const late = { from: 2021, to: 2023 };
const activity = (extra: Partial<Project>, period: { from: number; to: number }) =>
  activityIn(yearBounds(project("p", extra)), period);

describe("periods", () => {
  test("parse and format the URL's form; anything else is refused", () => {
    expect(parsePeriod("2016-2018")).toEqual(early);
    expect(parsePeriod("2021")).toEqual({ from: 2021, to: 2021 });
    for (const bad of ["2018-2016", "16-18", "2016–2018", "1800", "2016-", "x"])
      expect(parsePeriod(bad)).toBeUndefined();
    expect(formatPeriod({ from: 2021, to: 2021 })).toBe("2021");
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 20 }), (from, width) => {
        const p = { from, to: Math.min(2100, from + width) };
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });

  test("a project is active only where its known years certainly meet the period", () => {
    expect(activity({ start: "2017", end: "2022" }, early)).toBe("active");
    expect(activity({ start: "2019", end: "2020" }, early)).toBe("inactive");
    // A start only: active in the year it started, unknown after (it may have ended), inactive before.
    expect(activity({ start: "2017" }, early)).toBe("active");
    expect(activity({ start: "2017" }, late)).toBe("unknown");
    expect(activity({ start: "2022" }, early)).toBe("inactive");
    // An end only: the mirror image.
    expect(activity({ end: "2022" }, late)).toBe("active");
    expect(activity({ end: "2022" }, early)).toBe("unknown");
    expect(activity({ end: "2015" }, early)).toBe("inactive");
    // No dates: unknown everywhere.
    expect(activity({}, early)).toBe("unknown");
  });

  test("the status as of the last check bounds a missing date", () => {
    // Ongoing when checked in 2026, started 2017: at work through 2026.
    expect(activity({ start: "2017", status: "ongoing", lastVerified: "2026-01-01" }, late)).toBe("active");
    // Completed by 2020 at the latest: not at work in 2021–2023.
    expect(activity({ start: "2017", status: "completed", lastVerified: "2020-05-01" }, late)).toBe("inactive");
    // Completed, checked in 2026: it may or may not have run into 2021.
    expect(activity({ start: "2017", status: "completed", lastVerified: "2026-01-01" }, late)).toBe("unknown");
    // Planned in 2026: not started before.
    expect(activity({ status: "planned", lastVerified: "2026-01-01" }, late)).toBe("inactive");
  });

  test("playback steps a window of the same width and wraps round the extent", () => {
    const extent = { from: 2010, to: 2020 };
    expect(nextPeriod({}, extent)).toEqual({ from: 2010, to: 2010 });
    expect(nextPeriod({ from: 2012, to: 2014 }, extent)).toEqual({ from: 2013, to: 2015 });
    expect(nextPeriod({ from: 2020, to: 2022 }, extent)).toEqual({ from: 2010, to: 2012 });
    expect(nextPeriod({ from: 2012, to: 2014 }, extent, -1)).toEqual({ from: 2011, to: 2013 });
    expect(nextPeriod({ from: 2008, to: 2009 }, extent, -1)).toEqual({ from: 2019, to: 2020 });
    expect(yearExtent([project("a", { start: "2012-05" }), project("b", { end: "2019" }), project("c")])).toEqual({
      from: 2012,
      to: 2019,
    });
    expect(yearExtent([project("c")])).toBeUndefined();
  });

  test("the change view opens on the chosen years, or the last three, against as many just before", () => {
    const extent = { from: 2004, to: 2030 };
    expect(defaultPeriods(extent, {}, 2026)).toEqual({
      earlier: { from: 2021, to: 2023 },
      later: { from: 2024, to: 2026 },
    });
    expect(defaultPeriods(extent, { from: 2019, to: 2020 }, 2026)).toEqual({
      earlier: { from: 2017, to: 2018 },
      later: { from: 2019, to: 2020 },
    });
    // Data that ends before this year: its last three years.
    expect(defaultPeriods({ from: 2004, to: 2022 }, {}, 2026).later).toEqual({ from: 2020, to: 2022 });
  });
});

describe("change between two periods", () => {
  test("each project by what it did, only as sure as its dates", () => {
    expect(changeOf("inactive", "active")).toBe("started");
    expect(changeOf("active", "inactive")).toBe("ended");
    expect(changeOf("active", "active")).toBe("continued");
    expect(changeOf("inactive", "inactive")).toBe("neither");
    expect(changeOf("active", "unknown")).toBe("unclear");
    expect(orderPeriods(late, early)).toEqual([early, late]);
  });

  test("municipalities: started, ended, continued, none, and unclear where an open date could change the call", () => {
    const projects = [
      project("ended", { start: "2016", end: "2018", targetMunicipalities: ["m1"], leadOrganisations: ["o1"] }),
      project("started", { start: "2021", end: "2022", targetMunicipalities: ["m2", "m3"], leadOrganisations: ["o1"] }),
      project("both", { start: "2015", end: "2024", targetMunicipalities: ["m3"], partnerOrganisations: ["o2"] }),
      project("open", { start: "2017", targetMunicipalities: ["m4"] }),
      project("country", { start: "2021", end: "2021", targetCountries: ["AL"] }),
    ];
    // Given in the wrong order: the earlier period is still the earlier.
    const v = changeView(projects, ["m1", "m2", "m3", "m4", "m5"], late, early);
    expect(v.earlier).toEqual(early);
    const cat = (id: string) => v.municipalities.get(id)!.category;
    expect([cat("m1"), cat("m2"), cat("m3"), cat("m4"), cat("m5")]).toEqual([
      "ended",
      "started",
      "continued",
      "unclear",
      "none",
    ]);
    expect(v.areas).toEqual({ started: 1, ended: 1, continued: 1, unclear: 1, none: 1 });
    expect(v.totals).toEqual({ started: 2, ended: 1, continued: 1, neither: 0, unclear: 1 });
    expect(v.notPlaced).toEqual({ started: 1, ended: 0, continued: 0, neither: 0, unclear: 0 });
    // m3: one project started, one continued; organisation o1 started there, o2 continued.
    const m3 = v.municipalities.get("m3")!;
    expect(m3.projects.started).toBe(1);
    expect(m3.projects.continued).toBe(1);
    expect(m3.organisations).toMatchObject({ started: 1, continued: 1 });
    expect(m3.earlier.active).toBe(1);
    expect(m3.later.active).toBe(2);
  });

  test("funding per period: grants of projects at work, split over their municipalities; none known is no data", () => {
    const grant = (amount: number): Partial<Project> => ({ funding: { amount, currency: "EUR", kind: "grant" } });
    const projects = [
      project("a", { start: "2016", end: "2022", targetMunicipalities: ["m1", "m2"], ...grant(1000) }),
      project("b", { start: "2021", end: "2021", targetMunicipalities: ["m1"] }),
    ];
    const v = changeView(projects, ["m1", "m2", "m9"], early, late);
    const m1 = v.municipalities.get("m1")!;
    expect(m1.earlier.fundingEur).toBe(500);
    expect(m1.later).toMatchObject({ active: 2, fundingEur: 500, fundingUnknown: 1 });
    // No project at all: no funding to add up, and nothing unknown either.
    expect(v.municipalities.get("m9")!.later).toMatchObject({ active: 0, fundingEur: undefined, fundingUnknown: 0 });
    const onlyUnknown = changeView([projects[1]!], ["m1"], early, late).municipalities.get("m1")!;
    expect(onlyUnknown.later.fundingEur).toBeUndefined();
    expect(onlyUnknown.later.fundingUnknown).toBe(1);
  });
});

describe("index editions compared", () => {
  const indicator: Indicator = {
    id: "oci-criminality",
    label: { en: "Criminality" },
    unit: "score",
    direction: "higher-is-worse",
    level: "country",
    ...cited,
  } as Indicator;
  const value = (country: "AL" | "BA" | "ME" | "RS", year: number, v: number): IndicatorValue =>
    ({ indicator: indicator.id, country, year, value: v, ...cited }) as IndicatorValue;
  const values = [value("AL", 2021, 5.63), value("AL", 2023, 5.17), value("BA", 2021, 5.15), value("BA", 2023, 5.3)];
  values.push(value("ME", 2023, 5.9), value("RS", 2021, 6.2), value("RS", 2023, 6.2));

  test("only countries with both editions are compared, in the indicator's direction", () => {
    expect(editionYears(indicator, values)).toEqual([2021, 2023]);
    const c = compareEditions(indicator, values, 2021, 2023);
    const by = Object.fromEntries(c.countries.map((x) => [x.country, x]));
    expect(by.AL).toMatchObject({ delta: -0.46, move: "better" });
    expect(by.BA).toMatchObject({ delta: 0.15, move: "worse" });
    expect(by.ME!.move).toBe("no-data");
    expect(by.ME!.delta).toBeUndefined();
    expect(by.RS!.move).toBe("same");
    const better = compareEditions({ ...indicator, direction: "higher-is-better" }, values, 2021, 2023);
    expect(better.countries[0]!.move).toBe("worse");
    const neutral = compareEditions({ ...indicator, direction: "neutral" }, values, 2021, 2023);
    expect(neutral.countries.map((x) => x.move)).toEqual(["fell", "rose", "no-data", "same"]);
  });

  test("opens on the consecutive editions most countries have both of", () => {
    const more = [...values, value("ME", 2025, 5.8), value("RS", 2025, 6.1)];
    // 2021→2023: AL, BA, RS; 2023→2025: ME, RS.
    expect(defaultEditionPair(indicator, more)).toEqual([2021, 2023]);
    expect(defaultEditionPair(indicator, [value("AL", 2021, 5)])).toBeUndefined();
  });

  test("a value given as a range is not compared", () => {
    const ranged = [value("AL", 2021, 5), { ...value("AL", 2023, 5), valueMax: 6 }];
    expect(compareEditions(indicator, ranged, 2021, 2023).countries[0]!.move).toBe("no-data");
  });
});

describe("the change view as CSV", () => {
  test("one row per municipality with the figures behind its colour; unknown funding is empty, never 0", async () => {
    const { changeCells } = await import("./changeExport.ts");
    const v = changeView(
      [project("a", { start: "2016", end: "2017", targetMunicipalities: ["m2"] })],
      ["m1", "m2"],
      early,
      late,
    );
    const rows = changeCells(
      v,
      { municipality: (id) => (id === "m1" ? "Zeta" : "=Alpha"), country: () => "AL" },
      {
        source: "WB Radar",
        url: "https://example.org/?change=2016-2018,2021-2023",
        date: "2026-11-26",
      },
    );
    expect(String(rows[0]![0])).toContain("Earlier: 2016–2018. Later: 2021–2023.");
    const header = rows[1]!;
    const byName = (name: string) => {
      const row = rows.find((r) => r[1] === name)!;
      return Object.fromEntries(header.map((h, i) => [h, row[i]]));
    };
    // Sorted by name, and a name that looks like a formula is guarded.
    expect(rows[2]![1]).toBe("'=Alpha");
    expect(byName("'=Alpha")).toMatchObject({ category: "ended", projects_earlier_active: 1, projects_ended: 1 });
    expect(byName("'=Alpha").funding_eur_earlier).toBe("");
    expect(byName("Zeta")).toMatchObject({ category: "none", projects_later_active: 0, funding_eur_later: "" });
  });
});
