import { useTranslation } from "react-i18next";
import type { DataIssue, Severity } from "../../data/issues.ts";
import { issueMessage, issueWhere } from "./issueText.ts";

/** How many problems a report holds, errors and warnings, counting those it only counted (`omitted`). */
export function issueTotals(
  issues: readonly DataIssue[],
  omitted?: Partial<Record<Severity, number>>,
): { errors: number; warnings: number } {
  return {
    errors: issues.filter((i) => i.severity === "error").length + (omitted?.error ?? 0),
    warnings: issues.filter((i) => i.severity === "warning").length + (omitted?.warning ?? 0),
  };
}

/**
 * Problems as a table: most serious first, long reports cut with a count of the rest (including those the report
 * only counted, `omitted`).
 */
export function IssueList({
  issues,
  omitted,
  limit = 200,
}: {
  issues: readonly DataIssue[];
  omitted?: Partial<Record<Severity, number>>;
  limit?: number;
}) {
  const { t } = useTranslation();
  if (issues.length === 0) return <p className="issues-none">{t("data.issues.none")}</p>;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const shown = sorted.slice(0, limit);
  const rest = sorted.length - shown.length + Object.values(omitted ?? {}).reduce((a, b) => a + b, 0);
  return (
    <div className="issues" data-testid="issue-list">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("data.issues.type")}</th>
            <th scope="col">{t("data.issues.location")}</th>
            <th scope="col">{t("data.issues.message")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, i) => (
            <tr key={i} className={`issue issue-${issue.severity}`}>
              <td>{t(`data.issues.severity.${issue.severity}`)}</td>
              <td>{issueWhere(t, issue)}</td>
              <td>{issueMessage(t, issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && <p>{t("data.issues.more", { count: rest })}</p>}
    </div>
  );
}
