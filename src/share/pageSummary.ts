/**
 * The <noscript> of the built pages: what the map shows when it opens (the shipped dataset, no filters), in each of
 * the six languages, since a page without scripts cannot know which one its reader chose. Built once, at build time
 * (vite.config.ts), with the same sentences as a shared view's summary. Pure.
 */
import type { Dataset } from "../data/schema.ts";
import { text } from "../embed/snippet.ts";
import type { Locale } from "../geo/schema.ts";
import { viewSummary, type Translate, type ViewFacts } from "./viewSummary.ts";

/** The default view's facts: projects per municipality, over the whole dataset. */
export function defaultViewFacts(dataset: Dataset, municipalityIds: ReadonlySet<string>, t: Translate): ViewFacts {
  const named = new Set<string>();
  for (const p of dataset.projects) for (const id of p.targetMunicipalities) if (municipalityIds.has(id)) named.add(id);
  return {
    shows: { kind: "coverage", metric: t("metric.projects") },
    countries: [],
    filters: [],
    figures: {
      projects: dataset.projects.length,
      organisations: dataset.organisations.length,
      named: named.size,
      total: municipalityIds.size,
    },
    dataset: [dataset.name ?? "WB Radar", dataset.version].filter(Boolean).join(", "),
  };
}

/** The contents of the pages' <noscript>. */
export function pageSummaryHtml(
  dataset: Dataset,
  municipalityIds: ReadonlySet<string>,
  translators: ReadonlyArray<readonly [Locale, Translate]>,
): string {
  const parts = translators.map(([locale, t]) => {
    const lines = viewSummary(defaultViewFacts(dataset, municipalityIds, t), t);
    return `<div lang="${locale}">${[t("share.noscript"), ...lines].map((l) => `<p>${text(l)}</p>`).join("")}</div>`;
  });
  return `<div class="noscript-summary">${parts.join("")}</div>`;
}
