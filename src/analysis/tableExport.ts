/**
 * What the table exports hold: the rows on screen (in their order) as cells for CSV and Excel, and as GeoJSON
 * features with the municipality outlines the map draws (never more precise than the screen). Each carries the
 * citation of the dataset and of the view. Pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Cell } from "../data/tabular/rows.ts";
import { guardFormula } from "../data/tabular/rows.ts";
import { METRIC_IDS, metricValue } from "./metrics.ts";
import type { TableRow } from "./table.ts";

/** The dataset and the view an export comes from, in words. */
export interface ExportCitation {
  /** The dataset's name, version and licence, e.g. "WB Radar reference dataset, version 2026-11-25, CC BY 4.0". */
  source: string;
  /** The address of this view (filters, measure, need), to reopen it. */
  url: string;
  /** When the export was made, YYYY-MM-DD. */
  date: string;
}

export const EXPORT_HEADERS = [
  "id",
  "name",
  "name_en",
  "country",
  ...METRIC_IDS,
  "need",
  "need_class",
  "coverage_class",
  "rank",
  "rank_joint",
  "coverage_kind",
  "source",
  "view_url",
  "exported",
] as const;

const round = (n: number | undefined, digits: number) =>
  n === undefined ? null : Number(n.toFixed(Number.isInteger(n) ? 0 : digits));

function rowCells(row: TableRow, names: { name: string; en: string }, cite: ExportCitation): Cell[] {
  return [
    row.id,
    guardFormula(names.name),
    guardFormula(names.en),
    row.country,
    ...METRIC_IDS.map((m) => round(metricValue(row.metrics, m), 2)),
    round(row.need, 2),
    row.gap ? row.gap.need + 1 : null,
    row.gap ? row.gap.coverage + 1 : null,
    row.rank?.rank ?? null,
    row.rank ? row.rank.joint : null,
    row.kind,
    guardFormula(cite.source),
    cite.url,
    cite.date,
  ];
}

/** Header and one row per municipality; "no data" is an empty cell, never 0. */
export function tableCells(
  rows: readonly TableRow[],
  namesOf: (id: string) => { name: string; en: string },
  cite: ExportCitation,
): Cell[][] {
  return [[...EXPORT_HEADERS], ...rows.map((r) => rowCells(r, namesOf(r.id), cite))];
}

type Outline = Polygon | MultiPolygon;

/** The rows as GeoJSON, each municipality's outline with its figures; the citation as a foreign member. */
export function tableGeoJson(
  rows: readonly TableRow[],
  outlineOf: (id: string) => Outline | undefined,
  namesOf: (id: string) => { name: string; en: string },
  cite: ExportCitation,
): FeatureCollection<Outline> & { metadata: ExportCitation } {
  const features: Array<Feature<Outline>> = [];
  for (const row of rows) {
    const geometry = outlineOf(row.id);
    if (!geometry) continue;
    const cells = rowCells(row, namesOf(row.id), cite);
    const properties = Object.fromEntries(EXPORT_HEADERS.slice(0, -3).map((h, i) => [h, cells[i] ?? null]));
    features.push({ type: "Feature", id: row.id, geometry, properties });
  }
  return { type: "FeatureCollection", metadata: cite, features };
}
