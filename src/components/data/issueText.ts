import type { TFunction } from "i18next";
import { formatPath, type DataIssue } from "../../data/issues.ts";

/** A problem as a translated sentence. */
export function issueMessage(t: TFunction, issue: DataIssue): string {
  return t(`validation.${issue.code}`, issue.params);
}

/** Where a problem is: sheet, row and column for spreadsheets, the JSON path otherwise. */
export function issueWhere(t: TFunction, issue: DataIssue): string {
  const at = issue.location;
  if (at?.column) return t("data.issues.where.cell", { sheet: at.sheet, row: at.row, column: at.column });
  if (at) return t("data.issues.where.row", { sheet: at.sheet, row: at.row });
  return issue.path.length > 0 ? formatPath(issue.path) : t("data.issues.where.file");
}
