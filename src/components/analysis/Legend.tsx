import { POPULATION_INDICATOR } from "../../analysis/population.ts";
import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from "../../analysis/classify.ts";
import { coverageMetric, METRIC_IDS } from "../../analysis/metrics.ts";
import { comparableAsNeed, type IndicatorLayer } from "../../analysis/indicators.ts";
import { uniqueSources } from "../../data/sources.ts";
import { SourceList } from "../data/SourceList.tsx";
import { formatNumber } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { classCounts, indirectCount } from "../../map/choropleth.ts";
import { HighlightRow, NoDataSwatch, ReachedRow } from "./LegendPatterns.tsx";
import { termLabel } from "../../data/taxonomy.ts";
import { isolateText, pickText } from "../../data/text.ts";
import { AboutDialog } from "./AboutDialog.tsx";
import { DatasetCompleteness } from "./DatasetCompleteness.tsx";
import { MapImageExport } from "./MapImageExport.tsx";
import { EditionMissing, GapLegend } from "./GapLegend.tsx";
import { LayerControl } from "./LayerControl.tsx";
import { PeriodChange } from "./PeriodChange.tsx";
import {
  selectClasses,
  selectCoverageMetric,
  selectFeatureStates,
  selectFiltered,
  selectIndicatorLayer,
  selectMetrics,
  selectMetricValues,
} from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";

/** The metric picker, the classification and the class ranges with their counts and "no data". */
export function Legend() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const [aboutOpen, setAboutOpen] = useState(false);
  const aboutButton = useRef<HTMLButtonElement>(null);
  const closeAbout = useCallback(() => {
    setAboutOpen(false);
    aboutButton.current?.focus();
  }, []);
  const metric = useAppStore((s) => s.metric);
  const method = useAppStore((s) => s.classMethod);
  const count = useAppStore((s) => s.classCount);
  const setMetric = useAppStore((s) => s.setMetric);
  const setClassification = useAppStore((s) => s.setClassification);
  const need = useAppStore((s) => (s.need && s.data?.dataset.indicators.some((i) => i.id === s.need) ? s.need : null));
  // A need that cannot be compared (see comparableAsNeed) is explained, and the coverage map keeps its legend.
  const gapShown = useAppStore((s) => {
    const indicator = s.need ? s.data?.dataset.indicators.find((i) => i.id === s.need) : undefined;
    return indicator !== undefined && comparableAsNeed(indicator);
  });
  const setNeed = useAppStore((s) => s.setNeed);
  // The change view keys the map itself (PeriodChange): no classes then.
  const changing = useAppStore((s) => s.change !== null);
  const classesShown = !gapShown && !changing;
  const countCountryWide = useAppStore((s) => s.countCountryWide);
  const setCountCountryWide = useAppStore((s) => s.setCountCountryWide);
  const indicators = useAppStore((s) => s.data?.dataset.indicators) ?? [];
  // An indicator whose id is also a coverage metric's could not be told apart in the URL.
  const mappable = indicators.filter((i) => !coverageMetric(i.id));
  const fixed = useAppStore((s) => s.fixedClasses !== null);
  const setFixedClasses = useAppStore((s) => s.setFixedClasses);
  const values = useAppStore(selectMetricValues);
  const classes = useAppStore(selectClasses);
  const metrics = useAppStore(selectMetrics);
  const filtered = useAppStore(selectFiltered);
  const layer = useAppStore(selectIndicatorLayer);
  const coverage = useAppStore(selectCoverageMetric);
  const states = useAppStore(selectFeatureStates);
  if (!values) return null;

  // An indicator is classed over the areas it is reported for: countries, or municipalities.
  const { perClass, noData } = classCounts(layer?.areas ?? values, classes);
  const money = !layer && coverage.startsWith("funding");
  const counting = !layer && (coverage === "projects" || coverage === "organisations" || coverage === "donors");
  const format = (n: number) =>
    money
      ? formatNumber(n, locale, { style: "currency", currency: "EUR", notation: "compact", maximumFractionDigits: 1 })
      : formatNumber(n, locale, { maximumFractionDigits: Number.isInteger(n) ? 0 : layer ? 2 : 1 });
  const unknownAmounts = metrics ? [...metrics.values()].reduce((n, m) => n + m.fundingUnknown, 0) : 0;
  const countryWide =
    filtered?.projects.filter(
      (p) => p.targetMunicipalities.length === 0 && p.targetRegions.length === 0 && p.targetCountries.length > 0,
    ).length ?? 0;

  return (
    <section className="legend" aria-labelledby={`${id}-title`} data-testid="legend">
      <h2 id={`${id}-title`}>{t("legend.title")}</h2>
      <button
        type="button"
        className="link-button"
        ref={aboutButton}
        onClick={() => setAboutOpen(true)}
        data-testid="about-open"
      >
        {t("about.open")}
      </button>
      {aboutOpen && <AboutDialog onClose={closeAbout} />}
      <MapImageExport />
      <DatasetCompleteness />
      <label className="field">
        <span>{t("legend.metric")}</span>
        <select
          value={layer ? metric : coverage}
          onChange={(e) => setMetric(e.target.value)}
          data-testid="metric-picker"
        >
          <optgroup label={t("legend.coverageGroup")}>
            {METRIC_IDS.map((m) => (
              <option key={m} value={m}>
                {t(`metric.${m}`)}
              </option>
            ))}
          </optgroup>
          {mappable.length > 0 && (
            <optgroup label={t("legend.indicatorGroup")}>
              {mappable.map((i) => (
                <option key={i.id} value={i.id}>
                  {/* An <option> holds text only: the label is isolated with characters, not a <bdi>. */}
                  {isolateText(pickText(i.label, locale).text)}
                  {i.level === "country" ? ` (${t("legend.countryLevel")})` : ""}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {!layer && (
        <label className="option">
          <input
            type="checkbox"
            checked={countCountryWide}
            onChange={(e) => setCountCountryWide(e.target.checked)}
            data-testid="count-country-wide"
          />
          <span>{t("legend.countCountryWide")}</span>
        </label>
      )}
      <label className="field">
        <span>{t("gap.need")}</span>
        <select value={need ?? ""} onChange={(e) => setNeed(e.target.value || null)} data-testid="need-picker">
          <option value="">{t("gap.off")}</option>
          {/* Population is not a need: it only divides the per-capita figures. */}
          {indicators
            .filter((i) => i.id !== POPULATION_INDICATOR)
            .map((i) => (
              <option key={i.id} value={i.id} disabled={!comparableAsNeed(i)}>
                {isolateText(pickText(i.label, locale).text)}
                {!comparableAsNeed(i) && ` (${t("gap.notComparable")})`}
              </option>
            ))}
        </select>
      </label>
      {need && !changing && <GapLegend />}
      <PeriodChange />
      {classesShown && (
        <div className="field-row">
          <label className="field">
            <span>{t("legend.method")}</span>
            <select value={method} onChange={(e) => setClassification(e.target.value as ClassMethod, count)}>
              {CLASS_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`classMethod.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("legend.count")}</span>
            <select value={count} onChange={(e) => setClassification(method, Number(e.target.value))}>
              {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i).map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {!classes && classesShown && (
        <p className="no-data">{t(layer ? "legend.noIndicatorData" : "legend.noDataAnywhere")}</p>
      )}
      {classes?.allZero && classesShown && (
        <p className="empty-state" role="status" data-testid="all-zero">
          {t("legend.allZero")}
        </p>
      )}
      {classesShown && (
        <label className="option">
          <input
            type="checkbox"
            checked={fixed}
            disabled={!classes}
            onChange={(e) => setFixedClasses(e.target.checked && classes ? classes : null)}
          />
          <span>{t("legend.keepBreaks")}</span>
        </label>
      )}
      {classesShown && (
        <ul
          className="legend-classes"
          aria-label={t(layer?.indicator.level === "country" ? "legend.countries" : "legend.municipalities")}
        >
          {classes?.upper.map((upper, i) => {
            const lower = i === 0 ? classes.min : classes.upper[i - 1]!;
            // Counts are whole numbers: a class above 3 starts at 4.
            const from = i > 0 && counting ? lower + 1 : lower;
            const range =
              from >= upper ? format(upper) : `${i > 0 && !counting ? "> " : ""}${format(from)} – ${format(upper)}`;
            return (
              <li key={i} data-testid="legend-class">
                <HighlightRow index={i} color={classes.colors[i]!} label={range} count={perClass[i]!} />
              </li>
            );
          })}
          {!layer && states && <ReachedRow count={indirectCount(states)} base={classes?.colors[0]} />}
          {noData > 0 && (
            <li data-testid="legend-no-data" className="legend-row">
              <NoDataSwatch />
              <span className="range">{t("legend.noData")}</span>
              <span className="count">{noData}</span>
            </li>
          )}
        </ul>
      )}
      {layer && !changing && <IndicatorNotes layer={layer} />}
      <LayerControl />
      {money && <p className="hint">{t("legend.fundingNote", { count: unknownAmounts })}</p>}
      {!layer && coverage.endsWith("Per100k") && <p className="hint">{t("legend.perCapitaNote")}</p>}
      {!layer && countryWide > 0 && !countCountryWide && (
        <p className="hint">{t("legend.countryWide", { count: countryWide })}</p>
      )}
    </section>
  );
}

/** For a mapped indicator: what is drawn, its unit and direction, and the sources of the values shown. */
function IndicatorNotes({ layer }: { layer: IndicatorLayer }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const { indicator, latest } = layer;
  const shown = [...latest.values()];
  const sources = uniqueSources([...indicator.sources, ...shown.flatMap((v) => v.sources)]);
  const years = [...new Set(shown.flatMap((v) => (v.year === undefined ? [] : [v.year])))].sort();
  return (
    <div className="indicator-notes" data-testid="indicator-notes">
      <p className="hint">
        {t(indicator.level === "country" ? "legend.indicatorCountry" : "legend.indicatorMunicipality")}{" "}
        {t("legend.indicatorUnit", { unit: indicator.unit })}
        {years.length > 0 && ` (${years.join(", ")})`}. {termLabel("indicatorDirection", indicator.direction, locale)}.
        {shown.some((v) => v.valueMax !== undefined) && ` ${t("legend.indicatorRange")}`}
        {layer.edition && <EditionMissing edition={layer.edition} />}
      </p>
      <SourceList sources={sources} />
    </div>
  );
}
