import { describe, expect, test } from "vitest";
import type { MunicipalityMetrics } from "./metrics.ts";
import { cellValue, sortRows, tableRows, type TableRow } from "./table.ts";
import { tableCells, tableGeoJson } from "./tableExport.ts";

const m = (projects: number, extra: Partial<MunicipalityMetrics> = {}): MunicipalityMetrics => ({
  organisations: 0,
  projects,
  countryWideProjects: 0,
  regionProjects: 0,
  fundingUnknown: 0,
  donors: 0,
  ...extra,
});
const municipalities = [
  { id: "a", country: "AL" as const },
  { id: "b", country: "AL" as const },
  { id: "c", country: "XK" as const },
  { id: "d", country: "XK" as const },
];
const metrics = new Map([
  ["a", m(3, { fundingEur: 100 })],
  ["b", m(0)],
  ["c", m(5, { projectsPer100k: 2.5 })],
  ["d", m(3)],
]);
const names: Record<string, string> = { a: "Berat", b: "Durrës", c: "Prizren", d: "Ferizaj" };
const nameOf = (id: string) => names[id]!;
const rows = tableRows({
  municipalities,
  metrics,
  kinds: new Map([["b", "country-wide" as const]]),
  ranks: new Map([
    ["c", { rank: 1, of: 3, joint: false }],
    ["a", { rank: 2, of: 3, joint: true }],
    ["d", { rank: 2, of: 3, joint: true }],
  ]),
  need: new Map([
    ["a", 5.2],
    ["c", 6.1],
  ]),
  gap: new Map([
    ["a", { need: 1, coverage: 2 }],
    ["b", { need: 1, coverage: 0 }],
    ["c", { need: 2, coverage: 2 }],
  ] as const),
  countries: [],
});
const ids = (list: readonly TableRow[]) => list.map((r) => r.id);

describe("table rows", () => {
  test("one per municipality with its figures, kind, need, gap class and rank; a country filter leaves the rest out", () => {
    expect(ids(rows)).toEqual(["a", "b", "c", "d"]);
    expect(rows[1]).toMatchObject({ id: "b", kind: "country-wide", gap: { need: 1, coverage: 0 } });
    expect(rows[1]!.need).toBeUndefined();
    expect(rows[0]!.kind).toBe("none");
    const kosovo = tableRows({ municipalities, metrics, kinds: new Map(), ranks: new Map(), countries: ["XK"] });
    expect(ids(kosovo)).toEqual(["c", "d"]);
  });

  test("sorts by any column, ties by name, and no data last whichever the direction", () => {
    expect(ids(sortRows(rows, { column: "projects", direction: "descending" }, nameOf, "en"))).toEqual([
      "c",
      "a",
      "d",
      "b",
    ]);
    expect(ids(sortRows(rows, { column: "projects", direction: "ascending" }, nameOf, "en"))).toEqual([
      "b",
      "a",
      "d",
      "c",
    ]);
    // funding: only Berat has an amount; the others have no data
    expect(ids(sortRows(rows, { column: "fundingEur", direction: "ascending" }, nameOf, "en"))).toEqual([
      "a",
      "b",
      "d",
      "c",
    ]);
    expect(ids(sortRows(rows, { column: "need", direction: "descending" }, nameOf, "en"))).toEqual([
      "c",
      "a",
      "b",
      "d",
    ]);
    expect(ids(sortRows(rows, { column: "name", direction: "ascending" }, nameOf, "en"))).toEqual(["a", "b", "d", "c"]);
    // gap: highest need first, then least coverage
    expect(ids(sortRows(rows, { column: "gap", direction: "descending" }, nameOf, "en"))).toEqual(["c", "b", "a", "d"]);
    expect(ids(sortRows(rows, { column: "rank", direction: "ascending" }, nameOf, "en"))).toEqual(["c", "a", "d", "b"]);
  });
});

describe("table exports", () => {
  const cite = { source: "=WB Radar — test", url: "https://map.example/?tab=table", date: "2026-11-25" };
  const namesOf = (id: string) => ({ name: names[id]!, en: names[id]! });

  test("cells: no data is an empty cell, never 0; text that a spreadsheet would run is kept as text; cited", () => {
    const cells = tableCells(rows, namesOf, cite);
    const header = cells[0]!;
    const col = (name: string) => header.indexOf(name);
    expect(header).toContain("coverage_kind");
    const berat = cells[1]!;
    const durres = cells[2]!;
    expect(berat[col("fundingEur")]).toBe(100);
    expect(durres[col("fundingEur")]).toBeNull();
    expect(durres[col("projects")]).toBe(0);
    expect(berat[col("rank_joint")]).toBe(true);
    expect(durres[col("rank")]).toBeNull();
    expect(berat[col("need_class")]).toBe(2);
    expect(berat[col("source")]).toBe("'=WB Radar — test");
    expect(berat[col("view_url")]).toBe(cite.url);
  });

  test("GeoJSON: each municipality with its outline and figures, the citation as metadata", () => {
    const square = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const collection = tableGeoJson(rows, (id) => (id === "d" ? undefined : square), namesOf, cite);
    expect(collection.metadata).toEqual(cite);
    expect(collection.features.map((f) => f.id)).toEqual(["a", "b", "c"]);
    expect(collection.features[2]!.properties).toMatchObject({ name: "Prizren", projects: 5, projectsPer100k: 2.5 });
    expect(collection.features[1]!.properties).toMatchObject({ fundingEur: null });
  });
});

test("in the change view, rows carry what happened and sort by it in the key's order, then by the periods' counts", async () => {
  const { changeView } = await import("./change.ts");
  const { aProject } = await import("../../test/unit/records.ts");
  const view = changeView(
    [
      aProject("a", { start: "2016", end: "2017", targetMunicipalities: ["m1"] }),
      aProject("b", { start: "2022", end: "2022", targetMunicipalities: ["m2"] }),
    ],
    ["m1", "m2", "m3"],
    { from: 2016, to: 2018 },
    { from: 2021, to: 2023 },
  );
  const metrics = new Map(
    ["m1", "m2", "m3"].map((id) => [
      id,
      { organisations: 0, projects: 0, countryWideProjects: 0, regionProjects: 0, fundingUnknown: 0, donors: 0 },
    ]),
  );
  const rows = tableRows({
    municipalities: ["m1", "m2", "m3"].map((id) => ({ id, country: "XK" as const })),
    metrics,
    kinds: new Map(),
    ranks: new Map(),
    change: view.municipalities,
    countries: [],
  });
  const sorted = sortRows(rows, { column: "change", direction: "ascending" }, (id) => id, "en");
  expect(sorted.map((r) => [r.id, r.change?.category])).toEqual([
    ["m2", "started"],
    ["m1", "ended"],
    ["m3", "none"],
  ]);
  expect(cellValue(rows[0]!, "changeEarlier", (id) => id)).toBe(1);
  expect(cellValue(rows[0]!, "changeLater", (id) => id)).toBe(0);
});
