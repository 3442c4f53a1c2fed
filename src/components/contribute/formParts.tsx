/**
 * What the contribution and correction forms share: problems shown at their field once it has been left, the source
 * rows, and the "check and send" section (the file to download, and the prefilled mail or issue where the deployment
 * names one).
 */
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { blankSource, submissionKind, submissionUrl, type SourceFields } from "../../data/contribution.ts";
import type { DataIssue } from "../../data/issues.ts";
import { saveFile } from "../../lib/download.ts";
import { issueMessage } from "../data/issueText.ts";

/** A form field's key: "name", "sources.0.claim"; the key of a problem is its path in the form. */
export const keyOf = (issue: DataIssue) => issue.path.join(".");
export const inputId = (key: string) => `contribute-${key.replace(/\./g, "-")}`;

/** The field a problem is about, or the nearest one there is (a source's first input). */
export function focusField(key: string) {
  const target =
    document.getElementById(inputId(key)) ??
    document.getElementById(inputId(`${key}.url`)) ??
    document.getElementById(inputId("sources.0.url"));
  target?.focus();
}

export interface Described {
  props: {
    id: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
    onBlur: () => void;
  };
  error: ReactNode;
}

/** A form's problems, each shown at its field (named by `label`) once the field has been left. */
export function useFieldProblems(issues: readonly DataIssue[], label: (key: string) => string) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (key: string) => setTouched((s) => (s.has(key) ? s : new Set(s).add(key)));
  const message = (issue: DataIssue) =>
    issueMessage(t, { ...issue, params: { ...issue.params, field: label(keyOf(issue)) } });
  const problems = issues.filter((i) => i.severity !== "info");
  /** A field's inline problem (once it has been left), tied to it by aria-describedby. */
  const describe = (key: string, hint?: string): Described => {
    // A source's own problems (no address or citation) show once any of its fields is left; the count, any source's.
    const left = touched.has(key) || [...touched].some((k) => k.startsWith(`${key}.`));
    const shown = left ? problems.filter((i) => keyOf(i) === key) : [];
    const ids = [hint, shown.length > 0 ? `${inputId(key)}-error` : undefined].filter(Boolean).join(" ");
    return {
      props: {
        id: inputId(key),
        "aria-invalid": shown.some((i) => i.severity === "error") || undefined,
        "aria-describedby": ids || undefined,
        onBlur: () => touch(key),
      },
      error:
        shown.length > 0 ? (
          <p id={`${inputId(key)}-error`} className="field-error">
            {shown.map((i, n) => (
              <span key={n}>{message(i)} </span>
            ))}
          </p>
        ) : null,
    };
  };
  return { describe, touch, message, problems };
}

const SOURCES = "sources";

/** The source rows, each with its own problems, and the button to add one (at most ten). */
export function SourceRows({
  sources,
  describe,
  label,
  onChange,
}: {
  sources: readonly SourceFields[];
  describe: (key: string) => Described;
  label: (key: string) => string;
  onChange: (sources: SourceFields[]) => void;
}) {
  const { t } = useTranslation();
  const setPart = (row: number, part: keyof SourceFields, value: string) =>
    onChange(sources.map((s, i) => (i === row ? { ...s, [part]: value } : s)));
  return (
    <>
      {sources.map((source, row) => (
        <SourceRow
          key={row}
          row={row}
          source={source}
          canRemove={sources.length > 1}
          describe={describe}
          label={label}
          onChange={setPart}
          onRemove={() => onChange(sources.filter((_, i) => i !== row))}
        />
      ))}
      {describe(SOURCES).error}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange([...sources, blankSource()])}
        disabled={sources.length >= 10}
      >
        {t("contribute.addSource")}
      </button>
    </>
  );
}

function SourceRow({
  row,
  source,
  canRemove,
  describe,
  label,
  onChange,
  onRemove,
}: {
  row: number;
  source: SourceFields;
  canRemove: boolean;
  describe: (key: string) => Described;
  label: (key: string) => string;
  onChange: (row: number, key: keyof SourceFields, value: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const whole = describe(`sources.${row}`);
  const parts = (["url", "citation", "claim"] as const).map((part) => ({
    part,
    ...describe(`sources.${row}.${part}`),
  }));
  return (
    <fieldset className="contribute-source">
      <legend>{label(`sources.${row}`)}</legend>
      {parts.map(({ part, props, error }) => (
        <div key={part} className="contribute-field">
          <label htmlFor={props.id}>{label(`sources.${row}.${part}`)}</label>
          {part === "claim" ? (
            <textarea rows={2} value={source[part]} onChange={(e) => onChange(row, part, e.target.value)} {...props} />
          ) : (
            <input
              type={part === "url" ? "url" : "text"}
              value={source[part]}
              onChange={(e) => onChange(row, part, e.target.value)}
              {...props}
            />
          )}
          {error}
        </div>
      ))}
      {whole.error}
      {canRemove && (
        <button type="button" className="link-button" onClick={onRemove}>
          {t("contribute.removeSource", { n: row + 1 })}
        </button>
      )}
    </fieldset>
  );
}

/**
 * "Check and send": what is still wrong (each problem a button to its field), or that the file is ready (with `ready`,
 * what it changes); the download; and the prefilled mail or issue, which never carries the contact to a public tracker.
 */
export function CheckAndSend({
  headingId,
  file,
  title,
  contact,
  contributeUrl,
  ready,
  notReady,
  problems,
  message,
  touch,
}: {
  headingId: string;
  file: { name: string; text: string } | undefined;
  title: string;
  contact: string;
  contributeUrl: string | undefined;
  ready: ReactNode;
  /** Problems that are not at a field (e.g. "change at least one field"). */
  notReady?: ReactNode;
  problems: readonly DataIssue[];
  message: (issue: DataIssue) => ReactNode;
  touch: (key: string) => void;
}) {
  const { t } = useTranslation();
  const kind = contributeUrl ? submissionKind(contributeUrl) : undefined;
  const submission =
    file && contributeUrl
      ? submissionUrl(contributeUrl, {
          title,
          fileText: file.text,
          attachNote: t("contribute.attachNote", { file: file.name }),
          contact,
          contactLabel: t("contribute.field.contact"),
        })
      : undefined;
  const newTab = { target: "_blank", rel: "noopener noreferrer" };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t("contribute.checkTitle")}</h3>
      <div role="status" data-testid="contribute-status">
        {file ? (
          <p className="applied">{ready}</p>
        ) : (
          <>
            <p>{t("contribute.notReady")}</p>
            <ul className="contribute-problems">
              {notReady}
              {problems.map((issue, n) => (
                <li key={n}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      touch(keyOf(issue));
                      focusField(keyOf(issue));
                    }}
                  >
                    {message(issue)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={!file}
          onClick={() => file && saveFile(file.name, file.text, "application/json")}
        >
          {t("contribute.download")}
        </button>
        {contributeUrl &&
          (submission ? (
            <a className="button" href={submission.url} {...(kind === "issue" ? newTab : {})}>
              {t("contribute.send")}
            </a>
          ) : (
            <button type="button" disabled>
              {t("contribute.send")}
            </button>
          ))}
      </div>
      {contributeUrl && <p className="hint">{t(kind === "mail" ? "contribute.sendMail" : "contribute.sendIssue")}</p>}
      {submission && !submission.complete && <p className="hint">{t("contribute.tooLong")}</p>}
    </section>
  );
}

/** A labelled text area with its hint and its problems (from `useFieldProblems().describe`). */
export function TextAreaField({
  field,
  label,
  value,
  onChange,
  rows = 2,
  hint,
}: {
  field: Described;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: { id: string; text: string };
}) {
  return (
    <div className="contribute-field">
      <label htmlFor={field.props.id}>{label}</label>
      <textarea rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...field.props} />
      {hint && (
        <p id={hint.id} className="hint">
          {hint.text}
        </p>
      )}
      {field.error}
    </div>
  );
}
