import { useTranslation } from "react-i18next";
import { useAppStore } from "../state/store.ts";

/** Loading message, or a translated error with a retry button instead of a blank map. */
export function GeoStatus() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.geoStatus);
  const error = useAppStore((s) => s.geoError);
  const loadGeo = useAppStore((s) => s.loadGeo);
  if (status === "loading" || status === "idle") {
    return (
      <div className="status" role="status" data-testid="geo-loading">
        {t("map.loading")}
      </div>
    );
  }
  if (status === "error") {
    return (
      <div className="status status-error" role="alert" data-testid="geo-error">
        <p>{t("map.loadError")}</p>
        {error && <p className="status-detail">{error}</p>}
        <button type="button" onClick={() => void loadGeo()}>
          {t("map.retry")}
        </button>
      </div>
    );
  }
  return null;
}
