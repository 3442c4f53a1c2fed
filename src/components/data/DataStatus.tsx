import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/store.ts";
import { issueMessage } from "./issueText.ts";

/** Why the dataset could not be loaded, with a retry; the data already on screen stays. */
export function DataStatus() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.dataStatus);
  const error = useAppStore((s) => s.dataError);
  const loadData = useAppStore((s) => s.loadData);
  const dismiss = useAppStore((s) => s.dismissDataError);
  if (status !== "error" || !error) return null;
  return (
    <div className="status status-error data-status" role="alert" data-testid="data-error">
      <p>{t("data.loadError")}</p>
      {error.map((issue, i) => (
        <p key={i} className="status-detail">
          {issueMessage(t, issue)}
        </p>
      ))}
      <div className="actions">
        <button type="button" onClick={() => void loadData()}>
          {t("data.retry")}
        </button>
        <button type="button" onClick={dismiss}>
          {t("data.dismiss")}
        </button>
      </div>
    </div>
  );
}
