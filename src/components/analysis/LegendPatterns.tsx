/** The legend rows: the map's two patterns ("no data", "reached otherwise"; src/map/patterns.ts) and a class to highlight. */
import { useTranslation } from "react-i18next";
import { NO_DATA_COLOR } from "../../map/choropleth.ts";
import { patternCss } from "../../map/patterns.ts";
import { useAppStore } from "../../state/store.ts";

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

/** A legend row as a toggle: pressed, the map dims every municipality outside it (the store's highlighted class). */
export function HighlightRow({
  index,
  color,
  label,
  count,
}: {
  index: number;
  color: string;
  label: string;
  count: number;
}) {
  const { t } = useTranslation();
  const highlight = useAppStore((s) => s.highlightClass);
  const setHighlight = useAppStore((s) => s.setHighlightClass);
  return (
    <button
      type="button"
      className={`legend-class${highlight === index ? " legend-class-active" : ""}`}
      aria-pressed={highlight === index}
      title={t("legend.highlight")}
      onClick={() => setHighlight(highlight === index ? null : index)}
    >
      <span className="swatch" style={{ background: color }} aria-hidden="true" />
      <span className="range">{label}</span>
      <span className="count">{count}</span>
    </button>
  );
}
