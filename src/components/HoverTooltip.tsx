import { useTranslation } from "react-i18next";
import { classOf } from "../analysis/classify.ts";
import { coverageMetric } from "../analysis/metrics.ts";
import { termLabel } from "../data/taxonomy.ts";
import { pickText } from "../data/text.ts";
import type { GeoLayers } from "../geo/load.ts";
import { municipalityName } from "../geo/names.ts";
import { formatNumber } from "../i18n/format.ts";
import { currentLocale } from "../i18n/index.ts";
import { selectClasses, selectCoverageRanks, selectIndicatorLayer, selectMetricValues } from "../state/derived.ts";
import { useAppStore } from "../state/store.ts";

const at = (hover: { x: number; y: number }) => ({ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` });

/**
 * The hovered organisation marker (name, kind, where), or the hovered municipality beside the pointer: its name and country, and what the map shows for it — the value,
 * its class and, for a coverage figure, its rank. Mouse only: keyboard users get the same in the panel.
 */
export function HoverTooltip({ geo }: { geo: GeoLayers }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const hover = useAppStore((s) => s.hover);
  const metric = useAppStore((s) => s.metric);
  const need = useAppStore((s) => s.need);
  const values = useAppStore(selectMetricValues);
  const classes = useAppStore(selectClasses);
  const rankList = useAppStore(selectCoverageRanks);
  const layer = useAppStore(selectIndicatorLayer);
  const organisations = useAppStore((s) => s.data?.dataset.organisations);
  const organisation = hover?.kind === "organisation" ? organisations?.find((o) => o.id === hover.id) : undefined;
  if (hover && organisation) {
    const place = organisation.municipalityId ? geo.byId.get(organisation.municipalityId) : undefined;
    return (
      <div className="hover-tooltip" data-testid="hover-tooltip" aria-hidden="true" style={at(hover)}>
        <strong>{pickText(organisation.name, locale).text}</strong>
        {organisation.kind && <span>{termLabel("organisationKind", organisation.kind, locale)}</span>}
        <span>
          {[place && municipalityName(place, locale), organisation.country && t(`country.${organisation.country}`)]
            .filter(Boolean)
            .join(", ")}
        </span>
      </div>
    );
  }
  const props = hover && !hover.kind ? geo.byId.get(hover.id) : undefined;
  if (!hover || !props) return null;
  const value = values?.get(props.id);
  const covering = coverageMetric(metric);
  const label = covering ? t(`metric.${covering}`) : layer ? pickText(layer.indicator.label, locale).text : "";
  const classIndex = classes ? classOf(classes, value) : undefined;
  const rank = covering ? rankList?.get(props.id) : undefined;
  return (
    <div className="hover-tooltip" data-testid="hover-tooltip" aria-hidden="true" style={at(hover)}>
      <strong>{municipalityName(props, locale)}</strong>
      <span>{t(`country.${props.country}`)}</span>
      {!need && label && (
        <span className="tooltip-value" data-testid="tooltip-value">
          {label}:{" "}
          {value === undefined
            ? t("municipality.noData")
            : formatNumber(
                value,
                locale,
                covering?.startsWith("funding")
                  ? { style: "currency", currency: "EUR", maximumFractionDigits: 0 }
                  : { maximumFractionDigits: 2 },
              )}
          {classIndex !== undefined && classes && classes.upper.length > 1 && (
            <> · {t("tooltip.class", { n: classIndex + 1, of: classes.upper.length })}</>
          )}
          {rank && <> · {t(rank.joint ? "coverage.rankJoint" : "coverage.rank", { rank: rank.rank, of: rank.of })}</>}
        </span>
      )}
    </div>
  );
}
