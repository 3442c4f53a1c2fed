/** The facts of the view in the store, with their labels in the reader's language, for viewSummary. */
import type { TFunction } from "i18next";
import { coverageMetric } from "../analysis/metrics.ts";
import { periodLabel } from "../analysis/periods.ts";
import { FACETS, type Facet } from "../analysis/filters.ts";
import { termLabel, type VocabularyName } from "../data/taxonomy.ts";
import { pickText } from "../data/text.ts";
import { municipalityName } from "../geo/names.ts";
import type { Locale } from "../geo/schema.ts";
import { formatNumber } from "../i18n/format.ts";
import { selectChangeMode, selectFiltered, selectNeedIndicator } from "../state/derived.ts";
import type { AppState } from "../state/store.ts";
import type { ShownMap, Translate, ViewFacts } from "./viewSummary.ts";

const TERMS: Partial<Record<Facet, VocabularyName>> = {
  activities: "activityType",
  kinds: "organisationKind",
  levels: "level",
  forms: "extremismForm",
  topics: "ocTopic",
};

/**
 * i18next's t for keys made at run time: its typed keys are checked where they are written (viewSummary's are in
 * every locale, tested); here a key is a string.
 */
export function translator(t: TFunction): Translate {
  return t as unknown as Translate;
}

export function viewFacts(s: AppState, t: Translate, locale: Locale): ViewFacts | null {
  const dataset = s.data?.dataset;
  const filtered = selectFiltered(s);
  if (!dataset || !s.geo || !filtered) return null;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale).text;
  const indicatorLabel = (id: string) => {
    const i = dataset.indicators.find((x) => x.id === id);
    return i ? text(i.label) : id;
  };
  const covering = coverageMetric(s.metric);
  const metric = t(`metric.${covering ?? "projects"}`);
  const need = selectNeedIndicator(s);
  const change = selectChangeMode(s);
  const score = (n: number | undefined) =>
    n === undefined ? undefined : formatNumber(n, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const shows: ShownMap =
    change?.kind === "projects"
      ? {
          kind: "change",
          earlier: periodLabel(change.view.earlier),
          later: periodLabel(change.view.later),
          areas: change.view.areas,
        }
      : change?.kind === "editions"
        ? {
            kind: "editions",
            indicator: text(change.comparison.indicator.label),
            earlier: change.comparison.earlier,
            later: change.comparison.later,
            countries: change.comparison.countries.map((c) => ({
              country: t(`country.${c.country}`),
              ...(c.delta !== undefined && { earlier: score(c.earlier?.value), later: score(c.later?.value) }),
            })),
          }
        : need
          ? { kind: "gap", need: text(need.label), metric }
          : covering
            ? { kind: "coverage", metric }
            : { kind: "indicator", indicator: indicatorLabel(s.metric) };
  const f = s.filters;
  const filters = FACETS.filter((facet) => facet !== "countries").flatMap((facet) =>
    (f[facet] as readonly string[]).map((value) => {
      if (facet === "donors") {
        const donor = dataset.donors.find((d) => d.id === value);
        return donor ? text(donor.name) : value;
      }
      const taxonomy = TERMS[facet];
      return taxonomy ? termLabel(taxonomy, value, locale) : value;
    }),
  );
  if (!s.change && (f.from !== undefined || f.to !== undefined))
    filters.push(t("share.years", { period: periodLabel({ from: f.from ?? f.to!, to: f.to ?? f.from! }) }));
  const named = new Set<string>();
  for (const p of filtered.projects) for (const id of p.targetMunicipalities) if (s.geo.byId.has(id)) named.add(id);
  const selected = s.selectedId ? s.geo.byId.get(s.selectedId) : undefined;
  return {
    shows,
    countries: f.countries.map((c) => t(`country.${c}`)),
    filters,
    ...(shows.kind !== "change" &&
      shows.kind !== "editions" && {
        figures: {
          projects: filtered.projects.length,
          organisations: filtered.organisations.length,
          named: named.size,
          total: s.geo.byId.size,
        },
      }),
    ...(selected && { selected: municipalityName(selected, locale) }),
    dataset: [dataset.name ?? "WB Radar", dataset.version].filter(Boolean).join(", "),
  };
}
