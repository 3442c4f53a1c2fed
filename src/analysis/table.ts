/**
 * The table view: one row per municipality with what the map shows for it, under the same filters. Pure: rows,
 * sorting, and the cells an export writes (the component adds names in the reader's language).
 */
import type { CountryCode } from "../geo/schema.ts";
import type { BivariateClass } from "./bivariate.ts";
import { AREA_CHANGES, type MunicipalityChange } from "./change.ts";
import type { CoverageKind } from "./coverageKind.ts";
import { METRIC_IDS, metricValue, type MetricId, type MunicipalityMetrics } from "./metrics.ts";
import type { Rank } from "./rank.ts";

export interface TableRow {
  id: string;
  country: CountryCode;
  metrics: MunicipalityMetrics;
  kind: CoverageKind;
  /** The gap map's need value (the indicator's own value), when a need is chosen. */
  need?: number;
  gap?: BivariateClass;
  /** Rank for the coverage measure on the map. */
  rank?: Rank;
  /** In the change view: what happened, and the projects at work in each period. */
  change?: MunicipalityChange;
}

export const TABLE_COLUMNS = [
  "name",
  "country",
  ...METRIC_IDS,
  "need",
  "gap",
  "change",
  "changeEarlier",
  "changeLater",
  "rank",
  "kind",
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

export interface TableInput {
  municipalities: Iterable<{ id: string; country: CountryCode }>;
  metrics: ReadonlyMap<string, MunicipalityMetrics>;
  kinds: ReadonlyMap<string, CoverageKind>;
  ranks: ReadonlyMap<string, Rank>;
  /** Need per municipality as the indicator gives it, and the gap classes, when the gap map is on. */
  need?: ReadonlyMap<string, number>;
  gap?: ReadonlyMap<string, BivariateClass>;
  /** The change view's figures per municipality, when it is on. */
  change?: ReadonlyMap<string, MunicipalityChange>;
  /** The country filter: a municipality outside it is not a row (the map shows nothing for it). */
  countries: readonly CountryCode[];
}

export function tableRows({
  municipalities,
  metrics,
  kinds,
  ranks,
  need,
  gap,
  change,
  countries,
}: TableInput): TableRow[] {
  const rows: TableRow[] = [];
  for (const m of municipalities) {
    const own = metrics.get(m.id);
    if (!own || (countries.length > 0 && !countries.includes(m.country))) continue;
    const needValue = need?.get(m.id);
    const gapClass = gap?.get(m.id);
    const rank = ranks.get(m.id);
    const changed = change?.get(m.id);
    rows.push({
      id: m.id,
      country: m.country,
      metrics: own,
      kind: kinds.get(m.id) ?? "none",
      ...(needValue !== undefined && { need: needValue }),
      ...(gapClass && { gap: gapClass }),
      ...(rank && { rank }),
      ...(changed && { change: changed }),
    });
  }
  return rows;
}

/** A row's value in a column: a number, a text, or undefined for "no data" (sorted last whichever the direction). */
export function cellValue(
  row: TableRow,
  column: TableColumn,
  nameOf: (id: string) => string,
): number | string | undefined {
  switch (column) {
    case "name":
      return nameOf(row.id);
    case "country":
      return row.country;
    case "need":
      return row.need;
    case "gap":
      // Highest need first, then least coverage: the order of concern.
      return row.gap ? row.gap.need * 3 + (2 - row.gap.coverage) : undefined;
    case "change":
      // In the order of the key: started, ended, continued, unclear, none.
      return row.change ? AREA_CHANGES.indexOf(row.change.category) : undefined;
    case "changeEarlier":
      return row.change?.earlier.active;
    case "changeLater":
      return row.change?.later.active;
    case "rank":
      return row.rank?.rank;
    case "kind":
      return row.kind;
    default:
      return metricValue(row.metrics, column as MetricId);
  }
}

/** Rows sorted by a column; "no data" always last; ties by name, so the order is stable. */
export function sortRows(
  rows: readonly TableRow[],
  { column, direction }: TableSort,
  nameOf: (id: string) => string,
  locale: string,
): TableRow[] {
  const collator = new Intl.Collator(locale);
  const sign = direction === "ascending" ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: cellValue(row, column, nameOf), name: nameOf(row.id) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined)
      return a.key === b.key ? collator.compare(a.name, b.name) : a.key === undefined ? 1 : -1;
    const order =
      typeof a.key === "number" && typeof b.key === "number"
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return sign * order || collator.compare(a.name, b.name);
  });
  return keyed.map((k) => k.row);
}
