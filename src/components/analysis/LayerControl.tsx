import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_KINDS, termLabel } from "../../data/taxonomy.ts";
import { currentLocale } from "../../i18n/index.ts";
import { COLORS, KIND_COLORS, UNKNOWN_KIND_COLOR } from "../../map/style.ts";
import { selectOrganisationPoints } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import type { Overlay } from "../../state/url.ts";

/** The layers drawn over the choropleth, each with its key: named places, organisations (by kind), overlooked. */
export function LayerControl() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const overlays = useAppStore((s) => s.overlays);
  const orgMarkers = useAppStore(selectOrganisationPoints);
  return (
    <fieldset className="overlays">
      <legend>{t("layers.title")}</legend>
      <OverlayToggle overlay="places" label={t("layers.places")}>
        <span className="dot" style={{ background: COLORS.donorFocus }} />
        <span className="dot" style={{ background: COLORS.reported }} />
      </OverlayToggle>
      <OverlayToggle overlay="organisations" label={t("layers.organisations")}>
        <span className="dot" style={{ background: "#fff", borderColor: COLORS.countryLine }} />
      </OverlayToggle>
      {overlays.includes("organisations") && (
        <ul className="kind-key" aria-label={t("layers.kinds")}>
          {ORGANISATION_KINDS.ids.map((kind) => (
            <li key={kind}>
              <span className="dot" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />{" "}
              {termLabel("organisationKind", kind, locale)}
            </li>
          ))}
          <li>
            <span className="dot" style={{ background: UNKNOWN_KIND_COLOR }} aria-hidden="true" />{" "}
            {t("layers.kindUnknown")}
          </li>
          {(orgMarkers?.countryOnly ?? 0) > 0 && (
            <li className="hint">{t("layers.countryOnly", { count: orgMarkers!.countryOnly })}</li>
          )}
        </ul>
      )}
      <OverlayToggle overlay="overlooked" label={t("layers.overlooked")}>
        <span className="dash" style={{ borderColor: COLORS.overlooked }} />
      </OverlayToggle>
    </fieldset>
  );
}

/** A checkbox showing or hiding one overlay, with its key. */
function OverlayToggle({ overlay, label, children }: { overlay: Overlay; label: string; children: ReactNode }) {
  const shown = useAppStore((s) => s.overlays.includes(overlay));
  const setOverlay = useAppStore((s) => s.setOverlay);
  return (
    <label className="option">
      <input type="checkbox" checked={shown} onChange={(e) => setOverlay(overlay, e.target.checked)} />
      <span>
        <span aria-hidden="true">{children}</span> {label}
      </span>
    </label>
  );
}
