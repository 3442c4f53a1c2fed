/**
 * Reading datasets written for an earlier schema version. Pure: a plain value
 * in, a value of the current version out (nothing is validated here).
 *
 * 1 → 2: organised crime was a "form of extremism"; it is now a topic of its
 * own (`ocTopics`, "other-oc" when version 1 could not say which). Version 1
 * stored every amount as the project's funding: it becomes a grant. Places
 * gain empty form and topic lists.
 */
import { SCHEMA_VERSION } from "./schema.ts";

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function migrateProject(p: unknown): unknown {
  if (!isPlain(p)) return p;
  const out: Plain = { ...p };
  if (Array.isArray(p.extremismForms) && p.extremismForms.includes("organised-crime")) {
    out.extremismForms = p.extremismForms.filter((f) => f !== "organised-crime");
    out.ocTopics = ["other-oc"];
  }
  if (isPlain(p.funding) && p.funding.kind === undefined) out.funding = { ...p.funding, kind: "grant" };
  return out;
}

/** The input at the current schema version, and the version it was written for. */
export function migrateDataset(input: Plain): { value: Plain; from: number } {
  const from = input.schemaVersion;
  if (from !== 1) return { value: input, from: typeof from === "number" ? from : SCHEMA_VERSION };
  const value: Plain = { ...input, schemaVersion: SCHEMA_VERSION };
  if (Array.isArray(input.projects)) value.projects = input.projects.map(migrateProject);
  return { value, from: 1 };
}
