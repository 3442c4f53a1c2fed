import { useTranslation } from "react-i18next";
import { periodLabel } from "../../analysis/periods.ts";
import type { CountryCode, Locale } from "../../geo/schema.ts";
import { formatMeasure, formatNumber } from "../../i18n/format.ts";
import type { ChangeMode } from "../../state/derived.ts";

/**
 * In the change view: what a municipality's projects did between the periods (its category, projects, organisations
 * and known grants in each), or its country's score in both editions. In the hover tooltip and the municipality's panel.
 */
export function ChangeLines({
  mode,
  id,
  country,
  locale,
}: {
  mode: ChangeMode;
  id: string;
  country: CountryCode;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const noData = t("municipality.noData");
  if (mode.kind === "unmatched") return <span className="tooltip-value">{noData}</span>;
  if (mode.kind === "editions") {
    const c = mode.comparison.countries.find((x) => x.country === country);
    const score = (n: number | undefined) => (n === undefined ? noData : formatNumber(n, locale));
    return (
      <span className="tooltip-value" data-testid="tooltip-change">
        {t("change.tooltipEdition", {
          earlier: mode.comparison.earlier,
          later: mode.comparison.later,
          a: score(c?.earlier?.value),
          b: score(c?.later?.value),
        })}{" "}
        · {t(`change.move.${c?.move ?? "no-data"}`)}
      </span>
    );
  }
  const m = mode.view.municipalities.get(id);
  if (!m) return null;
  const earlier = periodLabel(mode.view.earlier);
  const later = periodLabel(mode.view.later);
  const money = (n: number | undefined) => (n === undefined ? noData : formatMeasure(n, "fundingEur", locale));
  const maybe = m.earlier.unknown + m.later.unknown;
  const orgs = m.organisations;
  return (
    <>
      <span className="tooltip-value" data-testid="tooltip-change">
        {t(`change.area.${m.category}`)}
      </span>
      <span>{t("change.tooltipProjects", { earlier, later, a: m.earlier.active, b: m.later.active })}</span>
      {maybe > 0 && <span>{t("change.tooltipMaybe", { count: maybe })}</span>}
      {orgs.started + orgs.ended + orgs.continued > 0 && (
        <span>
          {t("change.tooltipOrganisations", { started: orgs.started, ended: orgs.ended, continued: orgs.continued })}
        </span>
      )}
      {m.earlier.active + m.later.active > 0 && (
        <span>
          {t("change.tooltipFunding", { earlier, later, a: money(m.earlier.fundingEur), b: money(m.later.fundingEur) })}
        </span>
      )}
    </>
  );
}
