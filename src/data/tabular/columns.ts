/**
 * The spreadsheet template: one sheet (or CSV file) per entity, one row per
 * record, these columns. Nested fields become prefixed columns (name_en,
 * funding_amount), lists are separated by "|", and sources repeat as
 * source1_url, source1_citation, source2_url, … Documented in data/README.md.
 */
import { LOCALES } from "../../geo/schema.ts";
import type { EntityName } from "../schema.ts";

export type ColumnType = "text" | "number" | "list" | "boolean";
export type FieldPath = ReadonlyArray<string | number>;

export interface Column {
  name: string;
  path: FieldPath;
  type: ColumnType;
}

const text = (name: string, path: FieldPath = [name]): Column => ({ name, path, type: "text" });
const number = (name: string, path: FieldPath = [name]): Column => ({ name, path, type: "number" });
const list = (name: string): Column => ({ name, path: [name], type: "list" });
const localized = (field: string): Column[] => LOCALES.map((l) => text(`${field}_${l}`, [field, l]));

export const SOURCE_FIELDS = ["url", "citation", "publisher", "accessed", "claim"] as const;
export const sourceColumns = (n: number): Column[] =>
  SOURCE_FIELDS.map((f) => text(`source${n}_${f}`, ["sources", n - 1, f]));
const SOURCE_COLUMN = /^source([1-9]\d?)_(url|citation|publisher|accessed|claim)$/;

const recordTail: Column[] = [
  text("confidence"),
  text("lastVerified"),
  text("notes"),
  { name: "synthetic", path: ["synthetic"], type: "boolean" },
];

/** Columns of each entity, without the source columns (their number depends on the data). */
export const ENTITY_COLUMNS: Record<EntityName, Column[]> = {
  organisations: [
    text("id"),
    ...localized("name"),
    text("acronym"),
    text("kind"),
    text("country"),
    text("city"),
    text("municipalityId"),
    number("longitude", ["point", 0]),
    number("latitude", ["point", 1]),
    text("locationPrecision"),
    text("website"),
    number("founded"),
    list("focusAreas"),
    list("networks"),
    ...recordTail,
  ],
  donors: [
    text("id"),
    ...localized("name"),
    text("acronym"),
    text("type"),
    text("country"),
    text("website"),
    ...recordTail,
  ],
  projects: [
    text("id"),
    ...localized("title"),
    text("originalLanguage"),
    ...localized("description"),
    list("leadOrganisations"),
    list("partnerOrganisations"),
    list("donors"),
    list("activityTypes"),
    list("levels"),
    list("extremismForms"),
    list("ocTopics"),
    list("targetMunicipalities"),
    list("targetRegions"),
    list("targetCountries"),
    list("areasAsStated"),
    text("start"),
    text("end"),
    number("funding_amount", ["funding", "amount"]),
    number("funding_amountMax", ["funding", "amountMax"]),
    text("funding_currency", ["funding", "currency"]),
    number("funding_year", ["funding", "year"]),
    text("funding_kind", ["funding", "kind"]),
    text("funding_qualifier", ["funding", "qualifier"]),
    text("status"),
    ...recordTail,
  ],
  places: [
    text("id"),
    text("kind"),
    list("municipalityIds"),
    text("wording"),
    text("wordingLanguage"),
    ...localized("paraphrase"),
    list("extremismForms"),
    list("ocTopics"),
    number("year"),
    ...recordTail,
  ],
  regions: [text("id"), ...localized("name"), text("country"), list("municipalityIds"), ...recordTail],
  indicators: [
    text("id"),
    ...localized("label"),
    ...localized("description"),
    text("unit"),
    number("scaleMin"),
    number("scaleMax"),
    text("direction"),
    text("level"),
    ...recordTail,
  ],
  indicatorValues: [
    text("id"),
    text("indicator"),
    text("country"),
    text("municipalityId"),
    number("year"),
    number("value"),
    number("valueMax"),
    ...recordTail,
  ],
};

/** All columns of an entity, with `sourceCount` groups of source columns. */
export function columnsFor(entity: EntityName, sourceCount: number): Column[] {
  const sources = Array.from({ length: Math.max(1, sourceCount) }, (_, i) => sourceColumns(i + 1)).flat();
  return [...ENTITY_COLUMNS[entity], ...sources];
}

/** The column a header names (case and surrounding spaces ignored), if any. */
export function columnForHeader(entity: EntityName, header: string): Column | undefined {
  const wanted = header.trim().toLowerCase();
  const fixed = ENTITY_COLUMNS[entity].find((c) => c.name.toLowerCase() === wanted);
  if (fixed) return fixed;
  const match = SOURCE_COLUMN.exec(wanted);
  if (!match) return undefined;
  return sourceColumns(Number(match[1])).find((c) => c.name.toLowerCase() === wanted);
}

/** The column(s) holding a field, for reporting a problem at `path` (relative to the record). */
export function columnNameForPath(entity: EntityName, path: FieldPath, sourceCount: number): string | undefined {
  const columns = columnsFor(entity, sourceCount);
  const startsWith = (long: FieldPath, short: FieldPath) => short.every((p, i) => long[i] === p);
  // The longest column path that is a prefix of the problem's path (a list item reports its list column).
  const containing = columns.filter((c) => startsWith(path, c.path)).sort((a, b) => b.path.length - a.path.length);
  if (containing[0]) return containing[0].name;
  // A problem with a whole group (e.g. "name" has no language) names the group.
  const inside = columns.filter((c) => path.length > 0 && startsWith(c.path, path));
  if (inside.length === 1) return inside[0]!.name;
  if (inside.length > 1) return `${String(path[0])}_*`;
  return undefined;
}
