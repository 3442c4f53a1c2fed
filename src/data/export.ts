/**
 * Exports of the current dataset: JSON, the Excel template and CSV files.
 * Organisation locations are coarsened again here, whatever the caller holds.
 */
import type { MunicipalityProps } from "../geo/schema.ts";
import { coarsen } from "./location.ts";
import { META_SHEET } from "./read.ts";
import { ENTITY_NAMES, type AnyRecord, type Dataset, type DatasetMeta } from "./schema.ts";
import { TAXONOMY } from "./taxonomy.ts";
import { LOCALES } from "../geo/schema.ts";
import { toCsv } from "./tabular/csv.ts";
import { guardCell, recordsToRows, type Cell } from "./tabular/rows.ts";
import { writeWorkbook } from "./tabular/xlsx.ts";

export function publicDataset(dataset: Dataset): Dataset {
  return { ...dataset, organisations: dataset.organisations.map(coarsen) };
}

export function datasetToJson(dataset: Dataset): string {
  return JSON.stringify(publicDataset(dataset), null, 2) + "\n";
}

/** The dataset's own fields as the meta sheet holds them: text and numbers (the version's `changes` stay in the JSON). */
const META_FIELDS: ReadonlyArray<Exclude<keyof DatasetMeta, "changes">> = [
  "$schema",
  "schemaVersion",
  "name",
  "version",
  "description",
  "license",
  "synthetic",
];

/** The dataset's description, text guarded like every other exported cell (see guardFormula). */
function metaRows(dataset: Dataset): Cell[][] {
  return [["field", "value"], ...META_FIELDS.map((f): Cell[] => [f, guardCell(dataset[f] ?? null)])];
}

function taxonomyRows(): Cell[][] {
  const rows: Cell[][] = [["vocabulary", "id", ...LOCALES.map((l) => `label_${l}`)]];
  for (const [name, vocabulary] of Object.entries(TAXONOMY))
    for (const id of vocabulary.ids) {
      const labels = (vocabulary.labels as Record<string, Record<string, string>>)[id]!;
      rows.push([name, id, ...LOCALES.map((l) => labels[l] ?? null)].map(guardCell));
    }
  return rows;
}

function municipalityRows(municipalities: readonly MunicipalityProps[]): Cell[][] {
  return [
    ["id", "country", "name", "name_en"],
    ...[...municipalities]
      .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name))
      .map((m): Cell[] => [m.id, m.country, m.name, m["name:en"]].map(guardCell)),
  ];
}

/** Entity sheets, then the dataset description and the reference lists. */
export async function datasetToXlsx(dataset: Dataset, municipalities: readonly MunicipalityProps[]): Promise<Blob> {
  const data = publicDataset(dataset);
  return writeWorkbook([
    ...ENTITY_NAMES.map((e) => ({
      name: e,
      rows: recordsToRows(e, data[e] as AnyRecord[]),
    })),
    { name: META_SHEET, rows: metaRows(data) },
    { name: "taxonomy", rows: taxonomyRows() },
    { name: "municipalities", rows: municipalityRows(municipalities) },
  ]);
}

/** One CSV file per entity, and meta.csv describing the dataset. */
export function datasetToCsvFiles(dataset: Dataset): Array<{ name: string; text: string }> {
  const data = publicDataset(dataset);
  return [
    ...ENTITY_NAMES.map((e) => ({
      name: `${e}.csv`,
      text: toCsv(recordsToRows(e, data[e] as AnyRecord[])),
    })),
    { name: `${META_SHEET}.csv`, text: toCsv(metaRows(data)) },
  ];
}
