import { useTranslation } from "react-i18next";
import { recordUpdate, type BadgedEntity } from "../../data/updates.ts";
import { useAppStore } from "../../state/store.ts";

/**
 * "New" or "updated" in the dataset's latest version (updates.ts), beside a record's title; what changed is in its
 * title and read out after it. Nothing when the record is as it was, or the dataset does not say.
 */
export function UpdateBadge({ entity, id }: { entity: BadgedEntity; id: string }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.data?.dataset);
  const update = dataset ? recordUpdate(dataset, entity, id) : undefined;
  if (!update) return null;
  const detail =
    update.kind === "changed"
      ? t("update.fields", { since: update.since, fields: update.fields.join(", ") })
      : t("update.since", { since: update.since });
  return (
    <span className={`badge badge-${update.kind}`} title={detail} data-testid="update-badge">
      {t(update.kind === "added" ? "update.added" : "update.changed", { version: update.version })}
      <span className="visually-hidden"> ({detail})</span>
    </span>
  );
}

/** What the version added and changed, per kind of record, for the Data dialog. */
export function VersionChanges() {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.data?.dataset);
  const changes = dataset?.changes;
  if (!dataset?.version || !changes) return null;
  const kinds = [...new Set([...Object.keys(changes.added), ...Object.keys(changes.changed)])] as BadgedEntity[];
  return (
    <p className="hint" data-testid="version-changes">
      {t("update.summary", {
        version: dataset.version,
        since: changes.since,
        list: kinds
          .map((e) =>
            t("update.kindCounts", {
              kind: t(`data.entity.${e}`),
              added: changes.added[e]?.length ?? 0,
              changed: Object.keys(changes.changed[e] ?? {}).length,
            }),
          )
          .join("; "),
      })}
    </p>
  );
}
