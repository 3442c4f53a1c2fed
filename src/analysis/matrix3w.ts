/**
 * Who does what where (a "3W" table): donors by country, optionally by activity type, with the number of projects
 * and the grants the sources give. Pure.
 *
 * - Each project counts once in each of its donors' rows (a project with no donor: the "not stated" row, donor
 *   null), and once per activity type in the activity breakdown (so those rows do not add up to the donor's).
 * - Columns are exclusive: the one country a project works in (named, or through its municipalities or regions),
 *   "several" when it works in more than one, "unknown" when the sources name no place. A row's total counts each
 *   project once.
 * - Money: only a project's own grant (funding.kind "grant"), summed per currency as stated (the lower bound of a
 *   range), never converted. A grant shared by several donors is not summed into any donor's row (the source does
 *   not split it): counted as co-funded. A call envelope, a programme total or a range of grant sizes is never
 *   summed: counted as "other funding figures". A project without an amount is counted as "no amount": a sum is
 *   never 0 for lack of data, it is absent.
 */
import type { Project } from "../data/schema.ts";
import type { Cell } from "../data/tabular/rows.ts";
import { guardFormula } from "../data/tabular/rows.ts";
import { COUNTRY_CODES, type CountryCode } from "../geo/schema.ts";

export const OTHER_COLUMNS = ["several", "unknown"] as const;
export type MatrixColumn = CountryCode | (typeof OTHER_COLUMNS)[number];
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [...COUNTRY_CODES, ...OTHER_COLUMNS];

export interface MatrixCell {
  projects: number;
  /** Stated single-donor grants summed per currency; empty when none has an amount. */
  grants: Partial<Record<string, number>>;
  /** Projects whose grant is in `grants`. */
  grantProjects: number;
  /** Grants shared by several donors: not summed. */
  coFunded: number;
  /** Envelopes, programme totals, grant-size ranges: never summed. */
  otherFigures: number;
  /** No funding figure at all. */
  noAmount: number;
}

export interface MatrixRow {
  /** Donor id; null: projects naming no donor. */
  donor: string | null;
  /** Activity type id; null: all activity types; "" for projects naming none. */
  activity: string | null;
  cells: Partial<Record<MatrixColumn, MatrixCell>>;
  total: MatrixCell;
}

export interface Matrix3W {
  /** Currencies of the summed grants, EUR first. */
  currencies: string[];
  /** Donor rows (activity null), each followed by its activity rows when asked for; donors by project count. */
  rows: MatrixRow[];
}

const emptyCell = (): MatrixCell => ({
  projects: 0,
  grants: {},
  grantProjects: 0,
  coFunded: 0,
  otherFigures: 0,
  noAmount: 0,
});

function addProject(cell: MatrixCell, p: Project) {
  cell.projects++;
  const f = p.funding;
  if (!f) cell.noAmount++;
  else if (f.kind !== "grant") cell.otherFigures++;
  else if (p.donors.length > 1) cell.coFunded++;
  else {
    cell.grants[f.currency] = (cell.grants[f.currency] ?? 0) + f.amount;
    cell.grantProjects++;
  }
}

/** The countries a project works in, as the sources name them (countries, municipalities, regions). */
export function projectCountries(
  p: Project,
  countryOf: (municipalityId: string) => CountryCode | undefined,
  regionCountry: (regionId: string) => CountryCode | undefined,
): Set<CountryCode> {
  const out = new Set<CountryCode>(p.targetCountries);
  for (const m of p.targetMunicipalities) {
    const c = countryOf(m);
    if (c) out.add(c);
  }
  for (const r of p.targetRegions) {
    const c = regionCountry(r);
    if (c) out.add(c);
  }
  return out;
}

export function matrix3w(
  projects: readonly Project[],
  countryOf: (municipalityId: string) => CountryCode | undefined,
  regionCountry: (regionId: string) => CountryCode | undefined = () => undefined,
): Matrix3W {
  const rows = new Map<string, MatrixRow>();
  const currencies = new Set<string>();
  const row = (donor: string | null, activity: string | null) => {
    const key = JSON.stringify([donor, activity]);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { donor, activity, cells: {}, total: emptyCell() }));
    return r;
  };
  for (const p of projects) {
    const countries = projectCountries(p, countryOf, regionCountry);
    const column: MatrixColumn = countries.size === 1 ? [...countries][0]! : countries.size > 1 ? "several" : "unknown";
    if (p.funding?.kind === "grant" && p.donors.length <= 1) currencies.add(p.funding.currency);
    const donors = p.donors.length > 0 ? [...new Set(p.donors)] : [null];
    const activities = p.activityTypes.length > 0 ? [...new Set(p.activityTypes)] : [""];
    for (const d of donors)
      for (const a of [null, ...activities]) {
        const r = row(d, a);
        addProject((r.cells[column] ??= emptyCell()), p);
        addProject(r.total, p);
      }
  }
  const all = [...rows.values()];
  const donorRows = all
    .filter((r) => r.activity === null)
    .sort(
      (a, b) =>
        (a.donor === null ? 1 : 0) - (b.donor === null ? 1 : 0) ||
        b.total.projects - a.total.projects ||
        (a.donor ?? "").localeCompare(b.donor ?? ""),
    );
  const ordered: MatrixRow[] = [];
  for (const d of donorRows) {
    ordered.push(d);
    ordered.push(
      ...all
        .filter((r) => r.donor === d.donor && r.activity !== null)
        .sort((a, b) => b.total.projects - a.total.projects || a.activity!.localeCompare(b.activity!)),
    );
  }
  const list = [...currencies].sort((a, b) => (a === "EUR" ? -1 : b === "EUR" ? 1 : a.localeCompare(b)));
  return { currencies: list, rows: ordered };
}

export interface MatrixNames {
  donor: (id: string | null) => string;
  activity: (id: string | null) => string;
  column: (c: MatrixColumn | "total") => string;
}

/** The note above the CSV's header row: what the numbers are, in English (the column names are English too). */
export const MATRIX_CSV_NOTE =
  "Who funds what where (3W). projects: number of projects (a project counts once per donor and, in activity rows, " +
  "once per activity type). grant_sum_<currency>: sum of the stated grants to single-donor projects in that " +
  "currency (funding kind 'grant'; lower bound of a range; not converted); empty = no amount known, never 0. " +
  "grants_cofunded_not_summed: grants shared by several donors. other_funding_figures: call envelopes, programme " +
  "totals and grant-size ranges, never summed. no_amount: projects without any funding figure. country: the one " +
  "country a project works in, 'several' or 'unknown'; 'total' counts each project once.";

/**
 * The matrix as CSV cells, one row per donor (and activity type) and column (country, several, unknown, total),
 * cells with no project left out; a note row explaining the units, then the header. Text is formula-guarded.
 */
export function matrixCells(
  matrix: Matrix3W,
  names: MatrixNames,
  cite: { source: string; url: string; date: string },
): Cell[][] {
  const header = [
    "donor_id",
    "donor",
    "activity_type_id",
    "activity_type",
    "country",
    "country_name",
    "projects",
    ...matrix.currencies.map((c) => `grant_sum_${c}`),
    "grant_projects_summed",
    "grants_cofunded_not_summed",
    "other_funding_figures",
    "no_amount",
  ];
  const note = `${MATRIX_CSV_NOTE} Source: ${cite.source}. View: ${cite.url}. Exported: ${cite.date}.`;
  const out: Cell[][] = [[guardFormula(note)], header];
  for (const r of matrix.rows) {
    const entries: Array<[MatrixColumn | "total", MatrixCell]> = [
      ...MATRIX_COLUMNS.flatMap((c): Array<[MatrixColumn, MatrixCell]> => {
        const cell = r.cells[c];
        return cell ? [[c, cell]] : [];
      }),
      ["total", r.total],
    ];
    for (const [column, cell] of entries)
      out.push([
        r.donor ?? "",
        guardFormula(names.donor(r.donor)),
        r.activity === null ? "all" : r.activity || "none",
        guardFormula(names.activity(r.activity)),
        column,
        guardFormula(names.column(column)),
        cell.projects,
        ...matrix.currencies.map((c) => cell.grants[c] ?? null),
        cell.grantProjects,
        cell.coFunded,
        cell.otherFigures,
        cell.noAmount,
      ]);
  }
  return out;
}
