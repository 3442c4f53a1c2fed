/**
 * What changed between two datasets: per entity, the ids added and removed and,
 * for records in both, each field that differs with its value before and after.
 * Records are matched by id. Objects are compared field by field (key order
 * does not matter; a key set to undefined is a key left out, as in JSON);
 * arrays (sources, ids, tags) are compared as values: a changed array is one
 * change at its path, with the elements it lost and gained. Pure.
 */
import { ENTITY_NAMES, type AnyRecord, type Dataset, type EntityName } from "./schema.ts";

export interface FieldChange {
  /** Keys from the record (or the dataset's top level) down to the value, e.g. ["name", "sr-Latn"]. */
  path: string[];
  /** undefined: the field was not there. */
  before: unknown;
  after: unknown;
  /** For arrays: elements only in `before` / only in `after`, compared as values (both empty: only the order). */
  removed?: unknown[];
  added?: unknown[];
}

export interface RecordChange {
  id: string;
  changes: FieldChange[];
}

export interface EntityDiff {
  added: string[];
  removed: string[];
  changed: RecordChange[];
}

export interface DiffCounts {
  added: number;
  changed: number;
  removed: number;
}

export interface DatasetDiff {
  entities: Record<EntityName, EntityDiff>;
  counts: Record<EntityName, DiffCounts>;
  /** Records added, changed and removed over all entities. */
  total: DiffCounts;
  /** Dataset-level fields (name, version, description, licence…) that differ. */
  meta: FieldChange[];
  /** Nothing added, changed or removed, and the same metadata. */
  empty: boolean;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const definedKeys = (o: Plain): string[] => Object.keys(o).filter((k) => o[k] !== undefined);

/** Deep equality of JSON-like values; key order does not matter, array order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameValue(v, b[i]));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = definedKeys(a);
    if (keys.length !== definedKeys(b).length) return false;
    return keys.every((k) => sameValue(a[k], b[k]));
  }
  // NaN is not JSON, but equal to itself here.
  return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}

/** Elements of `from` with no equal element left in `other` (each match used once). */
function without(from: unknown[], other: unknown[]): unknown[] {
  const left = [...other];
  return from.filter((v) => {
    const i = left.findIndex((w) => sameValue(v, w));
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/** The changes from `before` to `after` below `path`, in a stable (sorted key) order. */
export function diffValues(before: unknown, after: unknown, path: string[] = []): FieldChange[] {
  if (sameValue(before, after)) return [];
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...definedKeys(before), ...definedKeys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after))
    return [{ path, before, after, removed: without(before, after), added: without(after, before) }];
  return [{ path, before, after }];
}

const emptyCounts = (): DiffCounts => ({ added: 0, changed: 0, removed: 0 });

/** What changes when `after` takes the place of `before`. */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const entities = {} as Record<EntityName, EntityDiff>;
  const counts = {} as Record<EntityName, DiffCounts>;
  const total = emptyCounts();
  for (const entity of ENTITY_NAMES) {
    const old = new Map<string, AnyRecord>(((before[entity] ?? []) as AnyRecord[]).map((r) => [r.id, r]));
    const now = new Map<string, AnyRecord>(((after[entity] ?? []) as AnyRecord[]).map((r) => [r.id, r]));
    const diff: EntityDiff = { added: [], removed: [], changed: [] };
    for (const [id, record] of now) {
      const was = old.get(id);
      if (!was) diff.added.push(id);
      else {
        const changes = diffValues(was, record);
        if (changes.length > 0) diff.changed.push({ id, changes });
      }
    }
    for (const id of old.keys()) if (!now.has(id)) diff.removed.push(id);
    entities[entity] = diff;
    counts[entity] = { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length };
    total.added += diff.added.length;
    total.changed += diff.changed.length;
    total.removed += diff.removed.length;
  }
  const entitySet = new Set<string>(ENTITY_NAMES);
  // `changes` is itself a summary of such a diff (updates.ts), not data to compare.
  const metaOf = (d: Dataset): Plain =>
    Object.fromEntries(Object.entries(d).filter(([k]) => !entitySet.has(k) && k !== "$schema" && k !== "changes"));
  const meta = diffValues(metaOf(before), metaOf(after));
  const empty = total.added + total.changed + total.removed === 0 && meta.length === 0;
  return { entities, counts, total, meta, empty };
}

/** A path as people read it: name.sr-Latn, funding.amount, sources. */
export const formatPath = (path: readonly string[]): string => path.join(".");
