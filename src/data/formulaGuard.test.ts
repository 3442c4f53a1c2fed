// @vitest-environment node
/**
 * Exports never hand a spreadsheet a formula, and every text of a dataset (entity sheets and the meta sheet) comes
 * back byte for byte through CSV files and through an Excel workbook, whatever it starts with.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fileOf, seedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { datasetToCsvFiles, datasetToXlsx } from "./export.ts";
import { validateRead } from "./parse.ts";
import { readDatasetFiles, type FileLike } from "./read.ts";
import type { Dataset } from "./schema.ts";
import { parseCsv } from "./tabular/csv.ts";
import { readWorkbook } from "./tabular/xlsx.ts";
import { validateDataset } from "./validate.ts";

const context = { municipalityIds, locate };
const props = municipalities.features.map((f) => f.properties);
const seed = validateDataset(seedInput(), context).dataset;
const organisation = seed.organisations[0]!;
const project = seed.projects.find((p) => p.leadOrganisations.length === 0 && p.donors.length === 0) ?? {
  ...seed.projects[0]!,
  leadOrganisations: [],
  donors: [],
};

/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;
const STARTS = ["'", "''", "=", "+", "-", "@", "'=", "''=", "'+", "'-", "'@", "'\t", "'\r", "'''=", "_x0041_"];

/**
 * Text a dataset can hold (trimmed, at most `max` characters, at least one visible one), often starting with "'" and
 * = + - @. Every character can occur anywhere; the visible one is put in at a random place.
 */
const datasetText = (max: number) =>
  fc.oneof(
    { arbitrary: anyDatasetText(max), weight: 9 },
    // Names of object properties ("constructor"): write-excel-file once wrote them as broken cells.
    { arbitrary: fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), weight: 1 },
  );

const anyDatasetText = (max: number) =>
  fc
    .tuple(
      fc.oneof(fc.constantFrom("", ...STARTS), fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t") })),
      fc.oneof(fc.string({ unit: "binary", maxLength: 15 }), fc.string({ unit: "grapheme", maxLength: 15 })),
      fc.constantFrom("x", "ë", "ž", "Ж", "'", "=", "-", "1", "€"),
      fc.nat(),
    )
    .map(([start, rest, visible, at]) => {
      const chars = [...rest];
      chars.splice(at % (chars.length + 1), 0, visible);
      return (start + chars.join("")).trim();
    })
    .filter((text) => text.length <= max);

const texts = fc.record({
  name: datasetText(300),
  acronym: datasetText(40),
  city: datasetText(200),
  notes: datasetText(2000),
  citation: datasetText(1000),
  claim: datasetText(600),
  publisher: datasetText(300),
  title: datasetText(500),
  description: datasetText(500),
  // A list cell separates its items with "|", so an item cannot hold one.
  areas: fc.array(
    datasetText(300).filter((t) => !t.includes("|")),
    { maxLength: 3 },
  ),
  metaName: datasetText(300),
  metaVersion: datasetText(40),
  metaDescription: datasetText(5000),
  metaLicense: datasetText(300),
  metaSchema: datasetText(500),
});
type Texts = typeof texts extends fc.Arbitrary<infer T> ? T : never;

function datasetWith(t: Texts): Dataset {
  const input = {
    $schema: t.metaSchema,
    schemaVersion: seed.schemaVersion,
    name: t.metaName,
    version: t.metaVersion,
    description: t.metaDescription,
    license: t.metaLicense,
    organisations: [
      {
        ...organisation,
        name: { ...organisation.name, en: t.name },
        acronym: t.acronym,
        city: t.city,
        notes: t.notes,
        sources: [{ url: "https://example.org/a", citation: t.citation, claim: t.claim, publisher: t.publisher }],
      },
    ],
    projects: [{ ...project, title: { en: t.title }, description: { sq: t.description }, areasAsStated: t.areas }],
  };
  const checked = validateDataset(input, context);
  // Each text must be one the dataset keeps, or the round trip below would prove nothing.
  expect(checked.dataset.organisations).toHaveLength(1);
  expect(checked.dataset.projects).toHaveLength(1);
  expect(checked.dataset.name).toBe(t.metaName);
  return checked.dataset;
}

const csvFiles = (dataset: Dataset) => datasetToCsvFiles(dataset).map((f) => fileOf(f.name, f.text));
// The municipality list is only a reference sheet, never read back: a few keep the workbook small.
const xlsxFile = async (dataset: Dataset) => [fileOf("wb-radar.xlsx", await datasetToXlsx(dataset, props.slice(0, 3)))];
const reimport = async (files: FileLike[]) => validateRead(await readDatasetFiles(files), context).dataset;

describe("every text of a dataset comes back byte for byte", () => {
  test("property: CSV files (meta.csv included)", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const dataset = datasetWith(t);
        expect(await reimport(csvFiles(dataset))).toEqual(dataset);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test("property: Excel workbook (meta sheet included)", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const dataset = datasetWith(t);
        expect(await reimport(await xlsxFile(dataset))).toEqual(dataset);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("exports never start a text cell with a formula character", () => {
  const formulaLaden: Texts = {
    name: '=HYPERLINK("http://evil","x")',
    acronym: "'=A1",
    city: "+381",
    notes: "-2+3",
    citation: "@SUM(1)",
    claim: "''=x",
    publisher: "'quoted' publisher",
    title: "'+1",
    description: "'-1",
    areas: ["=north", "'@south"],
    metaName: "=cmd|' /C calc'!A0",
    metaVersion: "'=1",
    metaDescription: "@description",
    metaLicense: "+licence",
    metaSchema: "-schema",
  };

  /** A cell a spreadsheet would run: one starting with = + @ tab CR, or with "-" that is not a plain number. */
  const runnable = (cell: unknown) =>
    typeof cell === "string" && FORMULA_START.test(cell) && !(cell.startsWith("-") && Number.isFinite(Number(cell)));

  test("CSV files, meta.csv included, and they read back unchanged", async () => {
    const dataset = datasetWith(formulaLaden);
    const files = datasetToCsvFiles(dataset);
    for (const file of files) expect(parseCsv(file.text, file.name).rows.flat().filter(runnable)).toEqual([]);
    const meta = parseCsv(files.find((f) => f.name === "meta.csv")!.text, "meta.csv").rows;
    expect(meta).toContainEqual(["name", "'=cmd|' /C calc'!A0"]);
    expect(meta).toContainEqual(["version", "''=1"]);
    expect(meta).toContainEqual(["license", "'+licence"]);
    expect(await reimport(csvFiles(dataset))).toEqual(dataset);
  });

  test("every sheet of the workbook, the meta sheet included, and it reads back unchanged", async () => {
    const dataset = datasetWith(formulaLaden);
    const sheets = await readWorkbook(await (await datasetToXlsx(dataset, props)).arrayBuffer());
    for (const sheet of sheets) expect(sheet.rows.flat().filter(runnable)).toEqual([]);
    const meta = sheets.find((s) => s.name === "meta")!.rows;
    expect(meta).toContainEqual(["name", "'=cmd|' /C calc'!A0"]);
    expect(meta).toContainEqual(["description", "'@description"]);
    expect(await reimport(await xlsxFile(dataset))).toEqual(dataset);
  });

  test("files written by earlier versions (only = + - @ guarded) read as before", async () => {
    const header = "id,name_en,locationPrecision,source1_url,confidence,lastVerified,notes";
    const csv = [header, "o1,'=x,country,https://a.org,official,2026-11-01,'quoted' note"].join("\n");
    const back = await reimport([fileOf("organisations.csv", csv)]);
    expect(back.organisations[0]!.name.en).toBe("=x");
    expect(back.organisations[0]!.notes).toBe("'quoted' note");
  });
});
