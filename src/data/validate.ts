/**
 * Validates an untrusted dataset (parsed JSON, or records read from a
 * spreadsheet). Every problem is collected with its path; invalid records are
 * skipped and the valid ones kept; references between records and to the
 * municipality layer are checked. Pure: no DOM, no map.
 */
import { migrateDataset } from "./migrate.ts";
import { unmappedById } from "../geo/gazetteer.ts";
import type { z } from "zod";
import { fromZodIssue, issue, type DataIssue, type IssuePath, type Severity } from "./issues.ts";
import { placeOrganisations, type Locate } from "./location.ts";
import {
  DatasetMetaSchema,
  emptyDataset,
  ENTITY_NAMES,
  ENTITY_SCHEMAS,
  SCHEMA_VERSION,
  type AnyRecord,
  type Dataset,
  type DatasetMeta,
  type EntityName,
} from "./schema.ts";

export interface ValidationContext {
  /** Known municipality ids (from the geo layer). Without it, municipality references are not checked. */
  municipalityIds?: ReadonlySet<string>;
  /** Point-in-polygon lookup used to give points a municipality. */
  locate?: Locate;
}

export interface EntityCounts {
  valid: number;
  skipped: number;
}

export interface ValidationResult {
  dataset: Dataset;
  issues: DataIssue[];
  counts: Record<EntityName, EntityCounts>;
  /** The input is not a dataset at all: nothing should be applied. */
  fatal: boolean;
  /** Problems counted but not listed in `issues` (a report keeps a number of each kind: ingest.ts, capIssues). */
  omitted?: Record<Severity, number>;
}

const META_KEYS = new Set(Object.keys(DatasetMetaSchema.shape));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function zeroCounts(): Record<EntityName, EntityCounts> {
  return Object.fromEntries(ENTITY_NAMES.map((e) => [e, { valid: 0, skipped: 0 }])) as Record<EntityName, EntityCounts>;
}

export function fatalResult(issues: DataIssue[]): ValidationResult {
  return { dataset: emptyDataset(), issues, counts: zeroCounts(), fatal: true };
}

/** Parses one record; unknown fields are warnings and dropped, anything else makes the record invalid. */
function parseRecord<E extends EntityName>(
  entity: E,
  value: unknown,
  path: IssuePath,
): { record?: Dataset[E][number]; issues: DataIssue[] } {
  const schema = ENTITY_SCHEMAS[entity] as unknown as z.ZodType<Dataset[E][number]>;
  const recordId = isPlainObject(value) && typeof value.id === "string" ? value.id : undefined;
  const tag = (list: DataIssue[]) => list.map((i) => ({ ...i, entity, ...(recordId ? { recordId } : {}) }));
  const first = schema.safeParse(value);
  if (first.success) return { record: first.data, issues: [] };
  const issues = first.error.issues.map((zi) => fromZodIssue(zi, path, value));
  if (issues.some((i) => i.severity === "error")) return { issues: tag(issues) };
  // Only unknown fields: drop them and parse again.
  const cleaned = structuredClone(value) as Record<string, unknown>;
  for (const zi of first.error.issues) {
    if (zi.code !== "unrecognized_keys") continue;
    let target: unknown = cleaned;
    for (const key of zi.path) target = (target as Record<PropertyKey, unknown>)[key];
    for (const key of zi.keys) delete (target as Record<string, unknown>)[key];
  }
  const second = schema.safeParse(cleaned);
  if (second.success) return { record: second.data, issues: tag(issues) };
  return { issues: tag([...issues, ...second.error.issues.map((zi) => fromZodIssue(zi, path, cleaned))]) };
}

function validateMeta(input: Record<string, unknown>, issues: DataIssue[]): DatasetMeta | null {
  const meta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (META_KEYS.has(key)) meta[key] = value;
    else if (!(ENTITY_NAMES as string[]).includes(key))
      issues.push(issue("warning", "unknownField", [], { keys: key }));
  }
  if (meta.schemaVersion === undefined) {
    issues.push(issue("warning", "missingVersion", ["schemaVersion"], { version: SCHEMA_VERSION }));
    meta.schemaVersion = SCHEMA_VERSION;
  } else if (meta.schemaVersion !== SCHEMA_VERSION) {
    issues.push(
      issue("error", "unsupportedVersion", ["schemaVersion"], {
        value: String(meta.schemaVersion),
        version: SCHEMA_VERSION,
      }),
    );
    return null;
  }
  const parsed = DatasetMetaSchema.safeParse(meta);
  if (parsed.success) return parsed.data;
  // Bad descriptive fields do not sink the data: report them and keep the version only.
  issues.push(...parsed.error.issues.map((zi) => fromZodIssue(zi, [], meta)));
  return { schemaVersion: SCHEMA_VERSION };
}

export function validateDataset(raw: unknown, context: ValidationContext = {}): ValidationResult {
  if (!isPlainObject(raw))
    return fatalResult([issue("error", "notDataset", [], { received: Array.isArray(raw) ? "array" : typeof raw })]);
  // A file written for an earlier schema version is read as the current one (migrate.ts).
  const input = migrateDataset(raw).value;

  const issues: DataIssue[] = [];
  const meta = validateMeta(input, issues);
  if (!meta) return fatalResult(issues);

  const dataset = emptyDataset(meta);
  const counts = zeroCounts();
  const positions = Object.fromEntries(ENTITY_NAMES.map((e) => [e, new Map<string, number>()])) as Record<
    EntityName,
    Map<string, number>
  >;
  for (const entity of ENTITY_NAMES) {
    const list = input[entity];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push(issue("error", "invalidType", [entity], { field: entity, expected: "array", received: typeof list }));
      continue;
    }
    const seen = new Set<string>();
    const kept: AnyRecord[] = [];
    const position = positions[entity];
    list.forEach((value, index) => {
      const path = [entity, index];
      const result = parseRecord(entity, value, path);
      issues.push(...result.issues);
      const record = result.record;
      if (!record) {
        counts[entity].skipped++;
        return;
      }
      if (seen.has(record.id)) {
        issues.push(issue("error", "duplicateId", [...path, "id"], { id: record.id }, { entity, recordId: record.id }));
        counts[entity].skipped++;
        return;
      }
      seen.add(record.id);
      position.set(record.id, index);
      kept.push(record);
    });
    (dataset[entity] as AnyRecord[]) = kept;
  }

  checkReferences(dataset, context, issues, counts);
  markGenerated(dataset, issues);
  const located = placeOrganisations(dataset.organisations, context.locate);
  dataset.organisations = located.organisations;
  issues.push(...located.issues);
  for (const e of ENTITY_NAMES) counts[e].valid = dataset[e].length;
  // Checks after parsing name records by id; report them at their position in the input.
  const positioned = issues.map((i) => {
    const [entity, key, ...rest] = i.path;
    if (typeof key !== "string" || !(ENTITY_NAMES as unknown[]).includes(entity)) return i;
    const index = positions[entity as EntityName].get(key);
    return index === undefined ? i : { ...i, path: [entity as EntityName, index, ...rest] };
  });
  return { dataset, issues: positioned, counts, fatal: false };
}

/** Dangling references are warnings (the record stays); values without their indicator are skipped. */
function checkReferences(
  dataset: Dataset,
  context: ValidationContext,
  issues: DataIssue[],
  counts: Record<EntityName, EntityCounts>,
) {
  const orgIds = new Set(dataset.organisations.map((o) => o.id));
  const donorIds = new Set(dataset.donors.map((d) => d.id));
  const municipalities = context.municipalityIds;
  if (municipalities) placeUnmapped(dataset, issues);
  // Records are named by id here; validateDataset turns that into their position in the input.
  const pathOf = (entity: EntityName, id: string) => [entity, id] as const;
  const check = (
    entity: EntityName,
    record: AnyRecord,
    field: string,
    ids: readonly string[],
    known: ReadonlySet<string> | undefined,
    code: "unknownMunicipality" | "unknownOrganisation" | "unknownDonor",
  ) => {
    if (!known) return;
    ids.forEach((id, i) => {
      if (!known.has(id))
        issues.push(
          issue(
            "warning",
            code,
            [...pathOf(entity, record.id), field, i],
            { field, id },
            { entity, recordId: record.id },
          ),
        );
    });
  };
  for (const org of dataset.organisations) {
    check("organisations", org, "networks", org.networks, orgIds, "unknownOrganisation");
    if (org.municipalityId)
      check("organisations", org, "municipalityId", [org.municipalityId], municipalities, "unknownMunicipality");
  }
  for (const p of dataset.projects) {
    check("projects", p, "leadOrganisations", p.leadOrganisations, orgIds, "unknownOrganisation");
    check("projects", p, "partnerOrganisations", p.partnerOrganisations, orgIds, "unknownOrganisation");
    check("projects", p, "donors", p.donors, donorIds, "unknownDonor");
    check("projects", p, "targetMunicipalities", p.targetMunicipalities, municipalities, "unknownMunicipality");
  }
  for (const place of dataset.places)
    check("places", place, "municipalityIds", place.municipalityIds, municipalities, "unknownMunicipality");

  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  dataset.indicatorValues = dataset.indicatorValues.filter((v) => {
    const where = { entity: "indicatorValues" as const, recordId: v.id };
    const path = [...pathOf("indicatorValues", v.id)];
    const definition = indicators.get(v.indicator);
    const fail = (code: "unknownIndicator" | "wrongIndicatorLevel" | "outOfScale", field: string, params = {}) => {
      issues.push(issue("error", code, [...path, field], { field, ...params }, where));
      counts.indicatorValues.skipped++;
      return false;
    };
    if (!definition) return fail("unknownIndicator", "indicator", { id: v.indicator });
    const level = v.country !== undefined ? "country" : "municipality";
    if (level !== definition.level)
      return fail("wrongIndicatorLevel", level === "country" ? "country" : "municipalityId", {
        level: definition.level,
      });
    const max = v.valueMax ?? v.value;
    if (
      (definition.scaleMin !== undefined && v.value < definition.scaleMin) ||
      (definition.scaleMax !== undefined && max > definition.scaleMax)
    )
      return fail("outOfScale", "value", {
        value: v.value,
        min: definition.scaleMin ?? "",
        max: definition.scaleMax ?? "",
      });
    if (v.municipalityId)
      check("indicatorValues", v, "municipalityId", [v.municipalityId], municipalities, "unknownMunicipality");
    return true;
  });
}

/**
 * Records that name a municipality without a boundary on this map (gazetteer.ts:
 * Tuzi, Gusinje, …) are placed in the municipality that contains it, and each
 * such placement is reported: never silently counted elsewhere.
 */
function placeUnmapped(dataset: Dataset, issues: DataIssue[]) {
  const place = (entity: EntityName, record: AnyRecord, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      const unmapped = unmappedById.get(id);
      if (!unmapped) return;
      ids[i] = unmapped.within;
      issues.push(
        issue(
          "warning",
          "placedWithin",
          [entity, record.id, field, i],
          { field, id, name: unmapped.names.en, within: unmapped.withinName },
          { entity, recordId: record.id },
        ),
      );
    });
  for (const org of dataset.organisations)
    if (org.municipalityId) {
      const ids = [org.municipalityId];
      place("organisations", org, "municipalityId", ids);
      org.municipalityId = ids[0];
    }
  for (const p of dataset.projects) place("projects", p, "targetMunicipalities", p.targetMunicipalities);
  for (const pl of dataset.places) place("places", pl, "municipalityIds", pl.municipalityIds);
  for (const v of dataset.indicatorValues)
    if (v.municipalityId) {
      const ids = [v.municipalityId];
      place("indicatorValues", v, "municipalityId", ids);
      v.municipalityId = ids[0];
    }
}

/** What the sample generator writes (synthetic.ts): "syn-" ids and a citation naming a synthetic sample. */
export function looksGenerated(record: AnyRecord): boolean {
  return (
    record.id.startsWith("syn-") ||
    record.sources.some((s) => /synthetic sample|generated by wb radar/i.test(`${s.citation ?? ""} ${s.url ?? ""}`))
  );
}

/**
 * Synthetic data cannot pass as real: records that look generated but lack the flag (e.g. after a spreadsheet
 * lost the column) are flagged, so the sample banner shows and exports carry the flag; the report says how many.
 */
function markGenerated(dataset: Dataset, issues: DataIssue[]) {
  let count = 0;
  for (const entity of ENTITY_NAMES)
    for (const record of dataset[entity] as AnyRecord[])
      if (!record.synthetic && looksGenerated(record)) {
        record.synthetic = true;
        count++;
      }
  if (count > 0) issues.push(issue("warning", "looksSynthetic", [], { count }));
}
