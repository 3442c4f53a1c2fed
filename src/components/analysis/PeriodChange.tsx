import { useId } from "react";
import { useTranslation } from "react-i18next";
import { AREA_CHANGES, type AreaChange, type ChangeView } from "../../analysis/change.ts";
import { changeCells } from "../../analysis/changeExport.ts";
import { defaultEditionPair, editionYears, moveOf, type EditionComparison } from "../../analysis/editions.ts";
import { coverageMetric } from "../../analysis/metrics.ts";
import { defaultPeriods, periodLabel, yearExtent, type Period } from "../../analysis/periods.ts";
import { uniqueSources } from "../../data/sources.ts";
import { toCsv } from "../../data/tabular/csv.ts";
import { pickText } from "../../data/text.ts";
import type { GeoLayers } from "../../geo/load.ts";
import { municipalityName } from "../../geo/names.ts";
import type { Locale } from "../../geo/schema.ts";
import { formatNumber } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { saveFile } from "../../lib/download.ts";
import { CHANGE_COLORS, editionColor, largestChange } from "../../map/changeStates.ts";
import { selectChangeMode } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { DataText, slot, withData } from "../data/DataText.tsx";
import { HighlightRow, NoDataSwatch } from "./LegendPatterns.tsx";
import { SourceList } from "../data/SourceList.tsx";
import { exportCitation } from "../table/TableExport.tsx";

/**
 * "Compare two periods": turns the change view on and off, picks its periods (or, for an index, its editions), and
 * keys the map: municipalities by what happened, with the lists of where work started and ended and a CSV; or the
 * countries' scores in both editions with their sources.
 */
export function PeriodChange() {
  const { t } = useTranslation();
  const id = useId();
  const change = useAppStore((s) => s.change);
  const setChange = useAppStore((s) => s.setChange);
  const mode = useAppStore(selectChangeMode);
  const values = useAppStore((s) => s.data?.dataset.indicatorValues);
  const start = () => {
    const s = useAppStore.getState();
    const dataset = s.data?.dataset;
    if (!dataset) return;
    const indicator = coverageMetric(s.metric) ? undefined : dataset.indicators.find((i) => i.id === s.metric);
    if (indicator) {
      const pair = defaultEditionPair(indicator, dataset.indicatorValues);
      const [a, b] = pair ?? [new Date().getFullYear() - 1, new Date().getFullYear()];
      setChange({ earlier: { from: a, to: a }, later: { from: b, to: b } });
      return;
    }
    const extent = yearExtent(dataset.projects) ?? { from: new Date().getFullYear(), to: new Date().getFullYear() };
    // The periods replace the year filter: it is cleared rather than left to say something the map no longer does.
    setChange(defaultPeriods(extent, s.filters, new Date().getFullYear()), true);
  };
  return (
    <div className="period-change" data-testid="period-change">
      <label className="option">
        <input
          type="checkbox"
          checked={change !== null}
          onChange={(e) => (e.target.checked ? start() : setChange(null))}
          aria-describedby={change ? `${id}-hint` : undefined}
          data-testid="change-toggle"
        />
        <span>{t("change.toggle")}</span>
      </label>
      {change && (
        <p className="hint" id={`${id}-hint`}>
          {t(mode && mode.kind !== "projects" ? "change.hintEditions" : "change.hint")}
        </p>
      )}
      {change && mode && (
        <PeriodFields
          editions={
            mode.kind === "projects"
              ? null
              : mode.kind === "editions"
                ? editionYears(mode.comparison.indicator, values ?? [])
                : mode.editions
          }
        />
      )}
      {mode?.kind === "projects" && <ProjectChangeKey view={mode.view} />}
      {mode?.kind === "editions" && <EditionTable comparison={mode.comparison} />}
      {mode?.kind === "unmatched" &&
        (mode.editions.length < 2 ? (
          <p className="empty-state">{t("change.noEditions")}</p>
        ) : mode.indicator.level !== "country" ? (
          <p className="empty-state">{t("change.onlyCountryLevel")}</p>
        ) : (
          <p className="empty-state" role="status">
            {t("change.unmatched", { years: mode.editions.join(", ") })}
          </p>
        ))}
    </div>
  );
}

const PERIODS = ["earlier", "later"] as const;
const ENDS = ["from", "to"] as const;
const FROM = ENDS[0];

/** The two periods as year pickers: whole ranges of the data's years, or an index's editions. */
function PeriodFields({ editions }: { editions: number[] | null }) {
  const { t } = useTranslation();
  const change = useAppStore((s) => s.change);
  const setChange = useAppStore((s) => s.setChange);
  const projects = useAppStore((s) => s.data?.dataset.projects);
  const extent = projects ? yearExtent(projects) : undefined;
  if (!change) return null;
  const thisYear = new Date().getFullYear();
  const years =
    editions ??
    Array.from(
      { length: Math.max(extent?.to ?? thisYear, thisYear) - (extent?.from ?? thisYear) + 1 },
      (_, i) => (extent?.from ?? thisYear) + i,
    );
  const set = (which: "earlier" | "later", period: Period) => {
    const next = { ...change, [which]: period };
    // Kept apart and in order; a pick that would make them the same or reversed moves the other one along.
    if (
      next.earlier.from > next.later.from ||
      (next.earlier.from === next.later.from && next.earlier.to >= next.later.to)
    )
      return;
    setChange(next);
  };
  const pick = (which: "earlier" | "later", end: "from" | "to") => {
    const period = change[which];
    return (
      <label className="field" key={`${which}-${end}`}>
        <span>{editions ? t(`change.${which}Edition`) : t(`change.${end}`)}</span>
        <select
          value={period[end]}
          data-testid={`change-${which}-${end}`}
          onChange={(e) => {
            const y = Number(e.target.value);
            // An edition is a single year: both ends move together.
            if (editions) return set(which, { from: y, to: y });
            set(
              which,
              end === "from" ? { from: y, to: Math.max(y, period.to) } : { from: Math.min(y, period.from), to: y },
            );
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    );
  };
  // An edition is one year: one picker each, named by the edition it picks.
  if (editions) return <div className="field-row change-periods">{PERIODS.map((w) => pick(w, FROM))}</div>;
  return (
    <div className="change-periods">
      {PERIODS.map((which) => (
        <fieldset key={which}>
          <legend>{t(`change.${which}`)}</legend>
          <div className="field-row">{ENDS.map((end) => pick(which, end))}</div>
        </fieldset>
      ))}
    </div>
  );
}

/** The municipalities by category (each a button that makes its category stand out), what the projects did, the lists. */
function ProjectChangeKey({ view }: { view: ChangeView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const geo = useAppStore((s) => s.geo);
  const dataset = useAppStore((s) => s.data?.dataset);
  if (!geo || !dataset) return null;
  const p = view.notPlaced;
  const download = () => {
    const cite = exportCitation(dataset);
    const names = {
      municipality: (id: string) => {
        const props = geo.byId.get(id);
        return props ? municipalityName(props, "en") : id;
      },
      country: (id: string) => geo.byId.get(id)?.country ?? "",
    };
    const file = `wb-radar-change-${periodLabel(view.earlier).replace("–", "-")}-${periodLabel(view.later).replace("–", "-")}.csv`;
    saveFile(file, toCsv(changeCells(view, names, cite)), "text/csv;charset=utf-8");
  };
  return (
    <>
      <ul className="legend-classes" aria-label={t("change.legend")} data-testid="change-legend">
        {AREA_CHANGES.map((c, i) => (
          <li key={c} data-testid={`change-${c}`}>
            <HighlightRow index={i} color={CHANGE_COLORS[c]} label={t(`change.area.${c}`)} count={view.areas[c]} />
          </li>
        ))}
      </ul>
      <p className="hint" data-testid="change-totals">
        {t("change.totals", {
          started: view.totals.started,
          ended: view.totals.ended,
          continued: view.totals.continued,
          unclear: view.totals.unclear,
          notPlaced: p.started + p.ended + p.continued + p.unclear + p.neither,
        })}
      </p>
      <ChangeList view={view} category="started" geo={geo} locale={locale} />
      <ChangeList view={view} category="ended" geo={geo} locale={locale} />
      <button type="button" onClick={download} data-testid="change-csv">
        {t("change.csv")}
      </button>
    </>
  );
}

/** Where work started (or ended): each municipality with its projects in both periods, most first; a name selects it. */
function ChangeList({
  view,
  category,
  geo,
  locale,
}: {
  view: ChangeView;
  category: Extract<AreaChange, "started" | "ended">;
  geo: GeoLayers;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const focus = useAppStore((s) => s.focus);
  const rows = [...view.municipalities]
    .filter(([, m]) => m.category === category)
    .map(([id, m]) => ({ id, m, name: geo.byId.get(id) ? municipalityName(geo.byId.get(id)!, locale) : id }))
    .sort(
      (a, b) =>
        b.m.earlier.active + b.m.later.active - (a.m.earlier.active + a.m.later.active) ||
        a.name.localeCompare(b.name, locale),
    );
  if (rows.length === 0) return null;
  return (
    <details className="change-list" data-testid={`change-list-${category}`}>
      <summary>{t(category === "started" ? "change.listStarted" : "change.listEnded", { count: rows.length })}</summary>
      <ul>
        {rows.map(({ id, m, name }) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => focus(id)}>
              {name}
            </button>{" "}
            <span className="hint">
              {t("change.periodCount", { period: periodLabel(view.earlier), count: m.earlier.active })} ·{" "}
              {t("change.periodCount", { period: periodLabel(view.later), count: m.later.active })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** An index's score per country in both editions, how it moved, and the pages the values come from. */
function EditionTable({ comparison }: { comparison: EditionComparison }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const { indicator, earlier, later, countries } = comparison;
  // Scores as the index gives them: two decimals (6.00, not 6).
  const digits = indicator.unit === "score" ? 2 : 0;
  const number = (n: number | undefined) =>
    n === undefined
      ? t("municipality.noData")
      : formatNumber(n, locale, { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  const signed = (n: number) => formatNumber(n, locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const largest = largestChange(comparison);
  const sources = uniqueSources(countries.flatMap((c) => [...(c.earlier?.sources ?? []), ...(c.later?.sources ?? [])]));
  return (
    <>
      <table className="edition-table" data-testid="edition-table">
        <caption>
          {withData(t("change.editionsCaption", { indicator: slot("indicator"), earlier, later }), {
            indicator: <DataText>{pickText(indicator.label, locale).text}</DataText>,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("change.country")}</th>
            <th scope="col">{earlier}</th>
            <th scope="col">{later}</th>
            <th scope="col">{t("change.delta")}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.country} data-testid="edition-row">
              <th scope="row">{t(`country.${c.country}`)}</th>
              <td>{number(c.earlier?.value)}</td>
              <td>{number(c.later?.value)}</td>
              <td>
                {c.move === "no-data" ? (
                  <NoDataSwatch />
                ) : (
                  <span
                    className="swatch"
                    style={{ background: editionColor(indicator, c.delta, largest) }}
                    aria-hidden="true"
                  />
                )}{" "}
                {c.delta !== undefined && `${signed(c.delta)} `}
                {t(`change.move.${c.move}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {largest > 0 && (
        <ul className="legend-classes" aria-label={t("change.editionsLegend")} data-testid="edition-key">
          {[-largest, 0, largest].map((d) => (
            <li key={d} className="legend-row">
              <span className="swatch" style={{ background: editionColor(indicator, d, largest) }} aria-hidden="true" />
              <span className="range">
                {d === 0 ? "0" : signed(d)} {t(`change.move.${moveOf(indicator, d)}`)}
              </span>
            </li>
          ))}
          <li className="legend-row">
            <NoDataSwatch />
            <span className="range">{t("change.move.no-data")}</span>
          </li>
        </ul>
      )}
      <SourceList sources={sources} />
    </>
  );
}
