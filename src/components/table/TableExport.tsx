import { useTranslation } from "react-i18next";
import type { TableRow } from "../../analysis/table.ts";
import { tableCells, tableGeoJson, type ExportCitation } from "../../analysis/tableExport.ts";
import type { Dataset } from "../../data/schema.ts";
import { toCsv } from "../../data/tabular/csv.ts";
import type { GeoLayers } from "../../geo/load.ts";
import { municipalityName } from "../../geo/names.ts";
import { currentLocale } from "../../i18n/index.ts";
import { saveFile } from "../../lib/download.ts";
import { useAppStore } from "../../state/store.ts";

/** The dataset and this view, in words, for every export. */
export function exportCitation(dataset: Dataset, now = new Date()): ExportCitation {
  const parts = [
    dataset.name ?? "WB Radar dataset",
    dataset.version && `version ${dataset.version}`,
    dataset.license,
  ].filter(Boolean);
  return { source: parts.join(", "), url: window.location.href, date: now.toISOString().slice(0, 10) };
}

/** The table as CSV, Excel and GeoJSON: the rows on screen, in their order, with the citation. */
export function TableExport({ rows, geo }: { rows: readonly TableRow[]; geo: GeoLayers }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const dataset = useAppStore((s) => s.data?.dataset);
  if (!dataset) return null;
  const namesOf = (id: string) => {
    const props = geo.byId.get(id);
    return { name: props ? municipalityName(props, locale) : id, en: props ? municipalityName(props, "en") : id };
  };
  const base = () => {
    const cite = exportCitation(dataset);
    return { cite, file: `wb-radar-municipalities-${cite.date}` };
  };
  const csv = () => {
    const { cite, file } = base();
    saveFile(`${file}.csv`, toCsv(tableCells(rows, namesOf, cite)), "text/csv;charset=utf-8");
  };
  const xlsx = async () => {
    const { cite, file } = base();
    // Loaded on first use: most readers never export.
    const { writeWorkbook } = await import("../../data/tabular/xlsx.ts");
    const about = [
      ["field", "value"],
      ["source", cite.source],
      ["view", cite.url],
      ["exported", cite.date],
    ];
    saveFile(
      `${file}.xlsx`,
      await writeWorkbook([
        { name: "municipalities", rows: tableCells(rows, namesOf, cite) },
        { name: "about", rows: about },
      ]),
    );
  };
  const geojson = () => {
    const { cite, file } = base();
    const outlines = new Map(geo.municipalities.features.map((f) => [f.properties.id, f.geometry]));
    const collection = tableGeoJson(rows, (id) => outlines.get(id), namesOf, cite);
    saveFile(`${file}.geojson`, JSON.stringify(collection), "application/geo+json");
  };
  return (
    <div className="table-export" role="group" aria-label={t("table.export.label")}>
      <span>{t("table.export.label")}</span>
      <button type="button" onClick={csv} data-testid="export-csv">
        {t("table.export.csv")}
      </button>
      <button type="button" onClick={() => void xlsx()} data-testid="export-xlsx">
        {t("table.export.xlsx")}
      </button>
      <button type="button" onClick={geojson} data-testid="export-geojson">
        {t("table.export.geojson")}
      </button>
    </div>
  );
}
