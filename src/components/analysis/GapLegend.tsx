import { useTranslation } from "react-i18next";
import { BIVARIATE_COLORS } from "../../analysis/bivariate.ts";
import { comparableAsNeed, type Edition } from "../../analysis/indicators.ts";
import { pickText } from "../../data/text.ts";
import { currentLocale } from "../../i18n/index.ts";
import { indirectCount } from "../../map/choropleth.ts";
import {
  selectBivariate,
  selectCoverageMetric,
  selectFeatureStates,
  selectNeedIndicator,
} from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { DataText, slot, withData } from "../data/DataText.tsx";
import { SourceList } from "../data/SourceList.tsx";
import { NoDataSwatch, ReachedRow } from "./LegendPatterns.tsx";

const LEVELS = [0, 1, 2] as const;

/** The 3 × 3 key of the gap map, how it is computed, and the need indicator's sources. */
export function GapLegend() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const indicator = useAppStore(selectNeedIndicator);
  const gap = useAppStore(selectBivariate);
  const metric = useAppStore(selectCoverageMetric);
  const total = useAppStore((s) => s.geo?.byId.size ?? 0);
  const states = useAppStore(selectFeatureStates);
  // The indicator's label is the dataset's: isolated in every sentence it is put in.
  const need = indicator && <DataText>{pickText(indicator.label, locale).text}</DataText>;
  if (indicator && !comparableAsNeed(indicator))
    return (
      <p className="empty-state" role="status" data-testid="need-refused">
        {withData(t("gap.refused", { need: slot("need") }), { need })}
      </p>
    );
  if (!indicator || !gap) return null;
  const { edition } = gap.need;
  const counts = new Map<string, number>();
  for (const c of gap.classes.values())
    counts.set(`${c.need}${c.coverage}`, (counts.get(`${c.need}${c.coverage}`) ?? 0) + 1);
  const noData = total - gap.classes.size;
  return (
    <div className="gap-legend" data-testid="gap-legend">
      <table className="bivariate" aria-label={t("gap.key")}>
        <thead>
          <tr>
            <td />
            {LEVELS.map((c) => (
              <th key={c} scope="col">
                {t(`gap.coverage${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...LEVELS].reverse().map((n) => (
            <tr key={n}>
              <th scope="row">{t(`gap.need${n}`)}</th>
              {LEVELS.map((c) => (
                <td key={c} style={{ background: BIVARIATE_COLORS[n]![c] }} data-testid={`gap-cell-${n}${c}`}>
                  {counts.get(`${n}${c}`) ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {withData(
          t("gap.formula", {
            need: slot("need"),
            coverage: t(`metric.${metric}`),
            units: t(gap.need.level === "country" ? "gap.unitsCountry" : "gap.unitsMunicipality"),
          }),
          { need },
        )}
      </p>
      {edition && (
        <p className="hint" data-testid="need-edition">
          <strong>{t("gap.countryLevel", { year: edition.year ?? "?" })}</strong>
          <EditionMissing edition={edition} />
        </p>
      )}
      <ul className="legend-classes" aria-label={t("legend.patterns")}>
        {states && <ReachedRow count={indirectCount(states)} base={BIVARIATE_COLORS[0]![0]} />}
        {noData > 0 && (
          <li data-testid="gap-no-data" className="legend-row">
            <NoDataSwatch />
            <span className="range">{t("gap.noData")}</span>
            <span className="count">{noData}</span>
          </li>
        )}
      </ul>
      {indicator.direction === "higher-is-better" && <p className="hint">{t("gap.inverted")}</p>}
      <SourceList sources={indicator.sources} />
    </div>
  );
}

/** The countries left out of a country-level indicator's edition, as "no data" (nothing when none are). */
export function EditionMissing({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  if (edition.missing.length === 0) return null;
  const countries = edition.missing.map((c) => t(`country.${c}`)).join(", ");
  return <> {t("gap.editionMissing", { year: edition.year ?? "?", countries })}</>;
}
