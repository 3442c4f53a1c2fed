import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { classOf } from "../analysis/classify.ts";
import { coverageMetric } from "../analysis/metrics.ts";
import type { Organisation } from "../data/schema.ts";
import { termLabel } from "../data/taxonomy.ts";
import { pickText } from "../data/text.ts";
import type { GeoLayers } from "../geo/load.ts";
import { municipalityName } from "../geo/names.ts";
import type { Locale, MunicipalityProps } from "../geo/schema.ts";
import { formatMeasure, formatNumber } from "../i18n/format.ts";
import { currentLocale } from "../i18n/index.ts";
import {
  selectBivariate,
  selectClasses,
  selectCoverageKinds,
  selectCoverageMetric,
  selectCoverageRanks,
  selectCoverageValues,
  selectIndicatorLayer,
  selectMetricValues,
  selectOrganisationsById,
  selectChangeMode,
} from "../state/derived.ts";
import { ChangeLines } from "./analysis/ChangeLines.tsx";
import { useInteractionStore } from "../state/interaction.ts";
import { useAppStore } from "../state/store.ts";
import { DataText } from "./data/DataText.tsx";

const OFFSET = 14;

/**
 * Beside the pointer, flipped to its left (or above it) where it would run past the map's right (or bottom) edge.
 * Measured after render, before paint.
 */
function usePlacement(hover: { x: number; y: number } | null) {
  const ref = useRef<HTMLDivElement>(null);
  const [flip, setFlip] = useState({ x: false, y: false });
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.offsetParent;
    if (!el || !hover || !(parent instanceof HTMLElement)) return;
    const x = hover.x + OFFSET + el.offsetWidth > parent.clientWidth;
    const y = hover.y + OFFSET + el.offsetHeight > parent.clientHeight;
    setFlip((f) => (f.x === x && f.y === y ? f : { x, y }));
  }, [hover]);
  const style = hover
    ? {
        transform:
          `translate(${flip.x ? `calc(${hover.x - OFFSET}px - 100%)` : `${hover.x + OFFSET}px`}, ` +
          `${flip.y ? `calc(${hover.y - OFFSET}px - 100%)` : `${hover.y + OFFSET}px`})`,
      }
    : undefined;
  return { ref, style };
}

/**
 * The hovered organisation marker (name, kind, where), or the hovered municipality beside the pointer: its name and
 * country, and what the map shows for it — the value, its class and, for a coverage figure, its rank and the kind of
 * coverage; on the gap map, its need and coverage classes. Mouse only: keyboard users get the same in the panel.
 */
export function HoverTooltip({ geo }: { geo: GeoLayers }) {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const hover = useInteractionStore((s) => s.hover);
  const organisations = useAppStore(selectOrganisationsById);
  const organisation = hover?.kind === "organisation" ? organisations?.get(hover.id) : undefined;
  const { ref, style } = usePlacement(hover);
  if (hover && organisation)
    return (
      <div className="hover-tooltip" data-testid="hover-tooltip" aria-hidden="true" style={style} ref={ref}>
        <OrganisationLines organisation={organisation} geo={geo} locale={locale} />
      </div>
    );
  const props = hover && !hover.kind ? geo.byId.get(hover.id) : undefined;
  if (!hover || !props) return null;
  return (
    <div className="hover-tooltip" data-testid="hover-tooltip" aria-hidden="true" style={style} ref={ref}>
      <MunicipalityLines props={props} locale={locale} />
    </div>
  );
}

function OrganisationLines({
  organisation,
  geo,
  locale,
}: {
  organisation: Organisation;
  geo: GeoLayers;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const place = organisation.municipalityId ? geo.byId.get(organisation.municipalityId) : undefined;
  return (
    <>
      <strong>
        <DataText>{pickText(organisation.name, locale).text}</DataText>
      </strong>
      {organisation.kind && <span>{termLabel("organisationKind", organisation.kind, locale)}</span>}
      <span>
        {[place && municipalityName(place, locale), organisation.country && t(`country.${organisation.country}`)]
          .filter(Boolean)
          .join(", ")}
      </span>
    </>
  );
}

function MunicipalityLines({ props, locale }: { props: MunicipalityProps; locale: Locale }) {
  const { t } = useTranslation();
  const metric = useAppStore((s) => s.metric);
  const values = useAppStore(selectMetricValues);
  const classes = useAppStore(selectClasses);
  const rankList = useAppStore(selectCoverageRanks);
  const layer = useAppStore(selectIndicatorLayer);
  const kinds = useAppStore(selectCoverageKinds);
  const gap = useAppStore(selectBivariate);
  const value = values?.get(props.id);
  const covering = coverageMetric(metric);
  const label = covering ? (
    t(`metric.${covering}`)
  ) : layer ? (
    <DataText>{pickText(layer.indicator.label, locale).text}</DataText>
  ) : undefined;
  const classIndex = classes ? classOf(classes, value) : undefined;
  const rank = covering ? rankList?.get(props.id) : undefined;
  const kind = kinds?.get(props.id);
  const coverage = useAppStore(selectCoverageValues);
  const covered = gap || covering ? coverage?.get(props.id) : undefined;
  const change = useAppStore(selectChangeMode);
  if (change)
    return (
      <>
        <strong>{municipalityName(props, locale)}</strong>
        <span>{t(`country.${props.country}`)}</span>
        <ChangeLines mode={change} id={props.id} country={props.country} locale={locale} />
      </>
    );
  return (
    <>
      <strong>{municipalityName(props, locale)}</strong>
      <span>{t(`country.${props.country}`)}</span>
      {gap ? (
        <GapLines id={props.id} locale={locale} />
      ) : (
        label && (
          <span className="tooltip-value" data-testid="tooltip-value">
            {label}: {value === undefined ? t("municipality.noData") : formatMeasure(value, covering ?? "", locale)}
            {classIndex !== undefined && classes && classes.upper.length > 1 && (
              <> · {t("tooltip.class", { n: classIndex + 1, of: classes.upper.length })}</>
            )}
            {rank && <> · {t(rank.joint ? "coverage.rankJoint" : "coverage.rank", { rank: rank.rank, of: rank.of })}</>}
          </span>
        )
      )}
      {/* Where the map's coverage figure is 0: whether anything reaches it all the same. */}
      {covered === 0 && kind && (
        <span className="tooltip-kind" data-testid="tooltip-kind">
          {t(`coverageKind.${kind}`)}
        </span>
      )}
    </>
  );
}

/** On the gap map: the need value (and whether it is the country's), its class, and the coverage with its class. */
function GapLines({ id, locale }: { id: string; locale: Locale }) {
  const { t } = useTranslation();
  const gap = useAppStore(selectBivariate);
  const coverage = useAppStore(selectCoverageValues);
  const metric = useAppStore(selectCoverageMetric);
  const indicator = useAppStore((s) => s.data?.dataset.indicators.find((i) => i.id === s.need));
  if (!gap || !indicator) return null;
  const adjusted = gap.need.perMunicipality.get(id);
  // Need is stored sign-adjusted (higher is more need); the reader sees the indicator's own value.
  const need = adjusted === undefined ? undefined : indicator.direction === "higher-is-better" ? -adjusted : adjusted;
  const covered = coverage?.get(id);
  const c = gap.classes.get(id);
  const noData = t("municipality.noData");
  return (
    <>
      <span className="tooltip-value" data-testid="tooltip-need">
        <DataText>{pickText(indicator.label, locale).text}</DataText>:{" "}
        {need === undefined ? noData : formatNumber(need, locale)}
        {gap.need.edition && need !== undefined && (
          <> ({t("tooltip.countryLevel", { year: gap.need.edition.year ?? "?" })})</>
        )}
        {c && <> · {t(`gap.need${c.need}`)}</>}
      </span>
      <span className="tooltip-value" data-testid="tooltip-value">
        {t(`metric.${metric}`)}: {covered === undefined ? noData : formatMeasure(covered, metric, locale)}
        {c && <> · {t(`gap.coverage${c.coverage}`)}</>}
      </span>
    </>
  );
}
