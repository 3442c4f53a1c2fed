import { useTranslation } from "react-i18next";
import { metricValue } from "../../analysis/metrics.ts";
import { isolateText, pickText } from "../../data/text.ts";
import { municipalityName } from "../../geo/names.ts";
import { formatMeasure, formatNumber } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import {
  selectBivariate,
  selectChangeMode,
  selectCoverageMetric,
  selectNeedIndicator,
  selectTableRows,
} from "../../state/derived.ts";
import { periodLabel } from "../../analysis/periods.ts";
import { useAppStore } from "../../state/store.ts";

/** What the map shows, in a sentence or two (the change view's first); read out again after every change (a polite live region). */
export function TableSummary() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const rows = useAppStore(selectTableRows);
  const measure = useAppStore(selectCoverageMetric);
  const need = useAppStore(selectNeedIndicator);
  const gap = useAppStore(selectBivariate);
  const geo = useAppStore((s) => s.geo);
  const change = useAppStore(selectChangeMode);
  if (!rows || !geo) return null;
  const values = rows.map((r) => ({ id: r.id, value: metricValue(r.metrics, measure) }));
  const positive = values.filter((v) => v.value !== undefined && v.value > 0);
  const zero = values.filter((v) => v.value === 0).length;
  const top = positive.reduce<(typeof positive)[number] | undefined>(
    (a, b) => (!a || b.value! > a.value! ? b : a),
    undefined,
  );
  const topProps = top && geo.byId.get(top.id);
  return (
    <p className="table-summary" role="status" aria-live="polite" data-testid="table-summary">
      {change?.kind === "projects" &&
        `${t("share.showsChange", { earlier: periodLabel(change.view.earlier), later: periodLabel(change.view.later) })} ${t("share.changeFigures", { ...change.view.areas })} `}
      {need && gap
        ? t("table.summaryGap", {
            need: isolateText(pickText(need.label, locale).text),
            measure: t(`metric.${measure}`),
            high: formatNumber(gap.highNeedNoCoverage.length, locale),
          })
        : ""}
      {t("table.summary", {
        measure: t(`metric.${measure}`),
        total: formatNumber(rows.length, locale),
        positive: formatNumber(positive.length, locale),
        zero: formatNumber(zero, locale),
        noData: formatNumber(rows.length - positive.length - zero, locale),
      })}
      {top &&
        topProps &&
        ` ${t("table.summaryTop", { name: municipalityName(topProps, locale), value: formatMeasure(top.value!, measure, locale) })}`}
    </p>
  );
}
