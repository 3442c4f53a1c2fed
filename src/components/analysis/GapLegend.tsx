import { useTranslation } from "react-i18next";
import { BIVARIATE_COLORS } from "../../analysis/bivariate.ts";
import { pickText } from "../../data/text.ts";
import { currentLocale } from "../../i18n/index.ts";
import { selectBivariate, selectCoverageMetric, selectNeedIndicator } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { SourceList } from "../data/SourceList.tsx";

const LEVELS = [0, 1, 2] as const;

/** The 3 × 3 key of the gap map, how it is computed, and the need indicator's sources. */
export function GapLegend() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const indicator = useAppStore(selectNeedIndicator);
  const gap = useAppStore(selectBivariate);
  const metric = useAppStore(selectCoverageMetric);
  const total = useAppStore((s) => s.geo?.byId.size ?? 0);
  if (!indicator || !gap) return null;
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
        {t("gap.formula", {
          need: pickText(indicator.label, locale).text,
          coverage: t(`metric.${metric}`),
        })}
        {indicator.level === "country" && ` ${t("gap.countryLevel")}`}
        {indicator.direction === "higher-is-better" && ` ${t("gap.inverted")}`}
        {noData > 0 && ` ${t("gap.noData", { count: noData })}`}
      </p>
      <SourceList sources={indicator.sources} />
    </div>
  );
}
