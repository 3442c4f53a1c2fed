/** The possible duplications as CSV rows: one per pair of projects and place they share, with both projects. Pure. */
import type { Cell } from "../data/tabular/rows.ts";
import { guardFormula } from "../data/tabular/rows.ts";
import type { Project } from "../data/schema.ts";
import type { Duplications, PossibleDuplication } from "./overlap.ts";

export const DUPLICATION_CSV_NOTE =
  "Possible duplication: two projects that both name the same municipality or region and the same activity type. " +
  "period: 'overlap' when both are dated and their periods certainly overlap (overlap_from/overlap_to: the years they " +
  "certainly share); 'undated' or 'imprecise' when that cannot be told. same_donors: donors on both (a grant counted " +
  "twice?). A pair to look into, never a finding. Projects named only at country level are not matched.";

export interface DuplicationNames {
  place: (row: PossibleDuplication) => string;
  project: (p: Project) => string;
  donor: (id: string) => string;
}

const list = (items: readonly string[]) => items.join("; ");

export function duplicationCells(
  result: Duplications,
  names: DuplicationNames,
  cite: { source: string; url: string; date: string },
): Cell[][] {
  const note = `${DUPLICATION_CSV_NOTE} Source: ${cite.source}. View: ${cite.url}. Exported: ${cite.date}.`;
  const side = (p: Project) => [
    p.id,
    guardFormula(names.project(p)),
    guardFormula(list(p.donors.map(names.donor))),
    p.start ?? "",
    p.end ?? "",
  ];
  const header = [
    "place_kind",
    "place_id",
    "place",
    "activity_types",
    "period",
    "overlap_from",
    "overlap_to",
    "same_donors",
    ...["id", "title", "donors", "start", "end"].map((c) => `project_a_${c}`),
    ...["id", "title", "donors", "start", "end"].map((c) => `project_b_${c}`),
  ];
  const rows = [...result.overlapping, ...result.periodUnknown].map((row): Cell[] => [
    row.place.kind,
    row.place.id,
    guardFormula(names.place(row)),
    list(row.activityTypes),
    row.period.kind === "overlap" ? "overlap" : row.period.reason,
    row.period.kind === "overlap" ? row.period.from : "",
    row.period.kind === "overlap" ? row.period.to : "",
    guardFormula(list(row.sharedDonors.map(names.donor))),
    ...side(row.projects[0]),
    ...side(row.projects[1]),
  ]);
  return [[guardFormula(note)], header, ...rows];
}
