import { useId, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { config } from "../../config.ts";
import { blankSource, type SourceFields } from "../../data/contribution.ts";
import {
  buildCorrection,
  correctableFields,
  WHOLE_RECORD,
  type CorrectableEntity,
  type CorrectionFields,
} from "../../data/correction.ts";
import type { AnyRecord } from "../../data/schema.ts";
import { stripBidiControls } from "../../data/text.ts";
import { useAppStore } from "../../state/store.ts";
import { DataText, slot, withData } from "../data/DataText.tsx";
import { Modal } from "../Modal.tsx";
import { CheckAndSend, SourceRows, TextAreaField, useFieldProblems } from "./formParts.tsx";

/** A field's value as the reader sees it now: text as it is, lists and objects as their values, cut short. */
export function currentText(value: unknown): string | undefined {
  const flat = (v: unknown): string =>
    v === null || v === undefined
      ? ""
      : typeof v === "object"
        ? (Array.isArray(v) ? v : Object.values(v))
            .map(flat)
            .filter(Boolean)
            .join(Array.isArray(v) ? "; " : " / ")
        : String(v);
  const text = flat(value);
  if (text === "") return undefined;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * "Suggest a correction" to a project, place, donor, region, indicator or indicator value: the field that is wrong
 * (or the whole record), what the sources state instead, why, and the sources; it gives a correction file to download
 * and, where the deployment names a place (VITE_CONTRIBUTE_URL), a prefilled mail or issue. Organisations have their
 * own form (ContributeDialog), which edits the record itself.
 */
export function CorrectionDialog({
  entity,
  record,
  name,
  onClose,
  contributeUrl = config.contributeUrl,
}: {
  entity: CorrectableEntity;
  record: AnyRecord;
  /** The record's name or title as shown. */
  name: string;
  onClose: () => void;
  contributeUrl?: string;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const version = useAppStore((s) => s.data?.dataset.version);
  const fieldNames = useMemo(() => correctableFields(entity), [entity]);
  const [fields, setFields] = useState<CorrectionFields>({
    field: fieldNames[0] ?? WHOLE_RECORD,
    proposed: "",
    reason: "",
    sources: [blankSource()],
    contact: "",
  });
  const correction = useMemo(
    () => buildCorrection(entity, record, fields, { ...(version && { version }) }),
    [entity, record, fields, version],
  );
  const set = <K extends keyof CorrectionFields>(key: K, value: CorrectionFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const fieldLabel = (f: string) => t(`correction.fields.${f}`, { defaultValue: f });
  const label = (key: string): string => {
    const [field, row, part] = key.split(".");
    if (field === "sources" && part) return t(`contribute.field.source.${part as keyof SourceFields}`);
    if (field === "sources" && row !== undefined) return t("contribute.field.source.title", { n: Number(row) + 1 });
    if (field === "sources") return t("contribute.field.sources");
    if (field === "contact") return t("contribute.field.contact");
    if (field === "field" || field === "proposed" || field === "reason") return t(`correction.${field}`);
    return field ?? "";
  };
  const { describe, touch, message, problems } = useFieldProblems(correction.issues, label);
  // Labels made here: the JSX below holds no string of its own (i18next lint).
  const labels = {
    field: label("field"),
    proposed: label("proposed"),
    reason: label("reason"),
    sources: label("sources"),
    contact: label("contact"),
  };
  const now =
    fields.field === WHOLE_RECORD ? undefined : currentText((record as Record<string, unknown>)[fields.field]);
  const which = describe("field", `${uid}-current`);
  const proposed = describe("proposed", `${uid}-proposed-hint`);
  const reason = describe("reason");
  const contact = describe("contact", `${uid}-contact-hint`);

  const dialog = (
    <Modal
      titleId="correction-title"
      title={t("correction.title")}
      closeLabel={t("contribute.close")}
      onClose={onClose}
      testId="correction-dialog"
    >
      <p>
        {withData(t("correction.record", { name: slot("name") }), {
          name: (
            <>
              {t(`correction.kind.${entity}`)} <DataText>{name}</DataText>
            </>
          ),
        })}
      </p>
      <p className="hint">{t("correction.intro")}</p>
      <form className="contribute-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <div className="contribute-field">
          <label htmlFor={which.props.id}>{labels.field}</label>
          <select value={fields.field} onChange={(e) => set("field", e.target.value)} {...which.props}>
            {fieldNames.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f)}
              </option>
            ))}
          </select>
          <p id={`${uid}-current`} className="hint">
            {fields.field === WHOLE_RECORD
              ? null
              : now === undefined
                ? t("correction.currentNone")
                : withData(t("correction.current", { value: slot("value") }), { value: <DataText>{now}</DataText> })}
          </p>
          {which.error}
        </div>
        <TextAreaField
          field={proposed}
          label={labels.proposed}
          value={fields.proposed}
          onChange={(v) => set("proposed", v)}
          rows={3}
          hint={{ id: `${uid}-proposed-hint`, text: t("correction.proposedHint") }}
        />
        <TextAreaField field={reason} label={labels.reason} value={fields.reason} onChange={(v) => set("reason", v)} />
        <h3>{labels.sources}</h3>
        <p className="hint">{t("contribute.sourcesHintCorrect")}</p>
        <SourceRows
          sources={fields.sources}
          describe={describe}
          label={label}
          onChange={(sources) => set("sources", sources)}
        />
        <TextAreaField
          field={contact}
          label={labels.contact}
          value={fields.contact}
          onChange={(v) => set("contact", v)}
          hint={{ id: `${uid}-contact-hint`, text: t("contribute.contactHint") }}
        />
      </form>
      <CheckAndSend
        headingId={`${uid}-check`}
        file={correction.file}
        title={correction.title}
        contact={fields.contact}
        contributeUrl={contributeUrl}
        ready={t("correction.ready")}
        problems={problems}
        message={message}
        touch={touch}
      />
    </Modal>
  );
  return createPortal(dialog, document.body);
}

/** The button that opens the correction form for a record, and the form; focus returns to the button. */
export function SuggestCorrection({
  entity,
  record,
  name,
}: {
  entity: CorrectableEntity;
  record: AnyRecord;
  name: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button suggest-correction"
        ref={setButton}
        onClick={() => setOpen(true)}
        aria-label={t("correction.openNamed", { name: stripBidiControls(name) })}
        data-testid="suggest-correction"
      >
        {t("correction.open")}
      </button>
      {open && (
        <CorrectionDialog
          entity={entity}
          record={record}
          name={name}
          onClose={() => {
            setOpen(false);
            button?.focus();
          }}
        />
      )}
    </>
  );
}
