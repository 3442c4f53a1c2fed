/**
 * Problems found in a dataset, as data: a code, the JSON path of the value,
 * parameters for the message and, for spreadsheets, the sheet/row/column.
 * The UI turns them into translated sentences (see issueMessage).
 */
import type { z } from "zod";
import type { EntityName } from "./schema.ts";

export type Severity = "error" | "warning" | "info";
export type IssuePath = ReadonlyArray<string | number>;

export const ISSUE_CODES = [
  // The file as a whole
  "parse",
  "empty",
  "tooLarge",
  "unsupportedFile",
  "fetchFailed",
  "originNotAllowed",
  "timedOut",
  "cancelled",
  "tooDeep",
  "tooManyEntries",
  "unpacksTooLarge",
  "tooManyRows",
  "notDataset",
  "unsupportedVersion",
  "missingVersion",
  "missingSheet",
  "unknownSheet",
  "unknownColumn",
  // A value
  "required",
  "invalidType",
  "notFinite",
  "invalidValue",
  "invalidFormat",
  "invalidUrl",
  "urlUserinfo",
  "textTooShort",
  "invisibleText",
  "textTooLong",
  "tooFewItems",
  "tooManyItems",
  "tooSmall",
  "notPositive",
  "tooBig",
  "unknownField",
  "impossibleDate",
  "endBeforeStart",
  "noLanguage",
  "sourceEmpty",
  "exactNeedsPoint",
  "municipalityNeedsPlace",
  "rangeReversed",
  "oneAreaRequired",
  "invalid",
  // Between records
  "duplicateId",
  "unknownMunicipality",
  "placedWithin",
  "looksSynthetic",
  "unknownOrganisation",
  "unknownDonor",
  "unknownIndicator",
  "wrongIndicatorLevel",
  "outOfScale",
  // Locations
  "pointHidden",
  "pointOutside",
  "municipalityAssigned",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface CellLocation {
  sheet: string;
  /** 1-based spreadsheet row (the header is row 1). */
  row: number;
  column?: string;
}

export interface DataIssue {
  severity: Severity;
  code: IssueCode;
  path: IssuePath;
  params: Record<string, string | number>;
  entity?: EntityName;
  recordId?: string;
  location?: CellLocation;
}

/** A value quoted in a message is cut to this many characters: a report never echoes a megabyte cell. */
export const MAX_QUOTED_CHARS = 200;

export function truncateQuoted(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  // Not inside a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[MAX_QUOTED_CHARS - 1]!) ? MAX_QUOTED_CHARS - 1 : MAX_QUOTED_CHARS;
  return `${text.slice(0, end)}…`;
}

export function issue(
  severity: Severity,
  code: IssueCode,
  path: IssuePath,
  params: Record<string, string | number> = {},
  extra: Partial<DataIssue> = {},
): DataIssue {
  const quoted: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    quoted[key] = typeof value === "string" ? truncateQuoted(value) : value;
  return { severity, code, path, params: quoted, ...extra };
}

const CUSTOM_REASONS = new Set<string>(ISSUE_CODES);

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** One zod issue as a DataIssue; `prefix` is the path of the value zod checked. */
export function fromZodIssue(zi: z.core.$ZodIssue, prefix: IssuePath, input: unknown): DataIssue {
  const path = [...prefix, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const field = String([...zi.path].reverse().find((p) => typeof p === "string") ?? "");
  const base = { field };
  switch (zi.code) {
    case "invalid_type": {
      const received = valueAt(input, zi.path);
      if (received === undefined) return issue("error", "required", path, base);
      // 1e999 in a file reads as Infinity: a number, but not one that can be used.
      if (typeof received === "number" && !Number.isFinite(received)) return issue("error", "notFinite", path, base);
      return issue("error", "invalidType", path, { ...base, expected: zi.expected, received: describeType(received) });
    }
    case "invalid_value":
      return issue("error", "invalidValue", path, {
        ...base,
        value: String(valueAt(input, zi.path)),
        allowed: zi.values.map(String).join(", "),
      });
    case "invalid_format":
      if (zi.format === "url")
        return issue("error", "invalidUrl", path, { ...base, value: String(valueAt(input, zi.path)) });
      return issue("error", "invalidFormat", path, { ...base, value: String(valueAt(input, zi.path)) });
    case "too_small":
      if (zi.origin === "string") return issue("error", "textTooShort", path, base);
      if (zi.origin === "array") return issue("error", "tooFewItems", path, { ...base, minimum: Number(zi.minimum) });
      if (Number(zi.minimum) === 0 && !zi.inclusive)
        return issue("error", "notPositive", path, { ...base, value: numberAt(input, zi.path) });
      return issue("error", "tooSmall", path, {
        ...base,
        minimum: Number(zi.minimum),
        value: numberAt(input, zi.path),
      });
    case "too_big":
      if (zi.origin === "string") return issue("error", "textTooLong", path, { ...base, maximum: Number(zi.maximum) });
      if (zi.origin === "array") return issue("error", "tooManyItems", path, { ...base, maximum: Number(zi.maximum) });
      return issue("error", "tooBig", path, { ...base, maximum: Number(zi.maximum), value: numberAt(input, zi.path) });
    case "unrecognized_keys":
      return issue("warning", "unknownField", path, { ...base, keys: zi.keys.join(", ") });
    case "custom": {
      const reason = (zi.params as { reason?: unknown } | undefined)?.reason;
      if (typeof reason === "string" && CUSTOM_REASONS.has(reason))
        return issue("error", reason as IssueCode, path, { ...base, value: String(valueAt(input, zi.path) ?? "") });
      return issue("error", "invalid", path, base);
    }
    default:
      return issue("error", "invalid", path, base);
  }
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function numberAt(input: unknown, path: ReadonlyArray<PropertyKey>): string {
  const v = valueAt(input, path);
  return typeof v === "number" ? String(v) : "";
}

/** "projects[3].funding.amount" */
export function formatPath(path: IssuePath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

export const hasErrors = (issues: readonly DataIssue[]) => issues.some((i) => i.severity === "error");
