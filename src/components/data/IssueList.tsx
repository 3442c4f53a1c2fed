import { useTranslation } from "react-i18next";
import type { DataIssue } from "../../data/issues.ts";
import { issueMessage, issueWhere } from "./issueText.ts";

/** Problems as a table: most serious first, long reports cut with a count of the rest. */
export function IssueList({ issues, limit = 200 }: { issues: readonly DataIssue[]; limit?: number }) {
  const { t } = useTranslation();
  if (issues.length === 0) return <p className="issues-none">{t("data.issues.none")}</p>;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const shown = sorted.slice(0, limit);
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
      {sorted.length > shown.length && <p>{t("data.issues.more", { count: sorted.length - shown.length })}</p>}
    </div>
  );
}
