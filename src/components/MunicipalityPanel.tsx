import { populationShown } from "../analysis/population.ts";
import { populations, selectChangeMode } from "../state/derived.ts";
import { DataText } from "./data/DataText.tsx";
import { SourceList } from "./data/SourceList.tsx";
import { useEffect, useRef } from "react";
import { usePanelFocus } from "../state/interaction.ts";
import { SheetHandle, useSheetClass } from "./SheetHandle.tsx";
import { useTranslation } from "react-i18next";
import type { GeoLayers } from "../geo/load.ts";
import { municipalityName } from "../geo/names.ts";
import { cityGroupById, unmappedWithin } from "../geo/gazetteer.ts";
import { formatList, formatNumber } from "../i18n/format.ts";
import { currentLocale } from "../i18n/index.ts";
import { useAppStore } from "../state/store.ts";
import { CityPanel } from "./CityPanel.tsx";
import { MunicipalityCoverage } from "./analysis/MunicipalityCoverage.tsx";
import { ChangeLines } from "./analysis/ChangeLines.tsx";
import { MunicipalityFacts } from "./data/MunicipalityFacts.tsx";

/** The selected municipality (name in the current language, country, population, area), or the selected city. */
export function MunicipalityPanel({ geo }: { geo: GeoLayers }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const sheetClass = useSheetClass();
  usePanelFocus("municipality", heading);
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const selectedId = useAppStore((s) => s.selectedId);
  const dataset = useAppStore((s) => s.data?.dataset);
  const select = useAppStore((s) => s.select);
  const change = useAppStore(selectChangeMode);
  const props = selectedId ? geo.byId.get(selectedId) : undefined;

  useEffect(() => {
    if (!selectedId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") select(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [selectedId, select]);

  const city = selectedId ? cityGroupById.get(selectedId) : undefined;
  if (city) return <CityPanel geo={geo} city={city} />;
  if (!props) return null;
  const name = municipalityName(props, locale);
  const within = unmappedWithin(props.id);
  const population = populationShown(
    props,
    dataset ? populations(dataset) : new Map(),
    (id) => geo.byId.get(id)?.country,
  );
  const localDiffers = name !== props.name;
  return (
    <aside
      className={`panel ${sheetClass}`}
      data-testid="municipality-panel"
      aria-labelledby="municipality-panel-title"
    >
      <SheetHandle />
      <p className="panel-kicker">{t("municipality.selected")}</p>
      <h2 id="municipality-panel-title" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      {localDiffers && (
        <p className="panel-local-name" lang={props.country === "MK" ? "mk" : undefined}>
          {props.name}
        </p>
      )}
      {within.length > 0 && (
        <p className="notice" data-testid="unmapped-note">
          {t("places.unmappedWithin", {
            count: within.length,
            names: formatList(
              within.map((u) => u.names[locale]),
              t("places.and"),
            ),
            within: name,
          })}
        </p>
      )}
      <dl>
        <dt>{t("municipality.country")}</dt>
        <dd>{t(`country.${props.country}`)}</dd>
        <dt>{t("municipality.population")}</dt>
        <dd data-testid="population">
          {population.kind === "census" ? (
            <>
              {formatNumber(population.value.value, locale)}
              <small> {t("municipality.census", { year: population.value.year ?? "" })}</small>
              {population.value.notes && (
                <small className="hint">
                  {" "}
                  <DataText>{population.value.notes}</DataText>
                </small>
              )}
              <SourceList sources={population.value.sources} />
            </>
          ) : population.kind === "record" ? (
            <>
              {formatNumber(population.population, locale)}
              <small>{t("municipality.populationSource", { source: population.source, year: population.year })}</small>
            </>
          ) : (
            <span className="no-data">{t("municipality.noData")}</span>
          )}
        </dd>
        <dt>{t("municipality.area")}</dt>
        <dd>
          {t("municipality.areaValue", { value: formatNumber(props.area, locale, { maximumFractionDigits: 0 }) })}
        </dd>
      </dl>
      {change && (
        <section className="panel-change" data-testid="panel-change">
          <ChangeLines mode={change} id={props.id} country={props.country} locale={locale} />
        </section>
      )}
      <MunicipalityCoverage municipalityId={props.id} country={props.country} locale={locale} />
      {dataset && (
        <MunicipalityFacts dataset={dataset} municipalityId={props.id} country={props.country} locale={locale} />
      )}
      <button type="button" className="panel-close" onClick={() => select(null)} aria-label={t("municipality.close")}>
        ×
      </button>
    </aside>
  );
}
