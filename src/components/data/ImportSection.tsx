import { useId, useRef, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/store.ts";
import { ImportDiff } from "./ImportDiff.tsx";
import { EntityCounts } from "./EntityCounts.tsx";
import { IssueList, issueTotals } from "./IssueList.tsx";

/** Drop or pick files; read them here in the browser; show the report; replace, merge or cancel. */
export function ImportSection({ onTemplate }: { onTemplate: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const pending = useAppStore((s) => s.pendingImport);
  const stageImport = useAppStore((s) => s.stageImport);
  const applyImport = useAppStore((s) => s.applyImport);
  const cancelImport = useAppStore((s) => s.cancelImport);
  const current = useAppStore((s) => s.data?.dataset);
  const hasData = current !== undefined;

  const apply = (mode: "replace" | "merge") => {
    void applyImport(mode);
    // The buttons are gone: keep focus in the dialog, on its title.
    document.getElementById("data-dialog-title")?.focus();
  };
  const stage = (files: FileList | null) => {
    if (files && files.length > 0) void stageImport([...files]);
    // Picking the same file again after a fix must read it again.
    if (input.current) input.current.value = "";
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    stage(e.dataTransfer.files);
  };

  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t("data.import.title")}</h3>
      <p className="hint" id={`${inputId}-hint`}>
        {t("data.import.hint")}
      </p>
      <div
        className={`drop-zone${dragging ? " drop-zone-active" : ""}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{t("data.import.drop")}</span>
        <input
          ref={input}
          id={inputId}
          className="visually-hidden"
          type="file"
          aria-describedby={`${inputId}-hint`}
          multiple
          accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => stage(e.currentTarget.files)}
        />
        <label htmlFor={inputId} className="button file-button">
          {t("data.import.choose")}
        </label>
      </div>
      <button type="button" className="link-button" onClick={onTemplate}>
        {t("data.import.template")}
      </button>

      {(pending?.status === "reading" || pending?.status === "merging") && (
        <div className="import-progress" data-testid="import-progress">
          <p role="status">{t(`data.import.${pending.status}`, { files: pending.files.join(", ") })}</p>
          {/* A large or broken file can take long: the reading can always be stopped. */}
          <button type="button" onClick={cancelImport}>
            {t("data.import.cancel")}
          </button>
        </div>
      )}
      {pending?.status === "review" && (
        <div
          className="import-review"
          data-testid="import-review"
          role="region"
          aria-label={t("data.import.review", { files: pending.files.join(", ") })}
        >
          <h4>{t("data.import.review", { files: pending.files.join(", ") })}</h4>
          {!pending.result.fatal && (
            <EntityCounts
              columns={[t("data.import.valid"), t("data.import.skipped")]}
              cells={(e) => [pending.result.counts[e].valid, pending.result.counts[e].skipped]}
            />
          )}
          <p>{t("data.problems", issueTotals(pending.result.issues, pending.result.omitted))}</p>
          <IssueList issues={pending.result.issues} omitted={pending.result.omitted} />
          {/* Before anything is applied: what each button would change in the data on screen. */}
          {current && !pending.result.fatal && <ImportDiff current={current} incoming={pending.result.dataset} />}
          {pending.result.fatal ? (
            <p role="alert" className="status-error-text">
              {t("data.import.cannotApply")}
            </p>
          ) : (
            <div className="actions">
              <button type="button" onClick={() => apply("replace")}>
                {t("data.import.replace")}
              </button>
              {hasData && (
                <button type="button" onClick={() => apply("merge")} aria-describedby={`${inputId}-merge`}>
                  {t("data.import.merge")}
                </button>
              )}
            </div>
          )}
          {hasData && !pending.result.fatal && (
            <p id={`${inputId}-merge`} className="hint">
              {t("data.import.mergeHint")}
            </p>
          )}
          <button type="button" className="link-button" onClick={cancelImport}>
            {t("data.import.cancel")}
          </button>
        </div>
      )}
    </section>
  );
}
