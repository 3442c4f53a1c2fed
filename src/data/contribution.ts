/**
 * Contributions: a new organisation, or a correction to one, as a form fills it in. The form's values become a
 * candidate record, checked by the same schema and dataset validation as any import (so its problems are the app's
 * usual issue messages), and a contribution file: a dataset with that one record, which imports without problems.
 * Where the deployment names a place to send it (VITE_CONTRIBUTE_URL), a prefilled mail or issue link carries it.
 * Pure: no DOM, no store.
 */
import type { CountryCode, Locale } from "../geo/schema.ts";
import { hasCyrillic, macedonianToLatin } from "../lib/script.ts";
import { hasErrors, issue, type DataIssue, type IssuePath } from "./issues.ts";
import { coarsen } from "./location.ts";
import { SCHEMA_VERSION, type Organisation } from "./schema.ts";
import type { ACTIVITY_TYPES, CONFIDENCE, LOCATION_PRECISIONS, ORGANISATION_KINDS } from "./taxonomy.ts";
import { validateDataset } from "./validate.ts";

export type ContributionMode = "add" | "correct";

export interface SourceFields {
  url: string;
  citation: string;
  /** What the source states that the record relies on, in the contributor's own words. Required here. */
  claim: string;
}

/** What the form holds: text as typed, choices as ids ("" for none chosen). */
export interface OrganisationFields {
  name: string;
  nameLanguage: Locale;
  acronym: string;
  kind: (typeof ORGANISATION_KINDS.ids)[number] | "";
  country: CountryCode | "";
  locationPrecision: (typeof LOCATION_PRECISIONS.ids)[number];
  municipalityId: string;
  website: string;
  focusAreas: Array<(typeof ACTIVITY_TYPES.ids)[number]>;
  /** official: the source is the organisation or publisher itself; reported: news or a third party. */
  confidence: (typeof CONFIDENCE.ids)[number] | "";
  /** The sources the contributor adds (for a correction: for the change); the record's own ones are kept. */
  sources: SourceFields[];
  /** A correction: what was wrong and why. */
  reason: string;
  /** How to reach the contributor, for the maintainers only: never part of the record or the file. */
  contact: string;
}

/** Fields of an organisation the form edits; a correction lists those it changes. */
export const EDITED_FIELDS = [
  "name",
  "acronym",
  "kind",
  "country",
  "locationPrecision",
  "municipalityId",
  "point",
  "website",
  "focusAreas",
  "confidence",
] as const;
export type EditedField = (typeof EDITED_FIELDS)[number];

export const MAX_REASON = 2000;
export const MAX_CONTACT = 500;

export const blankSource = (): SourceFields => ({ url: "", citation: "", claim: "" });

export function emptyFields(nameLanguage: Locale): OrganisationFields {
  return {
    name: "",
    nameLanguage,
    acronym: "",
    kind: "",
    country: "",
    locationPrecision: "country",
    municipalityId: "",
    website: "",
    focusAreas: [],
    confidence: "",
    sources: [blankSource()],
    reason: "",
    contact: "",
  };
}

/** The form for a correction, prefilled from the record; the name in `locale` if it has one, else its first. */
export function fieldsFromOrganisation(org: Organisation, locale: Locale): OrganisationFields {
  const nameLanguage = (org.name[locale] !== undefined ? locale : Object.keys(org.name)[0]) as Locale;
  return {
    ...emptyFields(nameLanguage),
    name: org.name[nameLanguage] ?? "",
    acronym: org.acronym ?? "",
    kind: org.kind ?? "",
    country: org.country ?? "",
    locationPrecision: org.locationPrecision,
    municipalityId: org.municipalityId ?? "",
    website: org.website ?? "",
    focusAreas: [...org.focusAreas],
    confidence: org.confidence,
  };
}

export interface ContributionContext {
  /** Municipality ids of the geo layer: a municipality must be one of them. */
  municipalityIds?: ReadonlySet<string>;
  /** Organisations in the data on screen: a new record's id avoids them, and networks naming them are known. */
  organisationIds?: ReadonlySet<string>;
  /** YYYY-MM-DD (today by default). */
  today?: string;
}

export interface Contribution {
  mode: ContributionMode;
  /** Problems, with paths in the form's terms: ["name"], ["sources", 0, "claim"], ["reason"]… */
  issues: DataIssue[];
  /** A correction that changes no field (a source and a reason alone are not a correction). */
  noChange: boolean;
  /** A correction: the record's fields it changes. */
  changed: EditedField[];
  /** "Contribution: …" or "Correction: …": the file's dataset name and the message's title. */
  title: string;
  /** The file to download, when there is no error. */
  file?: { name: string; text: string };
  record?: Organisation;
}

const clean = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** An id from the acronym or name: ASCII letters, digits and dashes, not one the data already has. */
export function proposeId(
  fields: Pick<OrganisationFields, "name" | "acronym">,
  taken: ReadonlySet<string> = new Set(),
) {
  const source = clean(fields.acronym) ?? clean(fields.name) ?? "";
  const latin = hasCyrillic(source) ? macedonianToLatin(source, "english") : source;
  const slug = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const base = slug === "" ? "organisation" : slug;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The form's values over the original record (a correction) or a new one: untrusted until validated. */
function candidate(
  fields: OrganisationFields,
  sources: SourceFields[],
  original: Organisation | undefined,
  context: ContributionContext,
  today: string,
): Record<string, unknown> {
  const name: Record<string, string | undefined> = { ...original?.name, [fields.nameLanguage]: clean(fields.name) };
  const precision = fields.locationPrecision;
  const municipalityId = precision === "country" ? undefined : clean(fields.municipalityId);
  // A point is kept only where the record had one at its own exact precision and the municipality stays.
  const keepPoint = precision === "exact" && original?.point && municipalityId === original.municipalityId;
  const newSources = sources.map((s) =>
    withoutUndefined({ url: clean(s.url), citation: clean(s.citation), claim: clean(s.claim) }),
  );
  // The areas in the record's own order when they are the same ones.
  const sameAreas =
    original &&
    original.focusAreas.length === fields.focusAreas.length &&
    fields.focusAreas.every((a) => original.focusAreas.includes(a));
  return withoutUndefined({
    ...original,
    id: original?.id ?? proposeId(fields, context.organisationIds),
    name: withoutUndefined(name),
    acronym: clean(fields.acronym),
    kind: fields.kind || undefined,
    country: fields.country || undefined,
    municipalityId,
    point: keepPoint ? original.point : undefined,
    locationPrecision: precision,
    website: clean(fields.website),
    focusAreas: sameAreas ? original.focusAreas : fields.focusAreas,
    networks: original?.networks ?? [],
    confidence: fields.confidence || undefined,
    // The new sources first: the form's source n is the record's source n.
    sources: [...newSources, ...(original?.sources ?? [])],
    lastVerified: today,
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Builds, checks and (when it passes) writes the contribution. */
export function buildContribution(
  fields: OrganisationFields,
  context: ContributionContext = {},
  original?: Organisation,
): Contribution {
  const mode: ContributionMode = original ? "correct" : "add";
  const today = context.today ?? new Date().toISOString().slice(0, 10);
  // Rows left blank are not sources; the rest keep their row number in the form.
  const rows = fields.sources.flatMap((s, row) => (clean(s.url) || clean(s.citation) || clean(s.claim) ? [row] : []));
  const sources = rows.map((row) => fields.sources[row]!);
  const raw = candidate(fields, sources, original, context, today);

  const displayName = (clean(fields.name) ?? original?.id ?? "").slice(0, 200);
  const title = `${mode === "add" ? "Contribution" : "Correction"}: ${displayName}`.trim();

  const issues: DataIssue[] = [];
  // (A new record without sources is refused by the schema; a correction keeps the record's own.)
  if (mode === "correct" && rows.length === 0)
    issues.push(issue("error", "tooFewItems", ["sources"], { field: "sources", minimum: 1 }));
  sources.forEach((s, i) => {
    if ((clean(s.url) || clean(s.citation)) && !clean(s.claim))
      issues.push(issue("error", "required", ["sources", rows[i]!, "claim"], { field: "claim" }));
  });
  if (mode === "correct" && !clean(fields.reason))
    issues.push(issue("error", "required", ["reason"], { field: "reason" }));
  if (fields.reason.trim().length > MAX_REASON)
    issues.push(issue("error", "textTooLong", ["reason"], { field: "reason", maximum: MAX_REASON }));
  if (fields.contact.trim().length > MAX_CONTACT)
    issues.push(issue("error", "textTooLong", ["contact"], { field: "contact", maximum: MAX_CONTACT }));

  const changed = original
    ? EDITED_FIELDS.filter((f) => !same(original[f], raw[f] === undefined ? undefined : raw[f]))
    : [];
  const noChange = mode === "correct" && changed.length === 0;

  const description =
    mode === "add"
      ? "A new organisation suggested through WB Radar, for the maintainers to review against its sources."
      : `A correction to organisation "${original!.id}" suggested through WB Radar, for the maintainers to review ` +
        `against its sources. Changed: ${changed.join(", ") || "nothing"}. Why: ${fields.reason.trim()}`;
  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    name: title,
    description: description.slice(0, 5000),
    organisations: [raw],
  };
  const result = validateDataset(dataset, { municipalityIds: context.municipalityIds });
  for (const found of result.issues) {
    const [entity, , ...rest] = found.path;
    // The dataset's own name repeats the record's: its problem is reported once, at the name.
    if (entity !== "organisations") continue;
    // Networks the record already named, of organisations in the data on screen, are known where it is merged.
    if (found.code === "unknownOrganisation" && context.organisationIds?.has(String(found.params.id))) continue;
    // A choice left empty is missing, not a wrong value.
    const missing = found.code === "invalidValue" && found.params.value === "undefined";
    issues.push({
      ...found,
      ...(missing ? { code: "required" as const, params: { field: found.params.field ?? "" } } : {}),
      path: formPath(rest, rows),
    });
  }

  const contribution: Contribution = { mode, issues, noChange, changed, title };
  const record = result.dataset.organisations[0];
  if (hasErrors(issues) || noChange || !record) return contribution;
  const file = { ...dataset, organisations: [coarsen(record)] };
  const kind = mode === "add" ? "contribution" : "correction";
  return {
    ...contribution,
    record: coarsen(record),
    file: { name: `wb-radar-${kind}-${record.id}.json`, text: JSON.stringify(file, null, 2) + "\n" },
  };
}

/** A record path as the form's: the record's source n is the form's row rows[n]. */
function formPath(path: IssuePath, rows: readonly number[]): IssuePath {
  const [field, index, ...rest] = path;
  if (field === "sources" && typeof index === "number")
    return index < rows.length ? ["sources", rows[index]!, ...rest] : ["sources"];
  // The name is one field in the form, whatever its language.
  if (field === "name") return ["name"];
  return path;
}

/** Whether the deployment's address takes mail or opens an issue tracker. */
export const submissionKind = (target: string): "mail" | "issue" => (target.startsWith("mailto:") ? "mail" : "issue");

/** Longest link produced: mail programs and browsers cut or refuse longer ones. */
export const MAX_SUBMISSION_URL = { mail: 1800, issue: 8000 } as const;

export interface SubmissionMessage {
  title: string;
  /** The contribution file's text. */
  fileText: string;
  /** What to say instead of the file when it does not fit (e.g. "attach wb-radar-….json"). */
  attachNote: string;
  /** The contact note: only in mail, never in an issue tracker, where it would be public. */
  contact?: string;
  contactLabel?: string;
}

/**
 * The prefilled link: mailto: with subject and body, or an https issue tracker with ?title=&body= (as GitHub's
 * new-issue page takes them; the address's own parameters, such as a label, are kept). The body is the file, or the
 * note to attach it when the link would be too long. Nothing is added but what the contributor wrote.
 */
export function submissionUrl(
  target: string,
  message: SubmissionMessage,
  maxLength: number = MAX_SUBMISSION_URL[submissionKind(target)],
): { url: string; complete: boolean } {
  const kind = submissionKind(target);
  const contact =
    kind === "mail" && message.contact?.trim()
      ? `${message.contactLabel ?? "Contact"}: ${message.contact.trim()}\n\n`
      : "";
  const build = (title: string, body: string) => {
    if (kind === "mail") {
      const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
      return `${target}?subject=${encode(title)}&body=${encode(body)}`;
    }
    const url = new URL(target);
    url.searchParams.set("title", title);
    url.searchParams.set("body", body);
    return url.href;
  };
  const full = build(message.title, contact + message.fileText);
  if (full.length <= maxLength) return { url: full, complete: true };
  let title = message.title;
  let body = contact + message.attachNote;
  // Still too long (a very long name or note): shorten the text, never past the limit, never inside a character.
  const shorten = (text: string, by: number) => [...text].slice(0, -by).join("");
  while (build(title, body).length > maxLength && (body !== "" || title !== "")) {
    const cut = Math.max(1, Math.ceil((build(title, body).length - maxLength) / 12));
    if (body !== "") body = shorten(body, cut);
    else title = shorten(title, cut);
  }
  return { url: build(title, body), complete: false };
}
