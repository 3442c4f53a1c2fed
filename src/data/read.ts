/**
 * Reading dataset files a person picks or drops: one JSON dataset, one Excel
 * workbook, or one or more CSV files (one per entity). Nothing leaves the
 * browser. Files over the size limit are refused before they are read.
 */
import { issue, type DataIssue } from "./issues.ts";
import { DatasetMetaSchema, ENTITY_NAMES, SCHEMA_VERSION, type EntityName } from "./schema.ts";
import { detectEntity, parseCsv } from "./tabular/csv.ts";
import { fatal, MAX_FILE_BYTES, megabytes, parseJsonText, tooLarge, type ReadResult } from "./parse.ts";
import { cellText, rowsToRecords, type CellValue, type TabularOrigin } from "./tabular/rows.ts";
import { readWorkbook, type SheetRows } from "./tabular/xlsx.ts";
import { checkZip, WORKBOOK_LIMITS, type ZipCheck } from "./tabular/zipLimits.ts";

export type FileFormat = "json" | "csv" | "xlsx";

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Sheets that describe the dataset or help fill it in, not entities. */
export const META_SHEET = "meta";
export const REFERENCE_SHEETS = ["taxonomy", "municipalities"] as const;

/** Rows per sheet or CSV file (the size limit allows ~55,000 projects). */
export const MAX_ROWS = 200_000;

function unpackIssue(file: string, reason: Extract<ZipCheck, { ok: false }>["reason"]): DataIssue {
  if (reason === "entries") return issue("error", "tooManyEntries", [], { file, limit: WORKBOOK_LIMITS.maxEntries });
  if (reason === "corrupt") return issue("error", "parse", [], { file, detail: "not an Excel (.xlsx) workbook" });
  return issue("error", "unpacksTooLarge", [], {
    file,
    limit: megabytes(WORKBOOK_LIMITS.maxUnpackedBytes),
    ratio: WORKBOOK_LIMITS.maxRatio,
  });
}

export function formatOf(name: string): FileFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === "json" || ext === "csv" || ext === "xlsx" ? ext : undefined;
}

/** The meta sheet (field, value): its cells are read like every other cell, the formula guard undone. */
function metaFromSheet(rows: readonly (readonly CellValue[])[]): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const [keyCell, valueCell] of rows.slice(1)) {
    const key = typeof keyCell === "string" ? cellText(keyCell) : undefined;
    const value = cellText(valueCell);
    if (key === undefined || value === undefined || !(key in DatasetMetaSchema.shape)) continue;
    if (key === "schemaVersion") meta[key] = Number(value);
    else if (key === "synthetic") meta[key] = valueCell === true || value.toLowerCase() === "true" ? true : value;
    else meta[key] = value;
  }
  return meta;
}

/** Entity sheets (or CSV files) as one dataset-shaped object, remembering rows for the report. */
export function sheetsToInput(
  sheets: ReadonlyArray<SheetRows & { entity?: EntityName }>,
  format: "csv" | "xlsx",
): ReadResult {
  const input: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  const origin: TabularOrigin = { sheets: {}, rows: {}, sourceCounts: {} };
  const issues: DataIssue[] = [];
  for (const sheet of sheets) {
    if (sheet.name === META_SHEET) {
      Object.assign(input, metaFromSheet(sheet.rows));
      continue;
    }
    if ((REFERENCE_SHEETS as readonly string[]).includes(sheet.name)) continue;
    const entity = sheet.entity ?? ENTITY_NAMES.find((e) => e.toLowerCase() === sheet.name.trim().toLowerCase());
    if (!entity) {
      issues.push(
        issue("warning", "unknownSheet", [], { sheet: sheet.name }, { location: { sheet: sheet.name, row: 1 } }),
      );
      continue;
    }
    if (origin.sheets[entity] !== undefined) {
      issues.push(
        issue("error", "unknownSheet", [entity], { sheet: sheet.name }, { location: { sheet: sheet.name, row: 1 } }),
      );
      continue;
    }
    if (sheet.rows.length - 1 > MAX_ROWS)
      return fatal([issue("error", "tooManyRows", [], { sheet: sheet.name, limit: MAX_ROWS.toLocaleString("en") })]);
    const read = rowsToRecords(entity, sheet.rows, sheet.name);
    input[entity] = read.records;
    origin.sheets[entity] = sheet.name;
    origin.rows[entity] = read.rowNumbers;
    origin.sourceCounts[entity] = read.sourceCount;
    issues.push(...read.issues);
  }
  const found = ENTITY_NAMES.filter((e) => origin.sheets[e] !== undefined);
  if (found.length === 0) return fatal([...issues, issue("error", "notDataset", [], { received: format })]);
  // A workbook is expected to hold every entity; a missing one is loaded as empty, and said so.
  if (format === "xlsx")
    for (const e of ENTITY_NAMES)
      if (!found.includes(e)) issues.push(issue("warning", "missingSheet", [e], { sheet: e }, { entity: e }));
  return { input, issues, fatal: false, origin };
}

export async function readDatasetFiles(files: readonly FileLike[]): Promise<ReadResult> {
  if (files.length === 0) return fatal([issue("error", "empty", [], { file: "" })]);
  const big = files.filter((f) => f.size > MAX_FILE_BYTES);
  if (big.length > 0) return fatal(big.map((f) => tooLarge(f.name, f.size)));
  const formats = files.map((f) => formatOf(f.name));
  const unsupported = files.filter((_, i) => formats[i] === undefined || (files.length > 1 && formats[i] !== "csv"));
  if (unsupported.length > 0)
    return fatal(unsupported.map((f) => issue("error", "unsupportedFile", [], { file: f.name })));
  const empty = files.filter((f) => f.size === 0);
  if (empty.length > 0) return fatal(empty.map((f) => issue("error", "empty", [], { file: f.name })));

  const [first] = files as [FileLike];
  try {
    if (formats[0] === "json") return parseJsonText(await first.text(), first.name);
    if (formats[0] === "xlsx") {
      const archive = await first.arrayBuffer();
      // Bounded before the reader unpacks it: a small workbook can unpack to gigabytes.
      const check = checkZip(new Uint8Array(archive));
      if (!check.ok) return fatal([unpackIssue(first.name, check.reason)]);
      return sheetsToInput(await readWorkbook(archive), "xlsx");
    }
    const sheets: Array<SheetRows & { entity?: EntityName }> = [];
    const issues: DataIssue[] = [];
    for (const file of files) {
      const parsed = parseCsv(await file.text(), file.name);
      issues.push(...parsed.issues);
      if (parsed.rows.length === 0) {
        issues.push(issue("error", "empty", [], { file: file.name }));
        continue;
      }
      if (new RegExp(`(^|[-_ ])${META_SHEET}\\.csv$`, "i").test(file.name)) {
        sheets.push({ name: META_SHEET, rows: parsed.rows });
        continue;
      }
      const entity = detectEntity(file.name, parsed.rows[0] ?? []);
      if (!entity) {
        issues.push(
          issue("error", "unknownSheet", [], { sheet: file.name }, { location: { sheet: file.name, row: 1 } }),
        );
        continue;
      }
      sheets.push({ name: file.name, rows: parsed.rows, entity });
    }
    const read = sheetsToInput(sheets, "csv");
    return { ...read, issues: [...issues, ...read.issues] };
  } catch (e) {
    // A corrupt workbook or an unreadable file: report it, never throw.
    return fatal([issue("error", "parse", [], { file: first.name, detail: (e as Error).message })]);
  }
}
