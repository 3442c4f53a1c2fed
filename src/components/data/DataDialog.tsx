import { useEffect, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { datasetToCsvFiles, datasetToJson, datasetToXlsx } from "../../data/export.ts";
import { emptyDataset, ENTITY_NAMES } from "../../data/schema.ts";
import { saveFile } from "../../lib/download.ts";
import { useAppStore } from "../../state/store.ts";
import { ImportSection } from "./ImportSection.tsx";
import { IssueList } from "./IssueList.tsx";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The dataset on screen, importing a partner's own data, and exports. A modal dialog. */
export function DataDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const data = useAppStore((s) => s.data);
  const status = useAppStore((s) => s.dataStatus);
  const geo = useAppStore((s) => s.geo);
  const municipalities = geo ? [...geo.byId.values()] : [];

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>("h2")?.focus();
  }, []);

  // Escape closes the dialog wherever focus is, and only the dialog (not the map selection too).
  useEffect(() => {
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      onClose();
    };
    window.addEventListener("keydown", onEscape, { capture: true });
    return () => window.removeEventListener("keydown", onEscape, { capture: true });
  }, [onClose]);

  // Tab stays inside the dialog.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Tab" || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const report = data?.report;
  const errors = report?.issues.filter((i) => i.severity === "error").length ?? 0;
  const warnings = report?.issues.filter((i) => i.severity === "warning").length ?? 0;

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="data-dialog-title"
        data-testid="data-dialog"
        onKeyDown={onKeyDown}
      >
        <header className="dialog-header">
          <h2 id="data-dialog-title" tabIndex={-1}>
            {t("data.title")}
          </h2>
          <button type="button" className="panel-close" onClick={onClose} aria-label={t("data.close")}>
            ×
          </button>
        </header>

        <section aria-labelledby="data-current-title">
          <h3 id="data-current-title">{t("data.current")}</h3>
          {status === "loading" && !data && <p role="status">{t("data.loading")}</p>}
          {data && (
            <>
              <p data-testid="data-origin">
                {data.dataset.name && <strong>{data.dataset.name}</strong>}{" "}
                {t(`data.origin.${data.origin.kind}`, { label: data.origin.label })}
              </p>
              {data.change && (
                <p role="status" className="applied">
                  {data.change.mode === "merge" && data.change.added && data.change.updated
                    ? t("data.import.merged", {
                        added: ENTITY_NAMES.reduce((n, e) => n + data.change!.added![e], 0),
                        updated: ENTITY_NAMES.reduce((n, e) => n + data.change!.updated![e], 0),
                      })
                    : t("data.import.replaced")}
                </p>
              )}
              <dl className="counts-list" data-testid="data-counts">
                {ENTITY_NAMES.map((e) => (
                  <div key={e}>
                    <dt>{t(`data.entity.${e}`)}</dt>
                    <dd>{data.dataset[e].length}</dd>
                  </div>
                ))}
              </dl>
              {report && report.issues.length > 0 && (
                <details>
                  <summary>
                    {t("data.showReport")} ({t("data.problems", { errors, warnings })})
                  </summary>
                  <IssueList issues={report.issues} />
                </details>
              )}
            </>
          )}
        </section>

        <ImportSection
          onTemplate={() =>
            void datasetToXlsx(emptyDataset(), municipalities).then((b) => saveFile("wb-radar-template.xlsx", b))
          }
        />

        {data && (
          <section aria-labelledby="data-export-title">
            <h3 id="data-export-title">{t("data.export.title")}</h3>
            <p className="hint">{t("data.export.hint")}</p>
            <div className="actions">
              <button
                type="button"
                onClick={() => saveFile("wb-radar.json", datasetToJson(data.dataset), "application/json")}
              >
                {t("data.export.json")}
              </button>
              <button
                type="button"
                onClick={() =>
                  void datasetToXlsx(data.dataset, municipalities).then((blob) => saveFile("wb-radar.xlsx", blob))
                }
              >
                {t("data.export.xlsx")}
              </button>
            </div>
            <p className="csv-files">
              {t("data.export.csv")}:{" "}
              {datasetToCsvFileNames().map((name, i) => (
                <span key={name}>
                  {i > 0 && " · "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const file = datasetToCsvFiles(data.dataset).find((f) => f.name === name);
                      if (file) saveFile(`wb-radar-${file.name}`, file.text, "text/csv;charset=utf-8");
                    }}
                  >
                    {name}
                  </button>
                </span>
              ))}
            </p>
          </section>
        )}
      </div>
    </div>
  );
}

function datasetToCsvFileNames(): string[] {
  return [...ENTITY_NAMES.map((e) => `${e}.csv`), "meta.csv"];
}
