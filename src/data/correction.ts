/**
 * A correction to any record but an organisation (those are edited field by field: contribution.ts): which record,
 * which of its fields is wrong (or the record as a whole), what the sources state instead, why, and the sources — as a
 * correction file the maintainers check against those sources before they change the dataset. The file is checked by
 * CorrectionFileSchema when it is made and again when it is read (parseCorrection). Pure: no DOM, no store.
 */
import { z } from "zod";
import { fromZodIssue, hasErrors, issue, type DataIssue } from "./issues.ts";
import { ENTITY_SCHEMAS, FullDateSchema, IdSchema, SourceSchema, TextSchema, type AnyRecord } from "./schema.ts";
import type { SourceFields } from "./contribution.ts";
import { MAX_CONTACT, MAX_REASON } from "./contribution.ts";

/** Records a reader can open and correct here (organisations have their own form). */
export const CORRECTABLE = ["projects", "places", "donors", "regions", "indicators", "indicatorValues"] as const;
export type CorrectableEntity = (typeof CORRECTABLE)[number];

/** The field "the record as a whole": it should not be in the dataset, or is a duplicate. */
export const WHOLE_RECORD = "record";
export const MAX_PROPOSED = 2000;
/** Fields that are the dataset's bookkeeping, not something a source states. */
const NOT_CORRECTABLE = new Set(["id", "lastVerified", "synthetic"]);
/** Where the record comes from: listed after what it states. */
const PROVENANCE = ["sources", "confidence", "notes"];

export const CorrectionFileSchema = z.strictObject({
  wbRadarCorrection: z.literal(1),
  entity: z.enum(CORRECTABLE),
  id: IdSchema,
  field: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,49}$/),
  /** The field's value in the dataset the reader saw, for the maintainers to compare (absent: it had none). */
  current: z.json().optional(),
  proposed: TextSchema(MAX_PROPOSED),
  reason: TextSchema(MAX_REASON),
  sources: z.array(SourceSchema).min(1).max(10),
  datasetVersion: TextSchema(40).optional(),
  submitted: FullDateSchema,
});
export type CorrectionFile = z.infer<typeof CorrectionFileSchema>;

export interface CorrectionFields {
  field: string;
  proposed: string;
  reason: string;
  sources: SourceFields[];
  /** For the maintainers only: never in the file. */
  contact: string;
}

export interface Correction {
  issues: DataIssue[];
  title: string;
  file?: { name: string; text: string };
}

/**
 * The fields of a kind of record a reader may say are wrong — those it states, and those it leaves out (a missing end
 * date is a correction too) — its own fields first, then where it comes from, then the record as a whole.
 */
export function correctableFields(entity: CorrectableEntity): string[] {
  const keys = Object.keys((ENTITY_SCHEMAS[entity] as unknown as { shape: Record<string, unknown> }).shape);
  const own = keys.filter((k) => !NOT_CORRECTABLE.has(k) && !PROVENANCE.includes(k));
  return [...own, ...PROVENANCE, WHOLE_RECORD];
}

const clean = (text: string) => (text.trim() === "" ? undefined : text.trim());

export function buildCorrection(
  entity: CorrectableEntity,
  record: AnyRecord,
  fields: CorrectionFields,
  { today = new Date().toISOString().slice(0, 10), version }: { today?: string; version?: string } = {},
): Correction {
  const title = `Correction: ${entity} ${record.id}`;
  const issues: DataIssue[] = [];
  if (!correctableFields(entity).includes(fields.field))
    issues.push(issue("error", "required", ["field"], { field: "field" }));
  if (!clean(fields.proposed)) issues.push(issue("error", "required", ["proposed"], { field: "proposed" }));
  if (!clean(fields.reason)) issues.push(issue("error", "required", ["reason"], { field: "reason" }));
  if (fields.contact.trim().length > MAX_CONTACT)
    issues.push(issue("error", "textTooLong", ["contact"], { field: "contact", maximum: MAX_CONTACT }));
  // Rows left blank are not sources; the others keep their row number in the form.
  const rows = fields.sources.flatMap((s, row) => (clean(s.url) || clean(s.citation) || clean(s.claim) ? [row] : []));
  if (rows.length === 0) issues.push(issue("error", "tooFewItems", ["sources"], { field: "sources", minimum: 1 }));
  for (const row of rows)
    if (!clean(fields.sources[row]!.claim))
      issues.push(issue("error", "required", ["sources", row, "claim"], { field: "claim" }));
  const current = fields.field === WHOLE_RECORD ? undefined : (record as Record<string, unknown>)[fields.field];
  const candidate = {
    wbRadarCorrection: 1,
    entity,
    id: record.id,
    field: fields.field,
    ...(current !== undefined && { current }),
    proposed: fields.proposed.trim(),
    reason: fields.reason.trim(),
    sources: rows.map((row) => {
      const s = fields.sources[row]!;
      return Object.fromEntries(
        Object.entries({ url: clean(s.url), citation: clean(s.citation), claim: clean(s.claim) }).filter(
          ([, v]) => v !== undefined,
        ),
      );
    }),
    ...(version && { datasetVersion: version }),
    submitted: today,
  };
  const parsed = CorrectionFileSchema.safeParse(candidate);
  if (!parsed.success)
    for (const zi of parsed.error.issues) {
      const found = fromZodIssue(zi, [], candidate);
      const [head, index, ...rest] = found.path;
      // A source's path is its row in the form; the others are already reported above, once.
      if (head === "sources" && typeof index === "number")
        issues.push({ ...found, path: ["sources", rows[index] ?? index, ...rest] });
      else if (!issues.some((i) => i.path[0] === head)) issues.push(found);
    }
  if (hasErrors(issues) || !parsed.success) return { issues, title };
  return {
    issues,
    title,
    file: {
      name: `wb-radar-correction-${entity}-${record.id}.json`,
      text: JSON.stringify(parsed.data, null, 2) + "\n",
    },
  };
}

/** A correction file as the maintainers read it: checked whole, or refused with the problems. */
export function parseCorrection(
  text: string,
): { ok: true; value: CorrectionFile } | { ok: false; issues: DataIssue[] } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, issues: [issue("error", "parse", [], { file: "correction", detail: "not JSON" })] };
  }
  const parsed = CorrectionFileSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((zi) => fromZodIssue(zi, [], input)) };
}
