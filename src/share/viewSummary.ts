/**
 * A view of the map in words: what it shows, under which filters, the figures it yields, the selection and the
 * data's source. It is what a shared or embedded view says before the map has loaded and where scripts are blocked
 * (the embed code's <noscript>, the pages' own <noscript>, a link-preview page). Pure: the labels are resolved by
 * the caller (summaryFacts.ts in the app, the build for the pages' defaults) and the sentences come from `t`.
 */
import type { AreaChange } from "../analysis/change.ts";

export type ShownMap =
  | { kind: "coverage"; metric: string }
  | { kind: "indicator"; indicator: string }
  | { kind: "gap"; need: string; metric: string }
  | { kind: "change"; earlier: string; later: string; areas: Record<AreaChange, number> }
  | {
      kind: "editions";
      indicator: string;
      earlier: number;
      later: number;
      /** Each country of the comparison: its two values as text, or undefined where it is not in both. */
      countries: Array<{ country: string; earlier?: string; later?: string }>;
    };

export interface ViewFacts {
  shows: ShownMap;
  /** Countries filtered to (names). */
  countries: readonly string[];
  /** Every other filter, as labels (donor names, activity types, "years 2016–2018", …). */
  filters: readonly string[];
  /** For a coverage map: what matches. */
  figures?: { projects: number; organisations: number; named: number; total: number };
  /** The selected municipality's name. */
  selected?: string;
  /** The dataset's name and version, as cited. */
  dataset: string;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The view as a few sentences, in the language of `t`. */
export function viewSummary(f: ViewFacts, t: Translate): string[] {
  const s = f.shows;
  const lines: string[] = [];
  const opening =
    s.kind === "coverage"
      ? t("share.shows", { metric: s.metric })
      : s.kind === "indicator"
        ? t("share.showsIndicator", { indicator: s.indicator })
        : s.kind === "gap"
          ? t("share.showsGap", { need: s.need, metric: s.metric })
          : s.kind === "change"
            ? t("share.showsChange", { earlier: s.earlier, later: s.later })
            : t("share.showsEditions", { indicator: s.indicator, earlier: s.earlier, later: s.later });
  lines.push(f.countries.length > 0 ? `${opening} ${t("share.countries", { list: f.countries.join(", ") })}` : opening);
  lines.push(f.filters.length > 0 ? t("share.filters", { list: f.filters.join("; ") }) : t("share.noFilters"));
  if (s.kind === "change") lines.push(t("share.changeFigures", { ...s.areas }));
  else if (s.kind === "editions")
    lines.push(
      t("share.editionFigures", {
        list: s.countries
          .map((c) =>
            c.earlier !== undefined && c.later !== undefined
              ? `${c.country} ${c.earlier} → ${c.later}`
              : t("share.editionNoData", { country: c.country }),
          )
          .join("; "),
      }),
    );
  else if (f.figures)
    lines.push(
      t("share.figures", {
        projects: t("filters.projects", { count: f.figures.projects }),
        organisations: t("filters.organisations", { count: f.figures.organisations }),
        named: f.figures.named,
        total: f.figures.total,
      }),
    );
  if (f.selected) lines.push(t("share.selected", { name: f.selected }));
  lines.push(t("share.source", { dataset: f.dataset }));
  return lines;
}
