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

export function megabytes(bytes: number, digits = 1): string {
  return (bytes / 1024 / 1024).toFixed(digits);
}

/** A file over the limit, its size given with as many decimals as it takes to differ from the limit's. */
export function tooLarge(name: string, size: number, limit = MAX_FILE_BYTES): DataIssue {
  let digits = 1;
  while (digits < 6 && megabytes(size, digits) === megabytes(limit, digits)) digits++;
  return issue("error", "tooLarge", [], { file: name, size: megabytes(size, digits), limit: megabytes(limit, 1) });
}

/**
 * How deeply a dataset's values may nest. The schema's deepest value is about six levels down; a file nesting
 * thousands deep (inside a field the schema does not know) would otherwise exhaust the stack of the checks.
 */
export const MAX_DEPTH = 32;

/** Whether `value` nests arrays or objects more than `limit` levels deep (without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

export function parseJsonText(text: string, name: string): ReadResult {
  if (text.trim() === "") return fatal([issue("error", "empty", [], { file: name })]);
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fatal([issue("error", "parse", [], { file: name, detail: (e as Error).message })]);
  }
  if (nestsDeeperThan(input, MAX_DEPTH))
    return fatal([issue("error", "tooDeep", [], { file: name, limit: MAX_DEPTH })]);
  return { input, issues: [], fatal: false };
}

/** Validates what was read; spreadsheet problems get their sheet, row and column. */
export function validateRead(read: ReadResult, context: ValidationContext): ValidationResult {
  if (read.fatal) return fatalResult(read.issues);
  const result = validateDataset(read.input, context);
  const issues = read.origin ? locateIssues(result.issues, read.origin) : result.issues;
  return { ...result, issues: [...read.issues, ...issues] };
}
