import { Fragment, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FACETS, filterProjects, isFiltering, type Facet, type Filters } from "../../analysis/filters.ts";
import {
  ACTIVITY_TYPES,
  EXTREMISM_FORMS,
  LEVELS,
  OC_TOPICS,
  ORGANISATION_KINDS,
  termLabel,
} from "../../data/taxonomy.ts";
import { pickText, stripBidiControls } from "../../data/text.ts";
import { COUNTRY_CODES } from "../../geo/schema.ts";
import { currentLocale } from "../../i18n/index.ts";
import { selectFacetCounts, selectFiltered, selectProjectIndex } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { DataText } from "../data/DataText.tsx";
import { DonorConcentration } from "./DonorConcentration.tsx";
import { YearRange } from "./YearRange.tsx";

/** Multi-select filters with counts, chips for what is active, one reset. */
export function FilterPanel() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const dataset = useAppStore((s) => s.data?.dataset);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const filtered = useAppStore(selectFiltered);
  const counts = useAppStore(selectFacetCounts);
  const index = useAppStore(selectProjectIndex);
  // Under a year filter, projects without a period cannot be placed in time: they are left out, and counted here.
  const undated = useMemo(() => {
    if (!index || (filters.from === undefined && filters.to === undefined)) return 0;
    return filterProjects({ ...filters, from: undefined, to: undefined }, index).filter((p) => !p.start && !p.end)
      .length;
  }, [index, filters]);
  if (!dataset || !counts || !filtered) return null;

  const options: Record<Facet, Array<{ value: string; label: string }>> = {
    donors: dataset.donors
      .map((d) => ({ value: d.id, label: pickText(d.name, locale).text }))
      .sort((a, b) => (counts.donors.get(b.value) ?? 0) - (counts.donors.get(a.value) ?? 0)),
    activities: ACTIVITY_TYPES.ids.map((v) => ({ value: v, label: termLabel("activityType", v, locale) })),
    kinds: ORGANISATION_KINDS.ids.map((v) => ({ value: v, label: termLabel("organisationKind", v, locale) })),
    levels: LEVELS.ids.map((v) => ({ value: v, label: termLabel("level", v, locale) })),
    forms: EXTREMISM_FORMS.ids.map((v) => ({ value: v, label: termLabel("extremismForm", v, locale) })),
    topics: OC_TOPICS.ids.map((v) => ({ value: v, label: termLabel("ocTopic", v, locale) })),
    countries: COUNTRY_CODES.map((v) => ({ value: v, label: t(`country.${v}`) })),
  };
  const toggle = (facet: Facet, value: string) => {
    const current = filters[facet] as readonly string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ [facet]: next } as Partial<Filters>);
  };
  const chips = FACETS.flatMap((facet) =>
    (filters[facet] as readonly string[]).map((value) => ({
      facet,
      value,
      label: options[facet].find((o) => o.value === value)?.label ?? value,
    })),
  );

  return (
    <section className="filters" aria-labelledby={`${id}-title`} data-testid="filters">
      <h2 id={`${id}-title`} tabIndex={-1} data-skip-target="filters">
        {t("filters.title")}
      </h2>
      {isFiltering(filters) && (
        <div className="chips" aria-label={t("filters.active")} role="group">
          {chips.map((c) => (
            <button
              key={`${c.facet}:${c.value}`}
              type="button"
              className="chip"
              onClick={() => toggle(c.facet, c.value)}
              aria-label={t("filters.remove", { name: stripBidiControls(c.label) })}
            >
              <DataText>{c.label}</DataText> <span aria-hidden="true">×</span>
            </button>
          ))}
          {(filters.from !== undefined || filters.to !== undefined) && (
            <button
              type="button"
              className="chip"
              onClick={() => setFilters({ from: undefined, to: undefined })}
              aria-label={t("filters.remove", { name: `${filters.from ?? "…"}–${filters.to ?? "…"}` })}
            >
              {filters.from ?? "…"}–{filters.to ?? "…"} <span aria-hidden="true">×</span>
            </button>
          )}
          <button type="button" className="link-button" onClick={resetFilters}>
            {t("filters.reset")}
          </button>
        </div>
      )}
      <p className="hint" role="status" data-testid="filter-summary">
        {t("filters.summary", {
          projects: t("filters.projects", { count: filtered.projects.length }),
          organisations: t("filters.organisations", { count: filtered.organisations.length }),
        })}
      </p>
      {isFiltering(filters) && filtered.projects.length === 0 && (
        <p className="empty-state" data-testid="filter-empty">
          {t("filters.empty")}
        </p>
      )}
      {FACETS.map((facet) => {
        const selected = (filters[facet] as readonly string[]).length;
        return (
          <Fragment key={facet}>
            <details className="facet">
              <summary>
                {t(`filters.${facet}`)}
                {selected > 0 && <span className="badge">{selected}</span>}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{t(`filters.${facet}`)}</legend>
                {options[facet].map((o) => (
                  <label key={o.value} className="option">
                    <input
                      type="checkbox"
                      checked={(filters[facet] as readonly string[]).includes(o.value)}
                      onChange={() => toggle(facet, o.value)}
                    />
                    <span className="option-label">
                      <DataText>{o.label}</DataText>
                    </span>
                    <span className="count">{counts[facet].get(o.value) ?? 0}</span>
                  </label>
                ))}
              </fieldset>
            </details>
            {/* Where the chosen donors' projects cluster, right under the donor filter. */}
            {facet === "donors" && <DonorConcentration />}
          </Fragment>
        );
      })}
      <fieldset className="years">
        <legend>{t("filters.years")}</legend>
        <YearRange from={filters.from} to={filters.to} onChange={setFilters} />
        {undated > 0 && (
          <p className="hint" data-testid="undated">
            {t("filters.undated", { count: undated })}
          </p>
        )}
      </fieldset>
    </section>
  );
}
