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

export async function readWorkbook(data: Blob | ArrayBuffer): Promise<SheetRows[]> {
  const { default: readXlsxFile } = await import("read-excel-file/universal");
  const sheets = await readXlsxFile(data);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as CellValue[][] }));
}

export async function writeWorkbook(sheets: ReadonlyArray<{ name: string; rows: Cell[][] }>): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      data: s.rows.map((row, r) =>
        row.map((value) => (r === 0 ? { value: String(value ?? ""), fontWeight: "bold" as const } : value)),
      ),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
