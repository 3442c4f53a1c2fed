import { useTranslation } from "react-i18next";

/**
 * Says when the map cannot draw: MapLibre's workers did not start (their script did not arrive), which would
 * otherwise leave a blank map and no word why. (Glyphs that fail to arrive need no message: MapLibre draws the
 * names with the browser's own fonts instead, test/e2e/faults.spec.ts.)
 */
export function MapFault() {
  const { t } = useTranslation();
  return (
    <div className="status status-error map-fault" role="alert" data-testid="map-fault">
      <p>{t("map.faultEngine")}</p>
      <button type="button" onClick={() => location.reload()}>
        {t("failure.reload")}
      </button>
    </div>
  );
}
