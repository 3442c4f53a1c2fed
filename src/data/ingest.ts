/**
 * Everything that turns incoming data into a validated dataset, in one
 * function the worker (ingest.worker.ts) and the main thread (where there are
 * no workers, e.g. unit tests) share. No DOM, no React.
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { DataIssue, Severity } from "./issues.ts";
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

/** A report keeps this many problems of each kind (code and severity); the rest are counted. */
export const ISSUES_KEPT_PER_KIND = 100;

/**
 * The report as it leaves the worker: every problem counted, the first ISSUES_KEPT_PER_KIND of each kind kept. A file
 * with 200,000 bad rows would otherwise send over a million messages to the page.
 */
export function capIssues(result: ValidationResult, perKind = ISSUES_KEPT_PER_KIND): ValidationResult {
  const seen = new Map<string, number>();
  const kept: DataIssue[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of result.issues) {
    const kind = `${i.severity}:${i.code}`;
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (n <= perKind) kept.push(i);
    else omitted[i.severity]++;
  }
  if (kept.length === result.issues.length) return result;
  return { ...result, issues: kept, omitted };
}

async function run(request: IngestRequest, context: ValidationContext): Promise<ValidationResult> {
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

export async function ingest(request: IngestRequest, context: ValidationContext): Promise<ValidationResult> {
  return capIssues(await run(request, context));
}
