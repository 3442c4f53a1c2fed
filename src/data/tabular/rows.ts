/**
 * Records ↔ spreadsheet rows, shared by the CSV and Excel formats. Reading
 * only reshapes cells into records (empty cell = field absent); checking the
 * values is validateDataset's job, so every problem gets the same message in
 * every format. Problems are then given their sheet, row and column.
 */
import { issue, type DataIssue } from "../issues.ts";
import { ENTITY_NAMES, type AnyRecord, type EntityName } from "../schema.ts";
import { columnForHeader, columnNameForPath, columnsFor, type Column, type FieldPath } from "./columns.ts";

export type CellValue = string | number | boolean | Date | null | undefined;
export type Cell = string | number | boolean | null;

/** Where each record of a tabular file came from, to report problems by row and column. */
export interface TabularOrigin {
  /** Sheet (or file) name per entity. */
  sheets: Partial<Record<EntityName, string>>;
  /** Spreadsheet row number (header = 1) of each record, per entity. */
  rows: Partial<Record<EntityName, number[]>>;
  sourceCounts: Partial<Record<EntityName, number>>;
}

const LIST_SEPARATOR = "|";

/*
 * The formula guard, the same for every text cell of every export (CSV files, Excel sheets, the meta sheet) and undone
 * by every import. A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula, so such
 * text is written with a "'" in front. To keep that reversible, text that already starts with one or more "'" followed
 * by one of those characters gets one more "'" as well. Reading takes one "'" off exactly those texts ("'"s, then a
 * formula character), so every text reads back as it was: "=x" ↔ "'=x", "'=x" ↔ "''=x", while "'quoted'" and "it's"
 * are written and read unchanged (as are files from versions that guarded only the first case).
 */
const GUARDED = /^'*[=+\-@\t\r]/;

/** Text as an export writes it: with one more "'" in front if a spreadsheet could run it as a formula. */
export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** Text as it was before guardFormula: the inverse, for every string. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell as text: trimmed, the formula guard undone; an empty cell is undefined. */
export function cellText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoDay(value);
  const text = String(value).trim();
  if (text === "") return undefined;
  return typeof value === "string" ? unguardFormula(text) : text;
}

/** A cell as the column's type; a value that does not fit is kept as text for the validator to report. */
export function readCell(column: Column, value: CellValue): unknown {
  if (column.type === "number" && typeof value === "number") return value;
  if (column.type === "boolean" && typeof value === "boolean") return value || undefined;
  const text = cellText(value);
  if (text === undefined) return undefined;
  switch (column.type) {
    case "text":
      return text;
    case "list":
      return text
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s !== "");
    case "number": {
      // A decimal comma is common in the region's spreadsheets (5,63).
      const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
      return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised) ? Number(normalised) : text;
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (["true", "yes", "1"].includes(lower)) return true;
      if (["false", "no", "0"].includes(lower)) return undefined;
      return text;
    }
  }
}

function setPath(target: Record<string | number, unknown>, path: FieldPath, value: unknown) {
  let node: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1];
    node[key] ??= typeof next === "number" ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

function getPath(source: unknown, path: FieldPath): unknown {
  let node = source;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Rows of one sheet (first row: headers) as records of an entity. */
export function rowsToRecords(
  entity: EntityName,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  sheet: string,
): { records: Record<string, unknown>[]; rowNumbers: number[]; sourceCount: number; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const [header = [], ...body] = rows;
  let sourceCount = 0;
  const columns = header.map((h) => {
    const name = cellText(h);
    if (name === undefined) return undefined;
    const column = columnForHeader(entity, name);
    if (!column) {
      issues.push(
        issue(
          "warning",
          "unknownColumn",
          [entity],
          { column: name },
          { entity, location: { sheet, row: 1, column: name } },
        ),
      );
      return undefined;
    }
    if (column.path[0] === "sources") sourceCount = Math.max(sourceCount, Number(column.path[1]) + 1);
    return column;
  });
  const records: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  body.forEach((row, i) => {
    if (row.every((cell) => cellText(cell) === undefined)) return;
    const record: Record<string, unknown> = {};
    columns.forEach((column, c) => {
      if (!column) return;
      const value = readCell(column, row[c]);
      if (value !== undefined) setPath(record, column.path, value);
    });
    // Source groups left empty are not sources; the others keep their order.
    if (Array.isArray(record.sources)) record.sources = (record.sources as unknown[]).filter((s) => s !== undefined);
    records.push(record);
    rowNumbers.push(i + 2);
  });
  return { records, rowNumbers, sourceCount, issues };
}

/** A cell as every export writes it: text (lists included) guarded, numbers and booleans as they are. */
export function guardCell(value: Cell): Cell {
  return typeof value === "string" ? guardFormula(value) : value;
}

function writeCell(column: Column, value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (column.type === "list")
    return (value as unknown[]).length === 0 ? null : guardFormula((value as unknown[]).join(` ${LIST_SEPARATOR} `));
  if (typeof value === "number" || typeof value === "boolean") return value;
  return guardFormula(String(value));
}

/** Records of an entity as rows (first row: headers), every text cell guarded. */
export function recordsToRows(entity: EntityName, records: readonly AnyRecord[]): Cell[][] {
  const sourceCount = Math.max(1, ...records.map((r) => r.sources.length));
  const columns = columnsFor(entity, sourceCount);
  return [
    columns.map((c) => c.name),
    ...records.map((record) => columns.map((c) => writeCell(c, getPath(record, c.path)))),
  ];
}

/** Adds sheet, row and column to problems found in records that came from a spreadsheet. */
export function locateIssues(issues: readonly DataIssue[], origin: TabularOrigin): DataIssue[] {
  return issues.map((found) => {
    if (found.location) return found;
    const [entity, index, ...rest] = found.path;
    if (!(ENTITY_NAMES as unknown[]).includes(entity) || typeof index !== "number") return found;
    const e = entity as EntityName;
    const sheet = origin.sheets[e];
    const row = origin.rows[e]?.[index];
    if (sheet === undefined || row === undefined) return found;
    const column = columnNameForPath(e, rest, origin.sourceCounts[e] ?? 1);
    return { ...found, location: { sheet, row, ...(column ? { column } : {}) } };
  });
}
