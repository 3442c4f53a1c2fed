import { useEffect, useMemo, useRef, useState } from "react";
import { usePanelFocus } from "../state/interaction.ts";
import { SheetHandle, useSheetClass } from "./SheetHandle.tsx";
import { ContributeDialog } from "./contribute/ContributeDialog.tsx";
import { UpdateBadge } from "./data/UpdateBadge.tsx";
import { SuggestCorrection } from "./contribute/CorrectionDialog.tsx";
import { useTranslation } from "react-i18next";
import { termLabel } from "../data/taxonomy.ts";
import { pickText, urlHost } from "../data/text.ts";
import { municipalityName } from "../geo/names.ts";
import { currentLocale } from "../i18n/index.ts";
import { useAppStore } from "../state/store.ts";
import { DataList, DataText, slot, withData } from "./data/DataText.tsx";
import { SafeLink } from "./data/SafeLink.tsx";
import { SourceList } from "./data/SourceList.tsx";

/** An organisation's profile: who it is, where (no more precisely than allowed), its networks and projects, sources. */
export function OrganisationPanel() {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const sheetClass = useSheetClass();
  usePanelFocus("organisation", heading);
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useAppStore((s) => s.organisationId);
  const dataset = useAppStore((s) => s.data?.dataset);
  const geo = useAppStore((s) => s.geo);
  const open = useAppStore((s) => s.openOrganisation);
  const focus = useAppStore((s) => s.focus);
  const org = id ? dataset?.organisations.find((o) => o.id === id) : undefined;
  const [correcting, setCorrecting] = useState(false);
  const suggest = useRef<HTMLButtonElement>(null);
  const projects = useMemo(
    () =>
      org && dataset
        ? dataset.projects.filter(
            (p) => p.leadOrganisations.includes(org.id) || p.partnerOrganisations.includes(org.id),
          )
        : [],
    [org, dataset],
  );
  // Escape closes the profile first (the municipality stays selected).
  useEffect(() => {
    // While the correction dialog is open, Escape is its own.
    if (!id || correcting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      open(null);
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [id, open, correcting]);
  if (!org || !dataset) return null;
  const name = pickText(org.name, locale);
  const municipality = org.municipalityId ? geo?.byId.get(org.municipalityId) : undefined;
  const orgName = (other: string) => {
    const found = dataset.organisations.find((o) => o.id === other);
    return found ? pickText(found.name, locale).text : other;
  };
  const donorName = (d: string) => {
    const found = dataset.donors.find((x) => x.id === d);
    return found ? pickText(found.name, locale).text : d;
  };
  return (
    <aside
      className={`panel ${sheetClass} organisation-panel`}
      data-testid="organisation-panel"
      aria-labelledby="organisation-title"
    >
      <SheetHandle />
      <p className="panel-kicker">{t("organisation.kicker")}</p>
      <h2 id="organisation-title" ref={heading} tabIndex={-1}>
        <DataText lang={name.lang === locale ? undefined : name.lang}>{name.text}</DataText>
        {org.acronym && (
          <>
            {" "}
            (<DataText>{org.acronym}</DataText>)
          </>
        )}
        <UpdateBadge entity="organisations" id={org.id} />
      </h2>
      <dl>
        {org.kind && (
          <>
            <dt>{t("organisation.kind")}</dt>
            <dd>{termLabel("organisationKind", org.kind, locale)}</dd>
          </>
        )}
        <dt>{t("organisation.where")}</dt>
        <dd>
          {municipality ? (
            <button type="button" className="link-button" onClick={() => focus(municipality.id)}>
              {municipalityName(municipality, locale)}
            </button>
          ) : org.city || org.country ? (
            <>
              {org.city && <DataText>{org.city}</DataText>}
              {org.city && org.country && ", "}
              {org.country && t(`country.${org.country}`)}
            </>
          ) : (
            t("municipality.noData")
          )}
          <small>{termLabel("locationPrecision", org.locationPrecision, locale)}</small>
        </dd>
        {org.founded !== undefined && (
          <>
            <dt>{t("organisation.founded")}</dt>
            <dd>{org.founded}</dd>
          </>
        )}
        {org.website && (
          <>
            <dt>{t("organisation.website")}</dt>
            <dd>
              {/* Its site, in ASCII, never the address as written: it could read as another. */}
              <SafeLink href={org.website}>
                <DataText>{urlHost(org.website)}</DataText>
              </SafeLink>
            </dd>
          </>
        )}
        {org.focusAreas.length > 0 && (
          <>
            <dt>{t("organisation.focusAreas")}</dt>
            <dd>{org.focusAreas.map((a) => termLabel("activityType", a, locale)).join(", ")}</dd>
          </>
        )}
        {org.networks.length > 0 && (
          <>
            <dt>{t("organisation.networks")}</dt>
            <dd>
              {org.networks.map((n, i) => (
                <span key={n}>
                  {i > 0 && ", "}
                  <button type="button" className="link-button" onClick={() => open(n)}>
                    <DataText>{orgName(n)}</DataText>
                  </button>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {org.notes && (
        <p className="hint">
          <DataText>{org.notes}</DataText>
        </p>
      )}
      <h3>{t("organisation.projects")}</h3>
      {projects.length === 0 && <p className="no-data">{t("organisation.noProjects")}</p>}
      <ul className="fact-list">
        {projects.map((p) => (
          <li key={p.id} data-testid="organisation-project">
            <p className="fact-title">
              <DataText>{pickText(p.title, locale).text}</DataText>
              <UpdateBadge entity="projects" id={p.id} />
            </p>
            <p className="fact-meta">
              {t(p.leadOrganisations.includes(org.id) ? "organisation.lead" : "organisation.partner")}
              {p.donors.length > 0 && (
                <>
                  {" · "}
                  {withData(t("facts.donors", { names: slot("names") }), {
                    names: <DataList items={p.donors.map(donorName)} />,
                  })}
                </>
              )}
            </p>
            <SourceList sources={p.sources} />
            <SuggestCorrection entity="projects" record={p} name={pickText(p.title, locale).text} />
          </li>
        ))}
      </ul>
      <h3>{t("facts.sources")}</h3>
      <SourceList sources={org.sources} />
      <p>
        <button type="button" className="link-button" ref={suggest} onClick={() => setCorrecting(true)}>
          {t("contribute.correct")}
        </button>
      </p>
      {correcting && (
        <ContributeDialog
          key={org.id}
          organisation={org}
          onClose={() => {
            setCorrecting(false);
            suggest.current?.focus();
          }}
        />
      )}
      <button type="button" className="panel-close" onClick={() => open(null)} aria-label={t("municipality.close")}>
        ×
      </button>
    </aside>
  );
}
