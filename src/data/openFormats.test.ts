import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { geoLayers, ohrid, prizren } from "../../test/unit/fixtures.ts";
import { HXL_COLUMNS, hxlCsv, hxlRows, type OpenFormatContext } from "./hxl.ts";
import { projectsGeoJson } from "./projectGeoJson.ts";
import type { Dataset } from "./schema.ts";
import { validateDataset } from "./validate.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported", lastVerified: "2026-11-01" };
const withUrl = { ...cited, sources: [{ citation: "c" }, { url: "https://example.org/p1" }] };

function dataset(): Dataset {
  const report = validateDataset({
    schemaVersion: 2,
    organisations: [{ id: "o1", name: { en: "+Youth Forum" }, locationPrecision: "country", country: "XK", ...cited }],
    donors: [
      { id: "d1", name: { en: "European Union" }, type: "eu", ...cited },
      { id: "d2", name: { sq: "Ambasada" }, type: "eu", ...cited },
    ],
    regions: [{ id: "sandzak", name: { en: "Sandžak" }, country: "RS", ...cited }],
    projects: [
      {
        id: "p-muni",
        title: { en: '=HYPERLINK("http://evil")' },
        targetMunicipalities: [prizren.id, ohrid.id],
        targetCountries: ["XK", "MK"],
        leadOrganisations: ["o1"],
        donors: ["d1", "d2"],
        activityTypes: ["community-engagement", "interfaith-dialogue"],
        start: "2021-03",
        end: "2023",
        funding: { amount: 50000, amountMax: 60000, currency: "EUR", year: 2021, kind: "grant", qualifier: "up-to" },
        ...withUrl,
      },
      {
        id: "p-country",
        title: { en: "Whole Albania" },
        targetCountries: ["AL"],
        funding: { amount: 2000000, currency: "EUR", kind: "call-envelope" },
        ...cited,
      },
      { id: "p-region", title: { en: "Sandžak youth" }, targetRegions: ["sandzak"], targetCountries: ["RS"], ...cited },
      { id: "p-none", title: { en: "Somewhere" }, areasAsStated: ["northern Montenegro"], donors: ["d1"], ...cited },
      {
        id: "p-tuzi",
        title: { en: "Tuzi and Kosovo" },
        targetMunicipalities: ["ME-tuzi", prizren.id],
        targetCountries: ["ME", "XK", "AL"],
        ...cited,
      },
    ],
  });
  expect(report.dataset.projects).toHaveLength(5);
  return report.dataset;
}

const context = (d: Dataset): OpenFormatContext => ({ dataset: d, municipalities: geoLayers().byId });

/** The data rows as objects keyed by hashtag. */
function byTag(rows: ReturnType<typeof hxlRows>) {
  const [, tags, ...body] = rows;
  return body.map((r) => Object.fromEntries(tags!.map((tag, i) => [tag as string, r[i]])));
}

describe("HXL export", () => {
  it("writes a header row, then the HXL hashtag row, with the documented hashtags", () => {
    const rows = hxlRows([], context(dataset()));
    expect(rows).toHaveLength(2);
    expect(rows[0]![0]).toBe("Project ID");
    expect(rows[1]).toEqual([
      "#activity+code",
      "#activity+name",
      "#org+impl",
      "#org+funder",
      "#sector",
      "#sector+code",
      "#meta+precision",
      "#country+code",
      "#adm2+code",
      "#adm2+name",
      "#loc+code",
      "#loc+name",
      "#loc+name+stated",
      "#date+start",
      "#date+end",
      "#value+funding",
      "#value+grant+max",
      "#value+context",
      "#value+context+max",
      "#currency",
      "#date+funding",
      "#meta+funding_kind",
      "#meta+funding_qualifier",
      "#meta+confidence",
      "#meta+url+source",
      "#meta+synthetic",
    ]);
    // Only one column is the project's money: a tool adding up #value+funding never adds another figure.
    expect(HXL_COLUMNS.filter((c) => c.tag.split("+").includes("funding") && c.tag.startsWith("#value"))).toHaveLength(
      1,
    );
  });

  it("writes one row per named municipality, with its Who's On First id, name and country", () => {
    const d = dataset();
    const rows = byTag(hxlRows([d.projects[0]!], context(d)));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r["#adm2+code"], r["#adm2+name"], r["#country+code"], r["#meta+precision"]])).toEqual([
      [prizren.id, "Prizren", "XK", "municipality"],
      [ohrid.id, "Ohrid", "MK", "municipality"],
    ]);
    const first = rows[0]!;
    expect(first["#org+impl"]).toBe("'+Youth Forum");
    // A donor without an English name keeps its own.
    expect(first["#org+funder"]).toBe("European Union | Ambasada");
    expect(first["#sector"]).toBe("Community engagement | Interfaith dialogue");
    expect(first["#sector+code"]).toBe("community-engagement | interfaith-dialogue");
    expect(first["#date+start"]).toBe("2021-03");
    expect(first["#date+end"]).toBe("2023");
    expect(first["#value+funding"]).toBe(50000);
    expect(first["#value+grant+max"]).toBe(60000);
    expect(first["#value+context"]).toBeNull();
    expect(first["#currency"]).toBe("EUR");
    expect(first["#date+funding"]).toBe(2021);
    expect(first["#meta+funding_kind"]).toBe("grant");
    expect(first["#meta+funding_qualifier"]).toBe("up-to");
    // The first source that has an address.
    expect(first["#meta+url+source"]).toBe("https://example.org/p1");
    // The countries its municipalities lie in get no rows of their own.
    expect(rows.every((r) => r["#adm2+code"] !== null)).toBe(true);
  });

  it("keeps a country-level project at country level: one row, no municipality", () => {
    const d = dataset();
    const rows = byTag(hxlRows([d.projects[1]!], context(d)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!["#country+code"]).toBe("AL");
    expect(rows[0]!["#meta+precision"]).toBe("country");
    expect(rows[0]!["#adm2+code"]).toBeNull();
    expect(rows[0]!["#adm2+name"]).toBeNull();
  });

  it("never writes a call's envelope as the project's funding", () => {
    const d = dataset();
    const [row] = byTag(hxlRows([d.projects[1]!], context(d)));
    expect(row!["#value+funding"]).toBeNull();
    expect(row!["#value+context"]).toBe(2000000);
    expect(row!["#meta+funding_kind"]).toBe("call-envelope");
    expect(row!["#currency"]).toBe("EUR");
  });

  it("keeps a region a region, and writes a project that names no place once, without a place", () => {
    const d = dataset();
    const [region, none] = byTag(hxlRows([d.projects[2]!, d.projects[3]!], context(d)));
    expect(region).toMatchObject({
      "#meta+precision": "region",
      "#loc+code": "sandzak",
      "#loc+name": "Sandžak",
      "#country+code": "RS",
      "#adm2+code": null,
    });
    expect(none).toMatchObject({
      "#meta+precision": "unspecified",
      "#country+code": null,
      "#loc+name+stated": "northern Montenegro",
    });
  });

  it("leaves what the data does not give empty, never 0", () => {
    const d = dataset();
    const [row] = byTag(hxlRows([d.projects[2]!], context(d)));
    for (const tag of ["#value+funding", "#value+context", "#currency", "#date+start", "#date+end", "#org+impl"])
      expect(row![tag], tag).toBeNull();
    expect(row!["#meta+url+source"]).toBeNull();
    expect(row!["#meta+synthetic"]).toBeNull();
    const csv = hxlCsv([d.projects[2]!], context(d));
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const fundingColumn = parsed[1]!.indexOf("#value+funding");
    expect(parsed[2]![fundingColumn]).toBe("");
    expect(parsed[2]).not.toContain("0");
  });

  it("writes a municipality without a boundary by its own code, and a country none of its places lies in", () => {
    const d = dataset();
    const rows = byTag(hxlRows([d.projects[4]!], context(d)));
    expect(rows.map((r) => [r["#meta+precision"], r["#country+code"], r["#adm2+code"], r["#adm2+name"]])).toEqual([
      ["municipality", "ME", "ME-tuzi", "Tuzi"],
      ["municipality", "XK", prizren.id, "Prizren"],
      ["country", "AL", null, null],
    ]);
  });

  it("guards every text cell against formulas, in the CSV file too", () => {
    const d = dataset();
    const csv = hxlCsv([d.projects[0]!], context(d));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(parsed[1]![0]).toBe("#activity+code");
    expect(parsed).toHaveLength(4);
    expect(parsed[2]![1]).toBe('\'=HYPERLINK("http://evil")');
    for (const row of parsed.slice(2)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("marks synthetic sample records", () => {
    const d = { ...dataset(), synthetic: true as const };
    const [row] = byTag(hxlRows([d.projects[1]!], context(d)));
    expect(row!["#meta+synthetic"]).toBe("yes");
  });
});

describe("GeoJSON export of projects", () => {
  const outlines = () => geoLayers().municipalities;

  it("draws one feature per named municipality, with the layer's outline and its projects", () => {
    const d = dataset();
    const cite = { source: "test", url: "https://example.org/", date: "2026-12-01" };
    const collection = projectsGeoJson(d.projects, context(d), outlines(), cite);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.metadata).toEqual(cite);
    expect(collection.features.map((f) => f.properties)).toEqual([
      {
        municipality_code: ohrid.id,
        municipality_name: "Ohrid",
        country: "MK",
        project_count: 1,
        project_ids: ["p-muni"],
        donors: ["Ambasada", "European Union"],
      },
      {
        municipality_code: prizren.id,
        municipality_name: "Prizren",
        country: "XK",
        project_count: 2,
        project_ids: ["p-muni", "p-tuzi"],
        donors: ["Ambasada", "European Union"],
      },
    ]);
    const prizrenOutline = outlines().features.find((f) => f.properties.id === prizren.id)!.geometry;
    const drawn = collection.features.find((f) => f.id === prizren.id)!;
    expect(drawn.geometry).toEqual(prizrenOutline);
    expect(["Polygon", "MultiPolygon"]).toContain(drawn.geometry.type);
  });

  it("lists country-, region- and unplaced projects apart, never drawn", () => {
    const d = dataset();
    const collection = projectsGeoJson(d.projects, context(d), outlines());
    expect(collection.unplaced).toEqual([
      { project_id: "p-country", project_title: "Whole Albania", countries: ["AL"], regions: [], areas_as_stated: [] },
      {
        project_id: "p-region",
        project_title: "Sandžak youth",
        countries: [],
        regions: [{ code: "sandzak", name: "Sandžak", country: "RS" }],
        areas_as_stated: [],
      },
      {
        project_id: "p-none",
        project_title: "Somewhere",
        countries: [],
        regions: [],
        areas_as_stated: ["northern Montenegro"],
      },
      { project_id: "p-tuzi", project_title: "Tuzi and Kosovo", countries: ["AL"], regions: [], areas_as_stated: [] },
    ]);
    // A country-level project adds no feature: only the two named municipalities are drawn.
    expect(collection.features).toHaveLength(2);
    expect(collection.features.flatMap((f) => f.properties.project_ids)).not.toContain("p-country");
    // Tuzi has no outline of its own: listed, not drawn as Podgorica.
    expect(collection.without_boundary).toEqual([
      {
        municipality_code: "ME-tuzi",
        municipality_name: "Tuzi",
        country: "ME",
        within_code: "85674689",
        project_ids: ["p-tuzi"],
      },
    ]);
    expect(collection.note).toMatch(/not drawn/);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it("is an empty collection when no project passes the filters", () => {
    const d = dataset();
    const collection = projectsGeoJson([], context(d), outlines());
    expect(collection.features).toEqual([]);
    expect(collection.unplaced).toEqual([]);
  });
});
