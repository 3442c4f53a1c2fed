/**
 * The table view (`tab=table`): the map's figures as rows, one per municipality under the current filters —
 * sortable by every column, in step with the selection, navigable with the arrow keys; the map's text alternative.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { coverageMetric, METRIC_IDS, metricValue, type MetricId } from "../../analysis/metrics.ts";
import { periodLabel } from "../../analysis/periods.ts";
import { sortRows, type TableColumn, type TableRow, type TableSort } from "../../analysis/table.ts";
import type { GeoLayers } from "../../geo/load.ts";
import { municipalityName } from "../../geo/names.ts";
import { formatMeasure, formatNumber } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { selectChangeMode, selectCoverageMetric, selectNeedIndicator, selectTableRows } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { TableExport } from "./TableExport.tsx";
import { TableSummary } from "./TableSummary.tsx";

/** Rows a Page Up / Page Down moves by. */
const PAGE = 10;

export function MunicipalityTable({ geo }: { geo: GeoLayers }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const rows = useAppStore(selectTableRows);
  const coverage = useAppStore(selectCoverageMetric);
  const need = useAppStore(selectNeedIndicator);
  const change = useAppStore(selectChangeMode);
  const metric = useAppStore((s) => s.metric);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  // The map's measure, highest first, until the reader picks another column.
  const [sort, setSort] = useState<TableSort | null>(null);
  const activeSort: TableSort = sort ?? { column: coverageMetric(metric) ?? coverage, direction: "descending" };
  const nameOf = useMemo(
    () => (mid: string) => {
      const props = geo.byId.get(mid);
      return props ? municipalityName(props, locale) : mid;
    },
    [geo, locale],
  );
  const { column: sortColumn, direction: sortDirection } = activeSort;
  const sorted = useMemo(
    () => (rows ? sortRows(rows, { column: sortColumn, direction: sortDirection }, nameOf, locale) : []),
    [rows, sortColumn, sortDirection, nameOf, locale],
  );
  const columns: TableColumn[] = [
    "name",
    "country",
    ...METRIC_IDS,
    ...(need ? (["need", "gap"] as const) : []),
    ...(change?.kind === "projects" ? (["change", "changeEarlier", "changeLater"] as const) : []),
    "rank",
    "kind",
  ];

  // Roving focus: one row is in the tab order; the arrow keys move it. It follows the selection made elsewhere.
  const [focusId, setFocusId] = useState<string | null>(selectedId);
  const [followedSelection, setFollowedSelection] = useState(selectedId);
  if (selectedId !== followedSelection) {
    setFollowedSelection(selectedId);
    if (selectedId) setFocusId(selectedId);
  }
  const active = Math.max(
    0,
    sorted.findIndex((r) => r.id === focusId),
  );
  const body = useRef<HTMLTableSectionElement>(null);
  const focusRow = (i: number) => {
    const next = Math.max(0, Math.min(sorted.length - 1, i));
    setFocusId(sorted[next]?.id ?? null);
    (body.current?.rows[next] as HTMLElement | undefined)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, i: number, rowId: string) => {
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + PAGE,
      PageUp: i - PAGE,
      Home: 0,
      End: sorted.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      select(rowId);
    }
  };
  // A selection made on the map (or by search) is scrolled into view.
  useEffect(() => {
    if (!selectedId) return;
    const i = sorted.findIndex((r) => r.id === selectedId);
    (body.current?.rows[i] as HTMLElement | undefined)?.scrollIntoView?.({ block: "nearest" });
  }, [selectedId, sorted]);

  if (!rows) return null;
  const header = (column: TableColumn) => {
    const label = (METRIC_IDS as readonly string[]).includes(column)
      ? t(`metric.${column as MetricId}`)
      : (column === "changeEarlier" || column === "changeLater") && change?.kind === "projects"
        ? t("table.changePeriod", {
            period: periodLabel(column === "changeEarlier" ? change.view.earlier : change.view.later),
          })
        : t(`table.column.${column as Extra}`);
    const sortedBy = activeSort.column === column;
    return (
      <th key={column} scope="col" aria-sort={sortedBy ? activeSort.direction : "none"}>
        <button
          type="button"
          className="table-sort"
          onClick={() =>
            setSort({
              column,
              direction:
                sortedBy && activeSort.direction === "descending"
                  ? "ascending"
                  : sortedBy
                    ? "descending"
                    : column === "name" || column === "country"
                      ? "ascending"
                      : "descending",
            })
          }
        >
          {label}
        </button>
      </th>
    );
  };
  const noData = <span className="no-data">{t("municipality.noData")}</span>;
  const cell = (row: TableRow, column: TableColumn) => {
    switch (column) {
      case "name":
        return <th scope="row">{nameOf(row.id)}</th>;
      case "country":
        return <td>{t(`country.${row.country}`)}</td>;
      case "need":
        return <td className="num">{row.need === undefined ? noData : formatMeasure(row.need, "need", locale)}</td>;
      case "gap":
        return (
          <td>{row.gap ? `${t(`gap.need${row.gap.need}`)} · ${t(`gap.coverage${row.gap.coverage}`)}` : noData}</td>
        );
      case "change":
        return <td>{row.change ? t(`change.area.${row.change.category}`) : noData}</td>;
      case "changeEarlier":
      case "changeLater": {
        const figures = row.change?.[column === "changeEarlier" ? "earlier" : "later"];
        return <td className="num">{figures === undefined ? noData : formatNumber(figures.active, locale)}</td>;
      }
      case "rank":
        return (
          <td className="num">
            {row.rank
              ? t(row.rank.joint ? "coverage.rankJoint" : "coverage.rank", { rank: row.rank.rank, of: row.rank.of })
              : ""}
          </td>
        );
      case "kind":
        return <td>{t(`table.kind.${row.kind}`)}</td>;
      default: {
        const value = metricValue(row.metrics, column);
        return <td className="num">{value === undefined ? noData : formatMeasure(value, column, locale)}</td>;
      }
    }
  };

  return (
    <section className="table-view" aria-labelledby={`${id}-title`} data-testid="table-view">
      <div className="table-head">
        <h2 id={`${id}-title`}>{t("table.title")}</h2>
        <TableSummary />
        <TableExport rows={sorted} geo={geo} />
      </div>
      <div className="table-scroll">
        <table
          className="municipality-table"
          role="grid"
          aria-readonly="true"
          aria-rowcount={sorted.length + 1}
          aria-labelledby={`${id}-title`}
        >
          <thead>
            <tr>{columns.map(header)}</tr>
          </thead>
          <tbody ref={body}>
            {sorted.map((row, i) => (
              <tr
                key={row.id}
                tabIndex={i === active ? 0 : -1}
                aria-selected={row.id === selectedId}
                className={row.id === selectedId ? "selected" : undefined}
                onClick={() => {
                  setFocusId(row.id);
                  select(row.id);
                }}
                onKeyDown={(e) => onKeyDown(e, i, row.id)}
                data-testid="table-row"
                data-id={row.id}
              >
                {columns.map((c) => (
                  <Fragment key={c}>{cell(row, c)}</Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type Extra = Exclude<TableColumn, MetricId | "changeEarlier" | "changeLater">;
