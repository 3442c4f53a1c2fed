// @vitest-environment node
import { describe, expect, test } from "vitest";
import { fileOf, seedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { datasetToCsvFiles, datasetToJson, datasetToXlsx } from "./export.ts";
import { validateRead } from "./parse.ts";
import { readDatasetFiles } from "./read.ts";
import { validateDataset } from "./validate.ts";

const context = { municipalityIds, locate };
const seed = validateDataset(seedInput(), context).dataset;
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
