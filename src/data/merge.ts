/**
 * Combining an imported dataset with the one on screen: "replace" takes the
 * import as it is, "merge" adds its records and lets them replace records
 * with the same id. Pure.
 */
import { ENTITY_NAMES, type AnyRecord, type Dataset, type EntityName } from "./schema.ts";

export type ImportMode = "replace" | "merge";
export type EntityTally = Record<EntityName, number>;

export interface MergeResult {
  dataset: Dataset;
  added: EntityTally;
  updated: EntityTally;
}

const tally = (): EntityTally => Object.fromEntries(ENTITY_NAMES.map((e) => [e, 0])) as EntityTally;

export function mergeDatasets(current: Dataset, incoming: Dataset): MergeResult {
  const added = tally();
  const updated = tally();
  const dataset: Dataset = { ...current };
  for (const entity of ENTITY_NAMES) {
    const byId = new Map<string, AnyRecord>((current[entity] as AnyRecord[]).map((r) => [r.id, r]));
    for (const record of incoming[entity] as AnyRecord[]) {
      if (byId.has(record.id)) updated[entity]++;
      else added[entity]++;
      byId.set(record.id, record);
    }
    (dataset[entity] as AnyRecord[]) = [...byId.values()];
  }
  return { dataset, added, updated };
}

/** True when any record is generated sample data. */
export function hasSyntheticRecords(dataset: Dataset): boolean {
  if (dataset.synthetic) return true;
  return ENTITY_NAMES.some((e) => (dataset[e] as AnyRecord[]).some((r) => r.synthetic === true));
}
