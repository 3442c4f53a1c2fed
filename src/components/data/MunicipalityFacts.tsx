import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { latestValues } from "../../analysis/indicators.ts";
import { recordsByMunicipality } from "../../data/byMunicipality.ts";
import type { Dataset, IndicatorValue, LocalizedText, Project } from "../../data/schema.ts";
import { termLabel } from "../../data/taxonomy.ts";
import { pickText } from "../../data/text.ts";
import type { CountryCode, Locale } from "../../geo/schema.ts";
import { formatFunding, formatNumber, formatPeriod } from "../../i18n/format.ts";
import { useAppStore } from "../../state/store.ts";
import { DataList, DataText, slot, withData } from "./DataText.tsx";
import { UpdateBadge } from "./UpdateBadge.tsx";
import { SuggestCorrection } from "../contribute/CorrectionDialog.tsx";
import { SafeLink } from "./SafeLink.tsx";
import { SourceList } from "./SourceList.tsx";

const LIMIT = 15;

function Text({ value, locale }: { value: LocalizedText; locale: Locale }) {
  const picked = pickText(value, locale);
  return <DataText lang={picked.lang === locale ? undefined : picked.lang}>{picked.text}</DataText>;
}

/** A titled list of records, the first LIMIT of them, with a count of the rest. */
function FactSection<T extends { id: string }>({
  title,
  items,
  children,
}: {
  title: string;
  items: readonly T[];
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul className="fact-list">{items.slice(0, LIMIT).map(children)}</ul>
      {items.length > LIMIT && <p className="fact-more">{t("facts.more", { count: items.length - LIMIT })}</p>}
    </section>
  );
}

function Meta({ children }: { children: ReactNode }) {
  return <p className="fact-meta">{children}</p>;
}

/** The forms of extremism and organised-crime topics a project or place is about, in the locale. */
function Forms({ record, locale }: { record: Pick<Project, "extremismForms" | "ocTopics">; locale: Locale }) {
  const labels = [
    ...record.extremismForms.map((f) => termLabel("extremismForm", f, locale)),
    ...record.ocTopics.map((f) => termLabel("ocTopic", f, locale)),
  ];
  return labels.length > 0 ? <Meta>{labels.join(", ")}</Meta> : null;
}

/**
 * What the dataset says about one municipality, every fact with its sources:
 * places the sources name (in their wording), organisations based here,
 * projects targeting it, and the country's indicators.
 */
export function MunicipalityFacts({
  dataset,
  municipalityId,
  country,
  locale,
}: {
  dataset: Dataset;
  municipalityId: string;
  country: CountryCode;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const index = useMemo(() => recordsByMunicipality(dataset), [dataset]);
  const openOrganisation = useAppStore((s) => s.openOrganisation);
  const donorNames = useMemo(() => new Map(dataset.donors.map((d) => [d.id, d.name])), [dataset]);
  const records = index.get(municipalityId);
  const countryValues = useMemo(() => latestCountryValues(dataset, country), [dataset, country]);

  const projectItem = (p: Project) => {
    const donors = p.donors.map((id) => {
      const name = donorNames.get(id);
      return name ? pickText(name, locale).text : id;
    });
    const period = formatPeriod(p.start, p.end, locale);
    return (
      <li key={p.id} data-testid="fact-project">
        <p className="fact-title">
          <Text value={p.title} locale={locale} />
          {p.synthetic && <span className="badge">{t("facts.sample")}</span>}
          <UpdateBadge entity="projects" id={p.id} />
        </p>
        {period && <Meta>{t("facts.period", { period })}</Meta>}
        {donors.length > 0 && (
          <Meta>{withData(t("facts.donors", { names: slot("names") }), { names: <DataList items={donors} /> })}</Meta>
        )}
        {p.funding && (
          <Meta>
            {t("facts.funding", { amount: formatFunding(p.funding, locale) })} (
            {termLabel("fundingKind", p.funding.kind, locale)})
          </Meta>
        )}
        <Forms record={p} locale={locale} />
        {p.areasAsStated.length > 0 && (
          <Meta>
            {withData(t("facts.areas", { areas: slot("areas") }), {
              areas: <DataList items={p.areasAsStated} separator="; " />,
            })}
          </Meta>
        )}
        <SourceList sources={p.sources} />
        <SuggestCorrection entity="projects" record={p} name={pickText(p.title, locale).text} />
      </li>
    );
  };

  return (
    <div className="facts" data-testid="municipality-facts">
      {!records && <p className="no-data">{t("facts.none")}</p>}
      <FactSection title={t("facts.places")} items={records?.places ?? []}>
        {(p) => (
          <li key={p.id} data-testid="fact-place">
            <p className="fact-kind">
              {termLabel("placeKind", p.kind, locale)}
              <UpdateBadge entity="places" id={p.id} />
            </p>
            <blockquote>
              “<DataText lang={p.wordingLanguage}>{p.wording}</DataText>”
            </blockquote>
            {p.paraphrase && (
              <p className="fact-paraphrase">
                <Text value={p.paraphrase} locale={locale} />
              </p>
            )}
            <Forms record={p} locale={locale} />
            <Meta>
              {p.year !== undefined && t("facts.year", { year: p.year })}{" "}
              {t("facts.confidence", { level: termLabel("confidence", p.confidence, locale) })}
              {p.synthetic && <span className="badge">{t("facts.sample")}</span>}
            </Meta>
            <SourceList sources={p.sources} />
            <SuggestCorrection entity="places" record={p} name={p.wording} />
          </li>
        )}
      </FactSection>
      <FactSection title={t("facts.organisations")} items={records?.organisations ?? []}>
        {(o) => (
          <li key={o.id} data-testid="fact-organisation">
            <p className="fact-title">
              <SafeLink href={o.website}>
                <Text value={o.name} locale={locale} />
              </SafeLink>
              {o.acronym && (
                <>
                  {" "}
                  (<DataText>{o.acronym}</DataText>)
                </>
              )}
              {o.synthetic && <span className="badge">{t("facts.sample")}</span>}
              <UpdateBadge entity="organisations" id={o.id} />
            </p>
            {o.kind && <Meta>{termLabel("organisationKind", o.kind, locale)}</Meta>}
            <button type="button" className="link-button" onClick={() => openOrganisation(o.id)}>
              {t("organisation.open")}
            </button>
            <SourceList sources={o.sources} />
          </li>
        )}
      </FactSection>
      <FactSection title={t("facts.projects")} items={records?.projects ?? []}>
        {projectItem}
      </FactSection>
      <FactSection title={t("facts.regionProjects")} items={records?.regionProjects ?? []}>
        {projectItem}
      </FactSection>
      <FactSection title={t("facts.countryIndicators")} items={countryValues}>
        {({ id, value, label }) => (
          <li key={id} data-testid="fact-indicator">
            <p className="fact-title">
              <Text value={label} locale={locale} />:{" "}
              <strong>
                {formatNumber(value.value, locale)}
                {value.valueMax !== undefined && `–${formatNumber(value.valueMax, locale)}`}
              </strong>
              {value.year !== undefined && ` (${value.year})`}
            </p>
            <Meta>{t("facts.confidence", { level: termLabel("confidence", value.confidence, locale) })}</Meta>
            <SourceList sources={value.sources} />
            <SuggestCorrection
              entity="indicatorValues"
              record={value}
              name={`${pickText(label, locale).text}${value.year !== undefined ? ` (${value.year})` : ""}`}
            />
          </li>
        )}
      </FactSection>
    </div>
  );
}

/** Each country-level indicator's most recent value for a country (values without a year count as oldest). */
function latestCountryValues(
  dataset: Dataset,
  country: CountryCode,
): Array<{ id: string; value: IndicatorValue; label: LocalizedText }> {
  const labels = new Map(dataset.indicators.map((i) => [i.id, i.label]));
  const latest = latestValues(dataset.indicatorValues, (v) => (v.country === country ? v.indicator : undefined));
  return [...latest.values()].flatMap((value) => {
    const label = labels.get(value.indicator);
    return label ? [{ id: value.id, value, label }] : [];
  });
}
