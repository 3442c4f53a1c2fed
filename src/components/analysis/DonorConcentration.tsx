import { useDeferredValue, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type Concentration, type ConcentrationColumn } from "../../analysis/concentration.ts";
import { pickText } from "../../data/text.ts";
import { municipalityName } from "../../geo/names.ts";
import { formatNumber } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { donorComparisonFor, selectProjectIndex } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { DataText, slot, withData } from "../data/DataText.tsx";

/** For the chosen donor(s): where their projects cluster, side by side with all donors together. */
export function DonorConcentration() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const dataset = useAppStore((s) => s.data?.dataset);
  const geo = useAppStore((s) => s.geo);
  const index = useAppStore(selectProjectIndex);
  // Worked out after the map has been redrawn: a filter change repaints the map first.
  const filters = useDeferredValue(useAppStore((s) => s.filters));
  const comparison = useMemo(
    () => (index && geo ? donorComparisonFor(filters, index, geo) : null),
    [filters, index, geo],
  );
  const focus = useAppStore((s) => s.focus);

  const columns = useMemo(() => {
    if (!dataset || !comparison || comparison.length === 0) return null;
    const label = (c: ConcentrationColumn) => {
      if (c.kind !== "donor") return t(`concentration.${c.kind}`);
      const donor = dataset.donors.find((x) => x.id === c.key);
      return donor ? pickText(donor.name, locale).text : c.key;
    };
    return comparison.map((c) => ({ ...c, key: `${c.kind}:${c.key}`, label: label(c) }));
  }, [dataset, comparison, locale, t]);
  if (!columns || !geo) return null;

  const percent = (n: number | undefined) =>
    n === undefined
      ? t("municipality.noData")
      : formatNumber(n, locale, { style: "percent", maximumFractionDigits: 0 });
  const whole = (n: number | undefined) =>
    n === undefined ? t("municipality.noData") : formatNumber(Math.round(n), locale);
  const rows: Array<[string, (c: Concentration) => string]> = [
    [t("concentration.projects"), (c) => whole(c.projects)],
    [t("concentration.municipalities"), (c) => whole(c.municipalities)],
    [t("concentration.countries"), (c) => whole(c.countries)],
    [t("concentration.top5"), (c) => percent(c.top5Share)],
    [t("concentration.hhi"), (c) => whole(c.hhi)],
    [t("concentration.top5Funding"), (c) => percent(c.top5FundingShare)],
    [t("concentration.wholeCountry"), (c) => whole(c.wholeCountryProjects)],
  ];
  const first = columns[0]!;
  return (
    <section className="concentration" aria-labelledby={`${id}-title`} data-testid="concentration">
      <h2 id={`${id}-title`}>{t("concentration.title")}</h2>
      <table>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.key} scope="col">
                <DataText>{c.label}</DataText>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map((c) => (
                <td key={c.key}>{value(c.value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("concentration.hint")}</p>
      {first.value.top.length > 0 && (
        <>
          <h3>
            {withData(t("concentration.topList", { name: slot("name") }), { name: <DataText>{first.label}</DataText> })}
          </h3>
          <ol className="overlooked-list">
            {first.value.top.map((m) => {
              const props = geo.byId.get(m.id);
              return (
                <li key={m.id}>
                  <button type="button" className="link-button" onClick={() => focus(m.id)}>
                    {props ? municipalityName(props, locale) : m.id}
                  </button>{" "}
                  <span className="count">{m.projects}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
