import { useId, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { config } from "../../config.ts";
import {
  buildContribution,
  emptyFields,
  fieldsFromOrganisation,
  type EditedField,
  type OrganisationFields,
  type SourceFields,
} from "../../data/contribution.ts";
import type { Organisation } from "../../data/schema.ts";
import { ACTIVITY_TYPES, ORGANISATION_KINDS, termLabel } from "../../data/taxonomy.ts";
import { pickText } from "../../data/text.ts";
import { municipalityName } from "../../geo/names.ts";
import { COUNTRY_CODES, LOCALES } from "../../geo/schema.ts";
import { currentLocale, LANGUAGE_NAMES } from "../../i18n/index.ts";
import { useAppStore } from "../../state/store.ts";
import { DataText, slot, withData } from "../data/DataText.tsx";
import { Modal } from "../Modal.tsx";
import { CheckAndSend, inputId, SourceRows, TextAreaField, useFieldProblems } from "./formParts.tsx";

/**
 * "Add your organisation" (no `organisation`) or "Suggest a correction" to one: a form checked as an import is,
 * which gives a record file to download and, where the deployment names a place (VITE_CONTRIBUTE_URL), a prefilled
 * mail or issue to send it. Nothing leaves the browser unless the contributor sends it.
 */
export function ContributeDialog({
  organisation,
  onClose,
  contributeUrl = config.contributeUrl,
}: {
  organisation?: Organisation;
  onClose: () => void;
  contributeUrl?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const geo = useAppStore((s) => s.geo);
  const dataset = useAppStore((s) => s.data?.dataset);
  const [fields, setFields] = useState<OrganisationFields>(() =>
    organisation ? fieldsFromOrganisation(organisation, locale) : emptyFields(locale),
  );
  const uid = useId();

  const context = useMemo(
    () => ({
      municipalityIds: geo ? new Set(geo.byId.keys()) : undefined,
      organisationIds: new Set(dataset?.organisations.map((o) => o.id)),
    }),
    [geo, dataset],
  );
  const contribution = useMemo(() => buildContribution(fields, context, organisation), [fields, context, organisation]);
  const municipalities = useMemo(
    () =>
      [...(geo?.byId.values() ?? [])]
        .filter((m) => m.country === fields.country)
        .map((m) => ({ id: m.id, name: municipalityName(m, locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [geo, fields.country, locale],
  );

  const set = <K extends keyof OrganisationFields>(key: K, value: OrganisationFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const label = (key: string): string => {
    const [field, row, part] = key.split(".");
    if (field === "sources" && part) return t(`contribute.field.source.${part as keyof SourceFields}`);
    if (field === "sources" && row !== undefined) return t("contribute.field.source.title", { n: Number(row) + 1 });
    if (field === "point" || field === "locationPrecision") return t("contribute.field.precision");
    const known = ["name", "acronym", "kind", "country", "municipalityId", "website", "focusAreas", "confidence"];
    if (field === "sources") return t("contribute.field.sources");
    if (field === "reason" || field === "contact") return t(`contribute.field.${field}`);
    return known.includes(field!) ? t(`contribute.field.${field as "name"}`) : (field ?? "");
  };
  const { describe, touch, message, problems } = useFieldProblems(contribution.issues, label);

  const text = (key: "name" | "acronym" | "website", type = "text") => {
    const d = describe(key);
    return (
      <div className="contribute-field">
        <label htmlFor={d.props.id}>{label(key)}</label>
        <input
          type={type}
          value={fields[key]}
          onChange={(e) => set(key, e.target.value)}
          required={key === "name"}
          {...d.props}
        />
        {d.error}
      </div>
    );
  };

  // Field labels and the text inputs, made here: the JSX below holds no string of its own (i18next lint).
  const labels = Object.fromEntries(
    [
      "kind",
      "country",
      "locationPrecision",
      "municipalityId",
      "focusAreas",
      "sources",
      "confidence",
      "reason",
      "contact",
    ].map((key) => [key, label(key)]),
  );
  const nameInput = text("name");
  const acronymInput = text("acronym");
  const websiteInput = text("website", "url");
  const confidences = ["official", "reported"] as const;
  const precisions = ["country", "municipality", ...(organisation?.locationPrecision === "exact" ? ["exact"] : [])];
  const municipality = describe("municipalityId");
  const confidence = describe("confidence");
  const reason = describe("reason");
  const contact = describe("contact", `${uid}-contact-hint`);
  const file = contribution.file;
  const changed = (list: readonly EditedField[]) => [...new Set(list.map(label))].join(", ");

  const dialog = (
    <Modal
      titleId="contribute-title"
      title={t(organisation ? "contribute.correct" : "contribute.add")}
      closeLabel={t("contribute.close")}
      onClose={onClose}
      testId="contribute-dialog"
    >
      {organisation && (
        <p>
          {withData(t("contribute.correcting", { name: slot("name") }), {
            name: <DataText>{pickText(organisation.name, locale).text}</DataText>,
          })}
        </p>
      )}
      <p className="hint">{t(organisation ? "contribute.correctIntro" : "contribute.intro")}</p>
      <form className="contribute-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <div className="contribute-row">
          {nameInput}
          <div className="contribute-field">
            <label htmlFor={`${uid}-lang`}>{t("contribute.field.nameLanguage")}</label>
            <select
              id={`${uid}-lang`}
              value={fields.nameLanguage}
              onChange={(e) => set("nameLanguage", e.target.value as OrganisationFields["nameLanguage"])}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="contribute-row">
          {acronymInput}
          <div className="contribute-field">
            <label htmlFor={inputId("kind")}>{labels.kind}</label>
            <select
              id={inputId("kind")}
              value={fields.kind}
              onChange={(e) => set("kind", e.target.value as OrganisationFields["kind"])}
            >
              <option value="">{t("contribute.notStated")}</option>
              {ORGANISATION_KINDS.ids.map((k) => (
                <option key={k} value={k}>
                  {termLabel("organisationKind", k, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="contribute-field">
          <label htmlFor={inputId("country")}>{labels.country}</label>
          <select
            id={inputId("country")}
            value={fields.country}
            onChange={(e) => {
              const country = e.target.value as OrganisationFields["country"];
              setFields((f) => ({
                ...f,
                country,
                municipalityId: geo?.byId.get(f.municipalityId)?.country === country ? f.municipalityId : "",
              }));
            }}
          >
            <option value="">{t("contribute.countryNone")}</option>
            {COUNTRY_CODES.map((c) => (
              <option key={c} value={c}>
                {t(`country.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset aria-describedby={`${uid}-precision-hint`}>
          <legend>{labels.locationPrecision}</legend>
          <p id={`${uid}-precision-hint`} className="hint">
            {t("contribute.precisionHint")}
          </p>
          {precisions.map((p) => (
            <label key={p} className="contribute-choice">
              <input
                type="radio"
                name={`${uid}-precision`}
                value={p}
                checked={fields.locationPrecision === p}
                onChange={() => set("locationPrecision", p as OrganisationFields["locationPrecision"])}
              />
              {termLabel("locationPrecision", p, locale)}
            </label>
          ))}
          {fields.locationPrecision !== "country" && (
            <div className="contribute-field">
              <label htmlFor={municipality.props.id}>{labels.municipalityId}</label>
              <select
                value={fields.municipalityId}
                onChange={(e) => set("municipalityId", e.target.value)}
                disabled={municipalities.length === 0}
                {...municipality.props}
              >
                <option value="">{t("contribute.chooseMunicipality")}</option>
                {municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
              {municipalities.length === 0 && (
                <p className="hint">{t(geo ? "contribute.chooseCountryFirst" : "contribute.noMunicipalities")}</p>
              )}
              {municipality.error}
            </div>
          )}
        </fieldset>
        {websiteInput}
        <fieldset>
          <legend>{labels.focusAreas}</legend>
          <div className="contribute-areas">
            {ACTIVITY_TYPES.ids.map((a) => (
              <label key={a} className="contribute-choice">
                <input
                  type="checkbox"
                  checked={fields.focusAreas.includes(a)}
                  onChange={(e) =>
                    set(
                      "focusAreas",
                      ACTIVITY_TYPES.ids.filter((x) => (x === a ? e.target.checked : fields.focusAreas.includes(x))),
                    )
                  }
                />
                {termLabel("activityType", a, locale)}
              </label>
            ))}
          </div>
        </fieldset>

        <h3>{labels.sources}</h3>
        <p className="hint">{t(organisation ? "contribute.sourcesHintCorrect" : "contribute.sourcesHint")}</p>
        <SourceRows
          sources={fields.sources}
          describe={describe}
          label={label}
          onChange={(sources) => set("sources", sources)}
        />

        <fieldset>
          <legend>{labels.confidence}</legend>
          {confidences.map((c) => (
            <label key={c} className="contribute-choice">
              <input
                type="radio"
                name={`${uid}-confidence`}
                value={c}
                checked={fields.confidence === c}
                onChange={() => {
                  set("confidence", c);
                  touch("confidence");
                }}
                aria-describedby={confidence.props["aria-describedby"]}
              />
              {t(`contribute.confidence.${c}`)}
            </label>
          ))}
          {confidence.error}
        </fieldset>

        {organisation && (
          <TextAreaField
            field={reason}
            label={labels.reason!}
            value={fields.reason}
            onChange={(v) => set("reason", v)}
            rows={3}
          />
        )}
        <TextAreaField
          field={contact}
          label={labels.contact!}
          value={fields.contact}
          onChange={(v) => set("contact", v)}
          hint={{ id: `${uid}-contact-hint`, text: t("contribute.contactHint") }}
        />
      </form>

      <CheckAndSend
        headingId={`${uid}-check`}
        file={file}
        title={contribution.title}
        contact={fields.contact}
        contributeUrl={contributeUrl}
        ready={
          <>
            {t("contribute.ready")}
            {contribution.changed.length > 0 && (
              <> {t("contribute.changed", { fields: changed(contribution.changed) })}</>
            )}
          </>
        }
        notReady={contribution.noChange && <li>{t("contribute.noChange")}</li>}
        problems={problems}
        message={message}
        touch={touch}
      />
    </Modal>
  );
  return createPortal(dialog, document.body);
}
