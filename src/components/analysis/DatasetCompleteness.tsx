import { useTranslation } from "react-i18next";
import { COUNTRY_CODES, type CountryCode } from "../../geo/schema.ts";
import { formatNumber } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { selectAudit } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";

/**
 * How complete the coverage can be: per country, the organisations and projects the dataset knows and the share
 * of those projects that name a municipality (the rest name only a region or the whole country). Shown beside
 * every coverage map, so "no known project" is read for what it is.
 */
export function DatasetCompleteness() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const audit = useAppStore(selectAudit);
  if (!audit) return null;
  return (
    <details className="completeness" data-testid="completeness">
      <summary>{t("completeness.title")}</summary>
      <p className="hint">{t("completeness.explain")}</p>
      <table className="completeness-table">
        <thead>
          <tr>
            <th scope="col">{t("completeness.country")}</th>
            <th scope="col">{t("completeness.organisations")}</th>
            <th scope="col">{t("completeness.projects")}</th>
            <th scope="col">{t("completeness.namingMunicipality")}</th>
          </tr>
        </thead>
        <tbody>
          {COUNTRY_CODES.map((c) => {
            const projects = audit.projectsByCountry[c];
            const naming = audit.projectsNamingMunicipalityByCountry[c];
            return (
              <tr key={c}>
                <th scope="row">{t(`country.${c}`)}</th>
                <td>{formatNumber(audit.organisationsByCountry[c], locale)}</td>
                <td>{formatNumber(projects, locale)}</td>
                <td>
                  {projects === 0
                    ? t("municipality.noData")
                    : formatNumber(naming / projects, locale, { style: "percent", maximumFractionDigits: 0 })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

/**
 * The same, in one line for the countries a figure or a list is about (a municipality's panel, the gap lists):
 * coverage there counts only these projects.
 */
export function CompletenessLine({ countries }: { countries: readonly CountryCode[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const audit = useAppStore(selectAudit);
  if (!audit || countries.length === 0) return null;
  const parts = [...new Set(countries)].sort().map((c) => {
    const projects = audit.projectsByCountry[c];
    return t("completeness.line", {
      country: t(`country.${c}`),
      projects: t("filters.projects", { count: projects }),
      share:
        projects === 0
          ? t("municipality.noData")
          : formatNumber(audit.projectsNamingMunicipalityByCountry[c] / projects, locale, {
              style: "percent",
              maximumFractionDigits: 0,
            }),
    });
  });
  return (
    <p className="hint" data-testid="completeness-line">
      {t("completeness.known", { list: parts.join("; ") })}
    </p>
  );
}
