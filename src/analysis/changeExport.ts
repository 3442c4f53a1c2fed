/** The change view as CSV rows: one per municipality, the figures behind its colour. Pure. */
import type { Cell } from "../data/tabular/rows.ts";
import { guardFormula } from "../data/tabular/rows.ts";
import type { ChangeView } from "./change.ts";
import { periodLabel } from "./periods.ts";

export const CHANGE_CSV_NOTE =
  "What changed between two periods, per municipality. A project counts where it names the municipality. " +
  "category: started (projects at work in the later period, none in the earlier), ended (the reverse), continued " +
  "(projects at work in both), none (no project in either), unclear (dates too open to tell). *_active: projects " +
  "certainly at work in the period; *_maybe: projects whose dates cannot tell. funding_eur_*: grants of the projects " +
  "at work, split equally over the municipalities each names; empty = no amount known, never 0. Projects that name " +
  "only a region or a country are not in these rows.";

export interface ChangeNames {
  municipality: (id: string) => string;
  country: (id: string) => string;
}

const eur = (n: number | undefined) => (n === undefined ? "" : Math.round(n));

export function changeCells(
  view: ChangeView,
  names: ChangeNames,
  cite: { source: string; url: string; date: string },
): Cell[][] {
  const periods = `Earlier: ${periodLabel(view.earlier)}. Later: ${periodLabel(view.later)}.`;
  const note = `${CHANGE_CSV_NOTE} ${periods} Source: ${cite.source}. View: ${cite.url}. Exported: ${cite.date}.`;
  const header = [
    "municipality_id",
    "municipality",
    "country",
    "category",
    "projects_earlier_active",
    "projects_earlier_maybe",
    "projects_later_active",
    "projects_later_maybe",
    "projects_started",
    "projects_ended",
    "projects_continued",
    "projects_unclear",
    "organisations_started",
    "organisations_ended",
    "organisations_continued",
    "organisations_unclear",
    "funding_eur_earlier",
    "funding_eur_later",
    "projects_no_amount_earlier",
    "projects_no_amount_later",
  ];
  const rows = [...view.municipalities]
    .map(([id, m]) => ({ id, m, name: names.municipality(id) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return [
    [guardFormula(note)],
    header,
    ...rows.map(({ id, m, name }) => [
      id,
      guardFormula(name),
      names.country(id),
      m.category,
      m.earlier.active,
      m.earlier.unknown,
      m.later.active,
      m.later.unknown,
      m.projects.started,
      m.projects.ended,
      m.projects.continued,
      m.projects.unclear,
      m.organisations.started,
      m.organisations.ended,
      m.organisations.continued,
      m.organisations.unclear,
      eur(m.earlier.fundingEur),
      eur(m.later.fundingEur),
      m.earlier.fundingUnknown,
      m.later.fundingUnknown,
    ]),
  ];
}
