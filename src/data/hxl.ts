/**
 * Projects as an HXL-tagged table (Humanitarian Exchange Language, https://hxlstandard.org/), for the humanitarian
 * data tools of OCHA and HDX: a row of column names, a row of HXL hashtags, then the data. docs/open-formats.md
 * documents every column. Pure.
 *
 * Rows follow each project's precision: one row per municipality it names (so 3W tools can group by #adm2), one per
 * region it names (a region stays a region: its municipalities are not written), one per country it names that none
 * of those lies in, and a single row without a place when it names none. A project is never spread over places its
 * sources do not name. Only a grant to the project is written as #value+funding; a call's envelope, a programme's
 * total or a range of grant sizes goes to a column of its own that tools do not add up as the project's money.
 * Anything the data does not give is an empty cell, never 0. Every text cell carries the formula guard.
 */
import { unmappedById } from "../geo/gazetteer.ts";
import type { CountryCode, MunicipalityProps } from "../geo/schema.ts";
import type { Dataset, LocalizedText, Project } from "./schema.ts";
import { termLabel } from "./taxonomy.ts";
import { toCsv } from "./tabular/csv.ts";
import { guardFormula, type Cell } from "./tabular/rows.ts";
import { pickText } from "./text.ts";

/** What an export needs besides the projects: names of organisations, donors and regions, and the municipalities. */
export interface OpenFormatContext {
  dataset: Pick<Dataset, "organisations" | "donors" | "regions" | "synthetic">;
  /** The geo layer's municipality properties by id (GeoLayers.byId). */
  municipalities: ReadonlyMap<string, MunicipalityProps>;
}

/** One place a project is written at, as precisely as its sources name it. */
export type Placement =
  | { precision: "municipality"; id: string; name?: string; country?: CountryCode }
  | { precision: "region"; id: string; name: string; country?: CountryCode }
  | { precision: "country"; country: CountryCode }
  | { precision: "unspecified" };

/** Text in English where the record has it (else the next language the app falls back to). */
export const englishText = (text: LocalizedText) => pickText(text, "en").text;

/** A municipality's English name and country: from the geo layer, or the place table for one without a boundary. */
export function municipalityInfo(
  id: string,
  municipalities: ReadonlyMap<string, MunicipalityProps>,
): { name?: string; country?: CountryCode } {
  const props = municipalities.get(id);
  if (props) return { name: props["name:en"] || props.name, country: props.country };
  const unmapped = unmappedById.get(id);
  return unmapped ? { name: unmapped.names.en, country: unmapped.country } : {};
}

/**
 * Where a project is written: its named municipalities, then its named regions, then each named country that none of
 * those lies in; nothing named gives one placement without a place.
 */
export function projectPlacements(project: Project, context: OpenFormatContext): Placement[] {
  const regions = new Map(context.dataset.regions.map((r) => [r.id, r]));
  const out: Placement[] = [];
  const covered = new Set<string>();
  for (const id of new Set(project.targetMunicipalities)) {
    const info = municipalityInfo(id, context.municipalities);
    if (info.country) covered.add(info.country);
    out.push({ precision: "municipality", id, ...info });
  }
  for (const id of new Set(project.targetRegions)) {
    const region = regions.get(id);
    if (region) covered.add(region.country);
    out.push({ precision: "region", id, name: region ? englishText(region.name) : id, country: region?.country });
  }
  for (const country of new Set(project.targetCountries))
    if (!covered.has(country)) out.push({ precision: "country", country });
  return out.length > 0 ? out : [{ precision: "unspecified" }];
}

/** Column names and HXL hashtags, in order. docs/open-formats.md explains each. */
export const HXL_COLUMNS = [
  { header: "Project ID", tag: "#activity+code" },
  { header: "Project title", tag: "#activity+name" },
  { header: "Lead organisations", tag: "#org+impl" },
  { header: "Donors", tag: "#org+funder" },
  { header: "Activity types", tag: "#sector" },
  { header: "Activity type codes", tag: "#sector+code" },
  { header: "Location precision", tag: "#meta+precision" },
  { header: "Country code", tag: "#country+code" },
  { header: "Municipality code (Who's On First id)", tag: "#adm2+code" },
  { header: "Municipality", tag: "#adm2+name" },
  { header: "Region code", tag: "#loc+code" },
  { header: "Region", tag: "#loc+name" },
  { header: "Target areas as the sources state them", tag: "#loc+name+stated" },
  { header: "Start", tag: "#date+start" },
  { header: "End", tag: "#date+end" },
  { header: "Grant to the project", tag: "#value+funding" },
  { header: "Grant to the project, upper bound", tag: "#value+grant+max" },
  { header: "Funding figure that is not the project's own grant", tag: "#value+context" },
  { header: "Funding figure that is not the project's own grant, upper bound", tag: "#value+context+max" },
  { header: "Currency", tag: "#currency" },
  { header: "Year of the funding figure", tag: "#date+funding" },
  { header: "Funding kind", tag: "#meta+funding_kind" },
  { header: "Funding qualifier", tag: "#meta+funding_qualifier" },
  { header: "Confidence", tag: "#meta+confidence" },
  { header: "Source", tag: "#meta+url+source" },
  { header: "Synthetic sample record", tag: "#meta+synthetic" },
] as const;

/** Several values in one cell (organisations, donors, activity types) are joined by this. */
export const HXL_LIST_SEPARATOR = " | ";

const text = (value: string | undefined): Cell => (value === undefined || value === "" ? null : guardFormula(value));
const list = (values: readonly string[]): Cell => text(values.join(HXL_LIST_SEPARATOR));

function placeCells(place: Placement): Cell[] {
  switch (place.precision) {
    case "municipality":
      return [place.precision, text(place.country), text(place.id), text(place.name), null, null];
    case "region":
      return [place.precision, text(place.country), null, null, text(place.id), text(place.name)];
    case "country":
      return [place.precision, text(place.country), null, null, null, null];
    case "unspecified":
      return [place.precision, null, null, null, null, null];
  }
}

function fundingCells(project: Project): Cell[] {
  const f = project.funding;
  if (!f) return [null, null, null, null, null, null, null, null];
  const grant = f.kind === "grant";
  return [
    grant ? f.amount : null,
    grant ? (f.amountMax ?? null) : null,
    grant ? null : f.amount,
    grant ? null : (f.amountMax ?? null),
    text(f.currency),
    f.year ?? null,
    text(f.kind),
    text(f.qualifier),
  ];
}

/** The header row, the hashtag row, and one row per project and place (projectPlacements). */
export function hxlRows(projects: readonly Project[], context: OpenFormatContext): Cell[][] {
  const orgs = new Map(context.dataset.organisations.map((o) => [o.id, englishText(o.name)]));
  const donors = new Map(context.dataset.donors.map((d) => [d.id, englishText(d.name)]));
  const rows: Cell[][] = [HXL_COLUMNS.map((c) => c.header), HXL_COLUMNS.map((c) => c.tag)];
  for (const p of projects) {
    const before: Cell[] = [
      text(p.id),
      text(englishText(p.title)),
      list(p.leadOrganisations.map((id) => orgs.get(id) ?? id)),
      list(p.donors.map((id) => donors.get(id) ?? id)),
      list(p.activityTypes.map((a) => termLabel("activityType", a, "en"))),
      list(p.activityTypes),
    ];
    const after: Cell[] = [
      list(p.areasAsStated),
      text(p.start),
      text(p.end),
      ...fundingCells(p),
      text(p.confidence),
      text(p.sources.find((s) => s.url)?.url),
      p.synthetic || context.dataset.synthetic ? "yes" : null,
    ];
    for (const place of projectPlacements(p, context)) rows.push([...before, ...placeCells(place), ...after]);
  }
  return rows;
}

/** The rows as a CSV file (UTF-8 with a byte-order mark, as every CSV export of the app). */
export function hxlCsv(projects: readonly Project[], context: OpenFormatContext): string {
  return toCsv(hxlRows(projects, context));
}
