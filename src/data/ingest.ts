/**
 * Everything that turns incoming data into a validated dataset, in one
 * function the worker (ingest.worker.ts) and the main thread (where there are
 * no workers, e.g. unit tests) share. No DOM, no React.
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { createLocator } from "./location.ts";
import { parseJsonText, validateRead } from "./parse.ts";
import type { FileLike } from "./read.ts";
import { validateDataset, type ValidationContext, type ValidationResult } from "./validate.ts";

export type IngestRequest =
  /** JSON text, e.g. a downloaded dataset; `name` is used in messages. */
  | { kind: "text"; text: string; name: string }
  /** Files a person picked or dropped: one JSON, one workbook, or CSV files. */
  | { kind: "files"; files: readonly FileLike[] }
  /** A dataset-shaped value, e.g. two datasets merged. */
  | { kind: "value"; input: unknown };

export type MunicipalityShape = Feature<Polygon | MultiPolygon, { id: string }>;

/** What validation needs from the geo layer: ids and shapes (for placing points). */
export function contextFor(municipalities: readonly MunicipalityShape[]): ValidationContext {
  return {
    municipalityIds: new Set(municipalities.map((f) => f.properties.id)),
    locate: createLocator(municipalities),
  };
}

export async function ingest(request: IngestRequest, context: ValidationContext): Promise<ValidationResult> {
  switch (request.kind) {
    case "text":
      return validateRead(parseJsonText(request.text, request.name), context);
    case "files": {
      // The spreadsheet readers load only when someone imports.
      const { readDatasetFiles } = await import("./read.ts");
      return validateRead(await readDatasetFiles(request.files), context);
    }
    case "value":
      return validateDataset(request.input, context);
  }
}
