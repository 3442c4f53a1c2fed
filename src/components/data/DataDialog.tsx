import { VersionChanges } from "./UpdateBadge.tsx";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { datasetToCsvFiles, datasetToJson, datasetToXlsx } from "../../data/export.ts";
import { hxlCsv } from "../../data/hxl.ts";
import { projectsGeoJson } from "../../data/projectGeoJson.ts";
import { emptyDataset, ENTITY_NAMES } from "../../data/schema.ts";
import { saveFile } from "../../lib/download.ts";
import { selectFiltered } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { ContributeDialog } from "../contribute/ContributeDialog.tsx";
import { exportCitation } from "../table/TableExport.tsx";
import { Modal } from "../Modal.tsx";
import { ImportSection } from "./ImportSection.tsx";
import { DataText, slot, withData } from "./DataText.tsx";
import { IssueList, issueTotals } from "./IssueList.tsx";

/** The dataset on screen, importing a partner's own data, and exports. A modal dialog. */
export function DataDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const status = useAppStore((s) => s.dataStatus);
  const geo = useAppStore((s) => s.geo);
  const filtered = useAppStore(selectFiltered);
  const municipalities = geo ? [...geo.byId.values()] : [];

  const report = data?.report;
  const { errors, warnings } = issueTotals(report?.issues ?? [], report?.omitted);
  // "Add your organisation" takes the dialog's place; closing it comes back here.
  const [contributing, setContributing] = useState(false);
  if (contributing) return <ContributeDialog onClose={() => setContributing(false)} />;

  return (
    <Modal
      titleId="data-dialog-title"
      title={t("data.title")}
      closeLabel={t("data.close")}
      onClose={onClose}
      testId="data-dialog"
    >
      <section aria-labelledby="data-current-title">
        <h3 id="data-current-title">{t("data.current")}</h3>
        {status === "loading" && !data && <p role="status">{t("data.loading")}</p>}
        {data && (
          <>
            <p data-testid="data-origin">
              {data.dataset.name && (
                <strong>
                  <DataText>{data.dataset.name}</DataText>
                </strong>
              )}{" "}
              {withData(t(`data.origin.${data.origin.kind}`, { label: slot("label") }), {
                label: <DataText>{data.origin.label}</DataText>,
              })}
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
            <VersionChanges />
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
                <IssueList issues={report.issues} omitted={report.omitted} />
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

      <section aria-labelledby="data-contribute-title">
        <h3 id="data-contribute-title">{t("contribute.sectionTitle")}</h3>
        <p className="hint">{t("contribute.sectionHint")}</p>
        <button type="button" onClick={() => setContributing(true)}>
          {t("contribute.add")}
        </button>
      </section>

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
          {filtered && geo && (
            <>
              <p className="hint">{t("data.export.filteredHint")}</p>
              <div className="actions">
                <button
                  type="button"
                  data-testid="export-hxl"
                  onClick={() => {
                    const { date } = exportCitation(data.dataset);
                    const context = { dataset: data.dataset, municipalities: geo.byId };
                    saveFile(
                      `wb-radar-projects-hxl-${date}.csv`,
                      hxlCsv(filtered.projects, context),
                      "text/csv;charset=utf-8",
                    );
                  }}
                >
                  {t("data.export.hxl", { format: "HXL CSV" })}
                </button>
                <button
                  type="button"
                  data-testid="export-projects-geojson"
                  onClick={() => {
                    const cite = exportCitation(data.dataset);
                    const context = { dataset: data.dataset, municipalities: geo.byId };
                    const collection = projectsGeoJson(filtered.projects, context, geo.municipalities, cite);
                    saveFile(
                      `wb-radar-projects-${cite.date}.geojson`,
                      JSON.stringify(collection),
                      "application/geo+json",
                    );
                  }}
                >
                  {t("data.export.geojson")}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </Modal>
  );
}

function datasetToCsvFileNames(): string[] {
  return [...ENTITY_NAMES.map((e) => `${e}.csv`), "meta.csv"];
}
