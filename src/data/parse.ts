/**
 * Turning text into a dataset-shaped value, and validating what a reader
 * produced. Kept apart from the file readers so the app can load the seed
 * dataset without loading the spreadsheet code.
 */
import { issue, type DataIssue } from "./issues.ts";
import { locateIssues, type TabularOrigin } from "./tabular/rows.ts";
import { fatalResult, validateDataset, type ValidationContext, type ValidationResult } from "./validate.ts";

/**
 * Larger files are refused with a message rather than exhausting the tab's
 * memory. About 55,000 projects in JSON; parsed and validated in a worker.
 */
export const MAX_FILE_BYTES = 96 * 1024 * 1024;

export interface ReadResult {
  input: unknown;
  issues: DataIssue[];
  fatal: boolean;
  origin?: TabularOrigin;
}

export const fatal = (issues: DataIssue[]): ReadResult => ({ input: undefined, issues, fatal: true });

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function tooLarge(name: string, size: number): DataIssue {
  return issue("error", "tooLarge", [], { file: name, size: megabytes(size), limit: megabytes(MAX_FILE_BYTES) });
}

export function parseJsonText(text: string, name: string): ReadResult {
  if (text.trim() === "") return fatal([issue("error", "empty", [], { file: name })]);
  try {
    return { input: JSON.parse(text.replace(/^\uFEFF/, "")), issues: [], fatal: false };
  } catch (e) {
    return fatal([issue("error", "parse", [], { file: name, detail: (e as Error).message })]);
  }
}

/** Validates what was read; spreadsheet problems get their sheet, row and column. */
export function validateRead(read: ReadResult, context: ValidationContext): ValidationResult {
  if (read.fatal) return fatalResult(read.issues);
  const result = validateDataset(read.input, context);
  const issues = read.origin ? locateIssues(result.issues, read.origin) : result.issues;
  return { ...result, issues: [...read.issues, ...issues] };
}
