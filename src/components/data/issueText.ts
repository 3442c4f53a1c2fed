import type { TFunction } from "i18next";
import { createElement, type ReactNode } from "react";
import { formatPath, type DataIssue } from "../../data/issues.ts";
import { DataText, slot, withData } from "./DataText.tsx";

/**
 * A problem as a translated sentence. The values it quotes come from the data or a file (a wrong value, a column,
 * a field): each is isolated in a <bdi>, so direction controls in them cannot reorder the sentence.
 */
export function issueMessage(t: TFunction, issue: DataIssue): ReactNode {
  const params: Record<string, string | number> = {};
  const values: Record<string, ReactNode> = {};
  for (const [key, value] of Object.entries(issue.params)) {
    // Kinds of value are the app's own words ("a list"), translated; everything else is quoted from the data.
    if (issue.code === "invalidType" && (key === "expected" || key === "received") && typeof value === "string") {
      params[key] = t(`data.types.${value}`, { defaultValue: value });
      continue;
    }
    params[key] = typeof value === "string" ? slot(key) : value;
    if (typeof value === "string") values[key] = createElement(DataText, null, value);
  }
  return withData(t(`validation.${issue.code}`, params), values);
}

/** Where a problem is: sheet, row and column for spreadsheets, the JSON path otherwise. */
export function issueWhere(t: TFunction, issue: DataIssue): string {
  const at = issue.location;
  if (at?.column) return t("data.issues.where.cell", { sheet: at.sheet, row: at.row, column: at.column });
  if (at) return t("data.issues.where.row", { sheet: at.sheet, row: at.row });
  return issue.path.length > 0 ? formatPath(issue.path) : t("data.issues.where.file");
}
