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
