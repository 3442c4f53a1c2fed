/** The legend rows for the map's two patterns: "no data" and "reached otherwise" (src/map/patterns.ts). */
import { useTranslation } from "react-i18next";
import { NO_DATA_COLOR } from "../../map/choropleth.ts";
import { patternCss } from "../../map/patterns.ts";

/** The "no data" swatch: grey, cross-hatched as on the map. */
export function NoDataSwatch() {
  return <span className="swatch" style={{ background: patternCss("no-data", NO_DATA_COLOR) }} aria-hidden="true" />;
}

/** The hatched key row: at 0 on the map's measure, but reached by some project or named by a cited source. */
export function ReachedRow({ count, base }: { count: number; base: string | undefined }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <li data-testid="legend-reached" className="legend-row">
      <span
        className="swatch"
        style={{ background: patternCss("indirect", base ?? NO_DATA_COLOR) }}
        aria-hidden="true"
      />
      <span className="range">{t("legend.reached")}</span>
      <span className="count">{count}</span>
    </li>
  );
}
