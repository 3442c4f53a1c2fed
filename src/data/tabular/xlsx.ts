/**
 * Excel workbooks of the spreadsheet template: one sheet per entity, plus a
 * "meta" sheet and, for reference, the vocabularies and the municipality ids.
 * read-excel-file / write-excel-file, loaded only when a workbook is used.
 */
import type { Cell, CellValue } from "./rows.ts";

export interface SheetRows {
  name: string;
  rows: CellValue[][];
}

/** Every sheet's cells as stored: text untrimmed (reading cells trims), an empty cell null. */
export async function readWorkbook(data: Blob | ArrayBuffer): Promise<SheetRows[]> {
  const { default: readXlsxFile } = await import("read-excel-file/universal");
  const sheets = await readXlsxFile(data, { trim: false });
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as CellValue[][] }));
}

/**
 * Text as a workbook stores it (ECMA-376 "escaped string", ST_Xstring): characters XML cannot hold or that
 * write-excel-file would drop (control characters, U+FFFD, non-characters, lone surrogates) and the carriage return
 * (which XML readers, Excel among them, turn into a line feed) as _xHHHH_, and a "_" that would read as the start of
 * such an escape as _x005F_. Excel and read-excel-file decode both, so a text reads back exactly as written.
 * write-excel-file also looks strings up in a plain object, so a text such as "constructor" or "toString" would be
 * written as a broken cell that makes the whole file unreadable: its first character is escaped too.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const XLSX_ESCAPED = /_(?=x[0-9A-Fa-f]{4})|[\0-\x08\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFD\p{Noncharacter_Code_Point}]/gu;

const escapeUnits = (found: string) =>
  Array.from(
    { length: found.length },
    (_, i) => `_x${found.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}_`,
  ).join("");

export function xlsxText(text: string): string {
  const escaped = text.replace(XLSX_ESCAPED, escapeUnits);
  return escaped in Object.prototype ? escapeUnits(escaped.charAt(0)) + escaped.slice(1) : escaped;
}

const xlsxCell = (value: Cell): Cell => (typeof value === "string" ? xlsxText(value) : value);

export async function writeWorkbook(sheets: ReadonlyArray<{ name: string; rows: Cell[][] }>): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      data: s.rows.map((row, r) =>
        row.map((value) =>
          r === 0 ? { value: xlsxText(String(value ?? "")), fontWeight: "bold" as const } : xlsxCell(value),
        ),
      ),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
