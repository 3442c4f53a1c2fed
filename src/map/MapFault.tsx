import { useTranslation } from "react-i18next";

/** What can go wrong with drawing the map itself, as opposed to its data. */
export type MapFaultKind = "engine" | "glyphs";

/**
 * Says when the map cannot draw (MapLibre's workers did not start: a blank map otherwise) or draws without place
 * names (the label glyphs did not arrive).
 */
export function MapFault({ fault }: { fault: MapFaultKind }) {
  const { t } = useTranslation();
  if (fault === "glyphs")
    return (
      <p className="status map-fault" role="status" data-testid="map-fault">
        {t("map.faultGlyphs")}
      </p>
    );
  return (
    <div className="status status-error map-fault" role="alert" data-testid="map-fault">
      <p>{t("map.faultEngine")}</p>
      <button type="button" onClick={() => location.reload()}>
        {t("failure.reload")}
      </button>
    </div>
  );
}
