// @vitest-environment node
import { describe, expect, test } from "vitest";
import { fileOf, seedInput, shippedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { datasetToCsvFiles, datasetToJson, datasetToXlsx } from "./export.ts";
import { validateRead } from "./parse.ts";
import { readDatasetFiles } from "./read.ts";
import { labelPoint } from "../geo/labelPoint.ts";
import { validateDataset } from "./validate.ts";

const context = { municipalityIds, locate };
const seed = validateDataset(seedInput(), context).dataset;
const shipped = validateDataset(shippedInput(), context).dataset;
const props = municipalities.features.map((f) => f.properties);

describe("export and import give back the same dataset", () => {
  test("JSON", async () => {
    const json = datasetToJson(seed);
    const back = validateRead(await readDatasetFiles([fileOf("wb-radar.json", json)]), context);
    expect(back.issues).toEqual([]);
    expect(back.dataset).toEqual(seed);
    expect(datasetToJson(back.dataset)).toBe(json);
  });

  test("Excel workbook", async () => {
    const xlsx = await datasetToXlsx(seed, props);
    const back = validateRead(await readDatasetFiles([fileOf("wb-radar.xlsx", xlsx)]), context);
    expect(back.issues).toEqual([]);
    expect(back.dataset).toEqual(seed);
  });

  test("CSV files", async () => {
    const files = datasetToCsvFiles(seed).map((f) => fileOf(f.name, f.text));
    const back = validateRead(await readDatasetFiles(files), context);
    expect(back.issues).toEqual([]);
    expect(back.dataset).toEqual(seed);
  });
});

describe("the shipped reference dataset (schema 2: claims, regions, topics, funding kinds) survives every format", () => {
  // Loading it reports where municipalities without a boundary are shown; a re-import of the export has nothing to say.
  test.each(["json", "xlsx", "csv"] as const)("%s", async (format) => {
    const files =
      format === "json"
        ? [fileOf("wb-radar.json", datasetToJson(shipped))]
        : format === "xlsx"
          ? [fileOf("wb-radar.xlsx", await datasetToXlsx(shipped, props))]
          : datasetToCsvFiles(shipped).map((f) => fileOf(f.name, f.text));
    const back = validateRead(await readDatasetFiles(files), context);
    expect(back.issues).toEqual([]);
    // The version's changes (the "new" and "updated" marks) are in the JSON only: a spreadsheet cell holds too little.
    const { changes, ...tabular } = shipped;
    expect(changes).toBeDefined();
    expect(back.dataset).toEqual(format === "json" ? shipped : tabular);
  });
});

test("synthetic data stays marked through CSV and Excel, and unmarked generated records are caught", async () => {
  const { generateSyntheticDataset } = await import("./synthetic.ts");
  const sample = generateSyntheticDataset({
    seed: 7,
    organisations: 3,
    donors: 2,
    projects: 4,
    places: 2,
    municipalities: municipalities.features.map((f) => ({
      id: f.properties.id,
      country: f.properties.country,
      point: labelPoint(f.geometry),
    })),
  });
  expect(sample.synthetic).toBe(true);
  const csv = validateRead(
    await readDatasetFiles(datasetToCsvFiles(sample).map((f) => fileOf(f.name, f.text))),
    context,
  );
  expect(csv.dataset.synthetic).toBe(true);
  const xlsx = validateRead(await readDatasetFiles([fileOf("s.xlsx", await datasetToXlsx(sample, props))]), context);
  expect(xlsx.dataset.synthetic).toBe(true);
  // a file whose flags were lost: every record is flagged again, and the report says so
  const stripped = JSON.parse(datasetToJson(sample)) as Record<string, unknown>;
  delete stripped.synthetic;
  for (const list of Object.values(stripped))
    if (Array.isArray(list)) for (const r of list as Array<Record<string, unknown>>) delete r.synthetic;
  const caught = validateDataset(stripped, context);
  expect(caught.issues.map((i) => i.code)).toContain("looksSynthetic");
  expect(caught.dataset.projects.every((p) => p.synthetic)).toBe(true);
});

test("the Excel template has a sheet per entity with its columns, and the reference sheets", async () => {
  const { readWorkbook } = await import("./tabular/xlsx.ts");
  const { columnsFor } = await import("./tabular/columns.ts");
  const { ENTITY_NAMES, emptyDataset } = await import("./schema.ts");
  const sheets = await readWorkbook(await (await datasetToXlsx(emptyDataset(), props)).arrayBuffer());
  expect(sheets.map((s) => s.name)).toEqual([...ENTITY_NAMES, "meta", "taxonomy", "municipalities"]);
  for (const entity of ENTITY_NAMES) {
    const sheet = sheets.find((s) => s.name === entity)!;
    expect(sheet.rows[0]).toEqual(columnsFor(entity, 1).map((c) => c.name));
  }
  const municipalitySheet = sheets.find((s) => s.name === "municipalities")!;
  expect(municipalitySheet.rows).toHaveLength(props.length + 1);
  const taxonomy = sheets.find((s) => s.name === "taxonomy")!;
  expect(taxonomy.rows).toContainEqual([
    "activityType",
    "interfaith-dialogue",
    "Dialog ndërfetar",
    "Međuverski dijalog",
    "Међуверски дијалог",
    "Меѓуверски дијалог",
    "Međuvjerski dijalog",
    "Interfaith dialogue",
  ]);
});
