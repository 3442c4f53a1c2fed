/**
 * What the latest version of the dataset added and changed (`changes` in the dataset, written by
 * `npm run data:changelog -- --record` from the same diff as data/CHANGELOG.md), and each record's part in it: what
 * the "new" and "updated" badges say. Pure.
 */
import { formatPath, type DatasetDiff } from "./diff.ts";
import type { Dataset, EntityName, VersionChanges } from "./schema.ts";

/** The records a reader opens (indicator values are too many, and are read through their indicator). */
export const BADGED_ENTITIES = ["organisations", "donors", "projects", "places", "regions", "indicators"] as const;
export type BadgedEntity = (typeof BADGED_ENTITIES)[number];

export type RecordUpdate =
  | { kind: "added"; version: string; since: string }
  | { kind: "changed"; version: string; since: string; fields: readonly string[] };

/** The record's part in the latest version's changes; undefined when it has none, or the dataset records none. */
export function recordUpdate(
  dataset: Pick<Dataset, "version" | "changes">,
  entity: BadgedEntity,
  id: string,
): RecordUpdate | undefined {
  const { changes, version } = dataset;
  if (!changes || !version) return undefined;
  if (changes.added[entity]?.includes(id)) return { kind: "added", version, since: changes.since };
  const fields = changes.changed[entity]?.[id];
  return fields ? { kind: "changed", version, since: changes.since, fields } : undefined;
}

/** The `changes` to record from a diff of the previous version (`since`) against this one. */
export function versionChanges(diff: DatasetDiff, since: string): VersionChanges {
  const added: VersionChanges["added"] = {};
  const changed: VersionChanges["changed"] = {};
  for (const entity of BADGED_ENTITIES as readonly EntityName[]) {
    const d = diff.entities[entity];
    if (d.added.length > 0) added[entity] = [...d.added].sort();
    if (d.changed.length > 0)
      changed[entity] = Object.fromEntries(
        [...d.changed]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((r) => [r.id, [...new Set(r.changes.map((c) => formatPath(c.path)))]]),
      );
  }
  return { since, added, changed };
}
