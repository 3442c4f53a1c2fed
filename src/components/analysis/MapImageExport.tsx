import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isolateText, pickText } from "../../data/text.ts";
import { currentLocale } from "../../i18n/index.ts";
import { saveFile } from "../../lib/download.ts";
import { currentMap, mapImage, type LegendRow } from "../../map/mapImage.ts";
import { selectCoverageMetric, selectNeedIndicator } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { exportCitation } from "../table/TableExport.tsx";

/** The legend as it is on screen: each row's swatch colour (hatched or not), range and count. */
function legendOnScreen(): LegendRow[] {
  const rows = document.querySelectorAll<HTMLElement>('[data-testid="legend"] .legend-classes li');
  const gapCells = document.querySelectorAll<HTMLTableCellElement>('[data-testid^="gap-cell-"]');
  const fromCells = [...gapCells].map((cell) => ({
    color: getComputedStyle(cell).backgroundColor,
    label: `${cell.closest("tr")?.querySelector("th")?.textContent ?? ""} · ${
      cell.closest("table")?.querySelectorAll("thead th")[cell.cellIndex - 1]?.textContent ?? ""
    }`,
    count: cell.textContent ?? "",
  }));
  const fromRows = [...rows].map((row) => {
    const swatch = row.querySelector<HTMLElement>(".swatch");
    const style = swatch ? getComputedStyle(swatch) : undefined;
    return {
      color: style?.backgroundColor && style.backgroundColor !== "rgba(0, 0, 0, 0)" ? style.backgroundColor : "#b9bec2",
      hatched: row.dataset.testid === "legend-reached" || row.dataset.testid === "legend-no-data",
      label: row.querySelector(".range")?.textContent ?? "",
      count: row.querySelector(".count")?.textContent ?? "",
    };
  });
  return [...fromCells, ...fromRows];
}

/**
 * Saves the map as a PNG with its title, legend, filters, source and attribution; for screen or print, or as the
 * preview image of a shared view (`name`: the file's name without its date).
 */
export function useMapImage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const dataset = useAppStore((s) => s.data?.dataset);
  const measure = useAppStore(selectCoverageMetric);
  const need = useAppStore(selectNeedIndicator);
  const [busy, setBusy] = useState(false);
  const save = async (scale: number, name?: string) => {
    const map = currentMap();
    if (!map || !dataset) return;
    setBusy(true);
    try {
      const cite = exportCitation(dataset);
      const chips = [...document.querySelectorAll('[data-testid="filters"] .chip')].map((c) =>
        isolateText((c.textContent ?? "").replace(/\s*×\s*$/, "")),
      );
      const blob = await mapImage(
        map,
        {
          title: t("app.title"),
          // Canvas text has no <bdi>: dataset text is isolated with characters.
          subtitle: need
            ? `${isolateText(pickText(need.label, locale).text)} × ${t(`metric.${measure}`)}`
            : t(`metric.${measure}`),
          legend: legendOnScreen(),
          notes: [
            chips.length > 0 ? t("image.filters", { list: chips.join("; ") }) : t("image.noFilters"),
            t("image.source", { source: isolateText(cite.source), date: cite.date, url: cite.url }),
            document.querySelector(".maplibregl-ctrl-attrib-inner")?.textContent ?? "",
          ],
        },
        scale,
      );
      saveFile(
        name ? `wb-radar-${name}-${cite.date}.png` : `wb-radar-map-${cite.date}${scale > 1 ? "-print" : ""}.png`,
        blob,
      );
    } finally {
      setBusy(false);
    }
  };
  return { ready: dataset !== undefined, busy, save };
}

/** The map image buttons: for the screen and for print. */
export function MapImageExport() {
  const { t } = useTranslation();
  const { ready, busy, save } = useMapImage();
  if (!ready) return null;
  return (
    <div className="map-image-export" role="group" aria-label={t("image.label")}>
      <span>{t("image.label")}</span>
      <button
        type="button"
        disabled={busy}
        onClick={() => void save(window.devicePixelRatio || 1)}
        data-testid="export-png"
      >
        {t("image.screen")}
      </button>
      <button type="button" disabled={busy} onClick={() => void save(3)} data-testid="export-png-print">
        {t("image.print")}
      </button>
    </div>
  );
}
