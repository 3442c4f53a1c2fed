import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/store.ts";
import { issueMessage } from "./issueText.ts";

/** A load taking longer than this says so, with a Cancel button (a quick one shows nothing). */
export const SLOW_LOAD_MS = 800;

/** Whether `on` has stayed true for `ms`. */
function useHeld(on: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setHeld(true), ms);
    return () => {
      clearTimeout(timer);
      setHeld(false);
    };
  }, [on, ms]);
  return on && held;
}

/**
 * A slow load, with Cancel; why the dataset could not be loaded, with a retry (and, for a linked dataset, the map's
 * own). What is on screen stays.
 */
export function DataStatus() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.dataStatus);
  const error = useAppStore((s) => s.dataError);
  const loadData = useAppStore((s) => s.loadData);
  const dismiss = useAppStore((s) => s.dismissDataError);
  const linked = useAppStore((s) => s.dataSource !== null);
  const setDataSource = useAppStore((s) => s.setDataSource);
  const cancelLoad = useAppStore((s) => s.cancelLoad);
  const slow = useHeld(status === "loading", SLOW_LOAD_MS);
  if (slow)
    return (
      <div className="status data-status" role="status" data-testid="data-loading">
        <p>{t("data.loading")}</p>
        <div className="actions">
          <button type="button" onClick={cancelLoad}>
            {t("data.cancelLoad")}
          </button>
        </div>
      </div>
    );
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
        {/* A link named a dataset that cannot be loaded: the way back to the map's own. */}
        {linked && (
          <button type="button" onClick={() => setDataSource(null)} data-testid="error-use-own-data">
            {t("dataOrigin.useOwn")}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {t("data.dismiss")}
        </button>
      </div>
    </div>
  );
}
