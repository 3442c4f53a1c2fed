import { useMemo, useRef } from "react";
import { usePanelFocus } from "../state/interaction.ts";
import { SheetHandle, useSheetClass } from "./SheetHandle.tsx";
import { useTranslation } from "react-i18next";
import { combinedMetrics } from "../analysis/metrics.ts";
import type { CityGroup } from "../geo/gazetteer.ts";
import type { GeoLayers } from "../geo/load.ts";
import { municipalityName } from "../geo/names.ts";
import { currentLocale } from "../i18n/index.ts";
import { regionMembers, selectFiltered, selectMetrics } from "../state/derived.ts";
import { useAppStore } from "../state/store.ts";
import { CoverageFigures } from "./analysis/MunicipalityCoverage.tsx";
import { SafeLink } from "./data/SafeLink.tsx";

/** A city made of several municipalities: its municipalities (each can be opened) and their figures together. */
export function CityPanel({ geo, city }: { geo: GeoLayers; city: CityGroup }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const sheetClass = useSheetClass();
  usePanelFocus("municipality", heading);
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const select = useAppStore((s) => s.select);
  const focus = useAppStore((s) => s.focus);
  const filtered = useAppStore(selectFiltered);
  const all = useAppStore(selectMetrics);
  const countCountryWide = useAppStore((s) => s.countCountryWide);
  const dataset = useAppStore((s) => s.data?.dataset);
  const members = useMemo(() => city.members.flatMap((id) => geo.byId.get(id) ?? []), [city.members, geo]);
  const metrics = useMemo(
    () =>
      filtered && all && dataset
        ? combinedMetrics(filtered, all, members, { countCountryWide, regions: regionMembers(dataset) })
        : undefined,
    [filtered, all, members, countCountryWide, dataset],
  );
  return (
    <aside className={`panel ${sheetClass}`} data-testid="city-panel" aria-labelledby="city-panel-title">
      <SheetHandle />
      <p className="panel-kicker">{t("places.city")}</p>
      <h2 id="city-panel-title" ref={heading} tabIndex={-1}>
        {city.names[locale]}
      </h2>
      <dl>
        <dt>{t("municipality.country")}</dt>
        <dd>{t(`country.${city.country}`)}</dd>
      </dl>
      <h3>{t("places.cityMembers")}</h3>
      <ul className="city-members" data-testid="city-members">
        {members.map((m) => (
          <li key={m.id}>
            <button type="button" className="link-button" onClick={() => focus(m.id)}>
              {municipalityName(m, locale)}
            </button>
          </li>
        ))}
      </ul>
      {metrics && (
        <section className="coverage" data-testid="city-coverage">
          <h3>{t("coverage.title")}</h3>
          <p className="hint">{t("places.cityNote", { count: members.length })}</p>
          <CoverageFigures metrics={metrics} locale={locale} />
          {metrics.regionProjects > 0 && (
            <p className="hint">{t("coverage.regionWide", { count: metrics.regionProjects })}</p>
          )}
          {metrics.countryWideProjects > 0 && (
            <p className="hint">{t("coverage.countryWide", { count: metrics.countryWideProjects })}</p>
          )}
        </section>
      )}
      <p className="hint">
        {t("places.source")}: <SafeLink href={city.source.url}>{new URL(city.source.url).hostname}</SafeLink>
      </p>
      <button type="button" className="panel-close" onClick={() => select(null)} aria-label={t("municipality.close")}>
        ×
      </button>
    </aside>
  );
}
