/**
 * CSV files of the spreadsheet template, one per entity (papaparse). Reads
 * a byte-order mark, ";" or tab separators and Windows line ends; writes
 * UTF-8 with a byte-order mark so Excel shows Cyrillic and diacritics.
 */
import Papa from "papaparse";
import { issue, type DataIssue } from "../issues.ts";
import { ENTITY_NAMES, type EntityName } from "../schema.ts";
import { columnForHeader } from "./columns.ts";
import type { Cell } from "./rows.ts";

export function parseCsv(text: string, sheet: string): { rows: string[][]; issues: DataIssue[] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: "greedy",
  });
  const issues = result.errors
    // A file with a single column cannot show its separator; that is not a problem.
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) =>
      issue("error", "parse", [], { file: sheet, detail: e.message }, { location: { sheet, row: (e.row ?? 0) + 1 } }),
    );
  return { rows: result.data, issues };
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return (
    "\uFEFF" +
    Papa.unparse(
      rows.map((r) => r.map((c) => (c === null ? "" : c))),
      { newline: "\r\n" },
    )
  );
}

/** Which entity a CSV file holds: its file name if that names one, else the best match of its headers. */
export function detectEntity(fileName: string, headers: readonly string[]): EntityName | undefined {
  const base = fileName.toLowerCase().replace(/\.csv$/, "");
  // Longest first: "indicatorvalues" before "indicators".
  const byName = [...ENTITY_NAMES]
    .sort((a, b) => b.length - a.length)
    .find((e) => base.replace(/[\s_-]/g, "").includes(e.toLowerCase()));
  if (byName) return byName;
  let best: { entity: EntityName; score: number } | undefined;
  for (const entity of ENTITY_NAMES) {
    const known = headers.filter((h) => columnForHeader(entity, h) !== undefined).length;
    const score = known - (headers.length - known);
    if (known > 1 && (!best || score > best.score)) best = { entity, score };
  }
  return best?.entity;
}
