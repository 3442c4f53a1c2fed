import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { diffDatasets, formatPath, type FieldChange } from "../../data/diff.ts";
import { mergeDatasets } from "../../data/merge.ts";
import { ENTITY_NAMES, type AnyRecord, type Dataset, type LocalizedText } from "../../data/schema.ts";
import { pickText } from "../../data/text.ts";
import { currentLocale } from "../../i18n/index.ts";
import { DataText, slot, withData } from "./DataText.tsx";
import { EntityCounts } from "./EntityCounts.tsx";

/** Changed records listed per entity; a whole new dataset can change thousands. */
export const CHANGED_SHOWN = 100;
/** A value longer than this is cut, with an ellipsis. */
export const VALUE_CHARS = 120;

const shorten = (text: string): string => (text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text);

/** A value as plain text: lists joined, objects as "key: value; key: value". Undefined: null. */
function plain(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? "").join(", ");
  if (typeof value === "object")
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${plain(v) ?? ""}`)
      .join("; ");
  return String(value);
}

/** A name or title to show beside a record's id, when it has one. */
function recordTitle(record: AnyRecord | undefined): LocalizedText | undefined {
  const r = record as { name?: unknown; title?: unknown } | undefined;
  const text = r?.name ?? r?.title;
  return text && typeof text === "object" ? (text as LocalizedText) : undefined;
}

/**
 * What applying an import would change in the data on screen: records added, changed and (for Replace) removed per
 * entity, then the changed records field by field. Replace is compared with the file as it is, Merge with what
 * mergeDatasets would make of the two.
 */
export function ImportDiff({ current, incoming }: { current: Dataset; incoming: Dataset }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const titleId = useId();
  const merged = useMemo(() => mergeDatasets(current, incoming).dataset, [current, incoming]);
  const replace = useMemo(() => diffDatasets(current, incoming), [current, incoming]);
  // Merging adds and changes what replacing does (the file's records win either way) and removes nothing.
  const merge = useMemo(() => diffDatasets(current, merged), [current, merged]);
  const value = (v: unknown) => {
    const text = plain(v);
    return text === null ? t("data.import.diff.absent") : <DataText>{shorten(text)}</DataText>;
  };
  const change = (c: FieldChange) => {
    if (c.removed && c.added) {
      if (c.removed.length === 0 && c.added.length === 0) return t("data.import.diff.reordered");
      return (
        <ul>
          {c.removed.map((v, i) => (
            <li key={`r${i}`}>{withData(t("data.import.diff.lost", { value: slot("value") }), { value: value(v) })}</li>
          ))}
          {c.added.map((v, i) => (
            <li key={`a${i}`}>
              {withData(t("data.import.diff.gained", { value: slot("value") }), { value: value(v) })}
            </li>
          ))}
        </ul>
      );
    }
    return withData(t("data.import.diff.was", { before: slot("before"), after: slot("after") }), {
      before: value(c.before),
      after: value(c.after),
    });
  };
  const versions = { before: current.version, after: incoming.version };

  return (
    <section className="import-diff" aria-labelledby={titleId} data-testid="import-diff">
      <h5 id={titleId}>{t("data.import.diff.title")}</h5>
      {versions.before && versions.after && versions.before !== versions.after && (
        <p>
          {withData(t("data.import.diff.version", { before: slot("before"), after: slot("after") }), {
            before: <DataText>{versions.before}</DataText>,
            after: <DataText>{versions.after}</DataText>,
          })}
        </p>
      )}
      {replace.total.added + replace.total.changed + replace.total.removed === 0 ? (
        <p>{t("data.import.diff.same")}</p>
      ) : (
        <>
          <EntityCounts
            columns={[t("data.import.diff.added"), t("data.import.diff.changed"), t("data.import.diff.removed")]}
            cells={(e) => [merge.counts[e].added, merge.counts[e].changed, replace.counts[e].removed]}
          />
          <p className="hint">{t("data.import.diff.hint")}</p>
        </>
      )}
      {merge.total.changed > 0 && (
        <details className="import-diff-changed">
          <summary>{t("data.import.diff.showChanged", { n: merge.total.changed })}</summary>
          {ENTITY_NAMES.filter((e) => merge.entities[e].changed.length > 0).map((e) => {
            const changed = merge.entities[e].changed;
            const byId = new Map((merged[e] as AnyRecord[]).map((r) => [r.id, r]));
            return (
              <section key={e} aria-labelledby={`${titleId}-${e}`}>
                <h6 id={`${titleId}-${e}`}>{t(`data.entity.${e}`)}</h6>
                <ul>
                  {changed.slice(0, CHANGED_SHOWN).map((record) => {
                    const title = recordTitle(byId.get(record.id));
                    const picked = title && pickText(title, locale);
                    return (
                      <li key={record.id}>
                        <code>{record.id}</code>
                        {picked && (
                          <>
                            {" "}
                            <DataText lang={picked.lang}>{shorten(picked.text)}</DataText>
                          </>
                        )}
                        <ul>
                          {record.changes.map((c) => (
                            <li key={formatPath(c.path)}>
                              <code>{formatPath(c.path)}</code>: {change(c)}
                            </li>
                          ))}
                        </ul>
                      </li>
                    );
                  })}
                </ul>
                {changed.length > CHANGED_SHOWN && (
                  <p className="hint">{t("data.import.diff.more", { n: changed.length - CHANGED_SHOWN })}</p>
                )}
              </section>
            );
          })}
        </details>
      )}
    </section>
  );
}
