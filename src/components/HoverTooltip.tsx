import { useTranslation } from "react-i18next";
import type { GeoLayers } from "../geo/load.ts";
import { municipalityName } from "../geo/names.ts";
import { currentLocale } from "../i18n/index.ts";
import { useAppStore } from "../state/store.ts";

/** The hovered municipality's name, beside the pointer. Mouse only: keyboard users get the panel. */
export function HoverTooltip({ geo }: { geo: GeoLayers }) {
  const { t, i18n } = useTranslation();
  const hover = useAppStore((s) => s.hover);
  const props = hover ? geo.byId.get(hover.id) : undefined;
  if (!hover || !props) return null;
  return (
    <div
      className="hover-tooltip"
      data-testid="hover-tooltip"
      aria-hidden="true"
      style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}
    >
      <strong>{municipalityName(props, currentLocale(i18n.resolvedLanguage ?? i18n.language))}</strong>
      <span>{t(`country.${props.country}`)}</span>
    </div>
  );
}
