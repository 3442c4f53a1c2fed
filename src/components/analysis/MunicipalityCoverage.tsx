import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { METRIC_IDS, metricValue, type MetricId, type MunicipalityMetrics } from "../../analysis/metrics.ts";
import { ranks, type Rank } from "../../analysis/rank.ts";
import type { CountryCode, Locale } from "../../geo/schema.ts";
import { formatNumber } from "../../i18n/format.ts";
import { selectCoverageKinds, selectMetrics } from "../../state/derived.ts";
import { CompletenessLine } from "./DatasetCompleteness.tsx";
import { useAppStore } from "../../state/store.ts";

/** The selected municipality's coverage under the current filters, each figure with its rank. */
export function MunicipalityCoverage({
  municipalityId,
  country,
  locale,
}: {
  municipalityId: string;
  country: CountryCode;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const all = useAppStore(selectMetrics);
  const filters = useAppStore((s) => s.filters);
  const kind = useAppStore((s) => selectCoverageKinds(s)?.get(municipalityId));
  const ranked = useMemo(() => {
    if (!all) return null;
    return Object.fromEntries(
      METRIC_IDS.map((m) => [m, ranks(new Map([...all].map(([id, v]) => [id, metricValue(v, m)])))]),
    );
  }, [all]);
  const own = all?.get(municipalityId);
  if (!own || !ranked) return null;
  const outside = filters.countries.length > 0 && !filters.countries.includes(country);
  return (
    <section className="coverage" data-testid="municipality-coverage">
      <h3>{t("coverage.title")}</h3>
      {outside && (
        <p className="empty-state" data-testid="outside-filter">
          {t("coverage.outside")}
        </p>
      )}
      {kind && (
        <p className="hint coverage-kind" data-testid="coverage-kind">
          {t(`coverageKind.${kind}`)}
        </p>
      )}
      <CoverageFigures metrics={own} locale={locale} rankOf={(m) => ranked[m]?.get(municipalityId)} />
      {own.regionProjects > 0 && <p className="hint">{t("coverage.regionWide", { count: own.regionProjects })}</p>}
      {own.countryWideProjects > 0 && (
        <p className="hint">{t("coverage.countryWide", { count: own.countryWideProjects })}</p>
      )}
      {own.fundingUnknown > 0 && <p className="hint">{t("coverage.fundingUnknown", { count: own.fundingUnknown })}</p>}
      <CompletenessLine countries={[country]} />
    </section>
  );
}

/** Each coverage figure of one municipality (with its rank) or of several taken together. */
export function CoverageFigures({
  metrics,
  locale,
  rankOf,
}: {
  metrics: MunicipalityMetrics;
  locale: Locale;
  rankOf?: (metric: MetricId) => Rank | undefined;
}) {
  const { t } = useTranslation();
  return (
    <dl>
      {METRIC_IDS.map((m) => {
        const value = metricValue(metrics, m);
        const rank = rankOf?.(m);
        return (
          <div key={m}>
            <dt>{t(`metric.${m}`)}</dt>
            <dd>
              {value === undefined ? (
                <span className="no-data">{t("municipality.noData")}</span>
              ) : (
                <>
                  {m.startsWith("funding")
                    ? formatNumber(value, locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 })
                    : formatNumber(value, locale, { maximumFractionDigits: 2 })}
                  {rank && (
                    <small>
                      {" "}
                      {t(rank.joint ? "coverage.rankJoint" : "coverage.rank", { rank: rank.rank, of: rank.of })}
                    </small>
                  )}
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
