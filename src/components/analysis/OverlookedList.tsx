import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { municipalityName } from "../../geo/names.ts";
import { currentLocale } from "../../i18n/index.ts";
import { selectBivariate, selectOverlooked } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { PlaceEvidence } from "../data/PlaceEvidence.tsx";
import { CompletenessLine } from "./DatasetCompleteness.tsx";

const SHORT = 8;

/** Municipalities next to a named place with no project: the seed studies' warning, as a list to act on. */
export function OverlookedList() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const [all, setAll] = useState(false);
  const overlooked = useAppStore(selectOverlooked);
  const gap = useAppStore(selectBivariate);
  const geo = useAppStore((s) => s.geo);
  const focus = useAppStore((s) => s.focus);
  if (!overlooked || !geo) return null;
  const name = (municipalityId: string) => {
    const props = geo.byId.get(municipalityId);
    return props ? municipalityName(props, locale) : municipalityId;
  };
  const shown = all ? overlooked : overlooked.slice(0, SHORT);
  const countriesOf = (ids: readonly string[]) => ids.flatMap((i) => geo.byId.get(i)?.country ?? []);
  return (
    <section className="overlooked" aria-labelledby={`${id}-title`} data-testid="overlooked">
      <h2 id={`${id}-title`}>
        {t("gaps.title")} <span className="count">({overlooked.length})</span>
      </h2>
      <p className="hint">{t("gaps.explain")}</p>
      {overlooked.length === 0 && <p className="no-data">{t("gaps.none")}</p>}
      <CompletenessLine countries={countriesOf(overlooked.map((o) => o.id))} />
      <ol className="overlooked-list">
        {shown.map((o) => (
          <li key={o.id}>
            <button type="button" className="link-button" onClick={() => focus(o.id)}>
              {name(o.id)}
            </button>
            <span className="hint">
              {" "}
              {t("gaps.nextTo", { names: o.nextTo.map((n) => name(n.municipalityId)).join(", ") })}
            </span>
            <details className="overlooked-why" data-testid="overlooked-why">
              <summary>{t("gaps.why")}</summary>
              {o.nextTo.map((n) => (
                <div key={n.municipalityId}>
                  <p className="fact-meta">{t("gaps.namedThere", { name: name(n.municipalityId) })}</p>
                  {n.places.map((place) => (
                    <PlaceEvidence key={place.id} place={place} />
                  ))}
                </div>
              ))}
              <p className="fact-meta">{t("gaps.noneHere")}</p>
            </details>
          </li>
        ))}
      </ol>
      {gap && (
        <div data-testid="high-need">
          <h3>
            {t("gap.highNeedTitle")} <span className="count">({gap.highNeedNoCoverage.length})</span>
          </h3>
          {gap.need.level === "country" && <p className="hint">{t("gap.highNeedCountry")}</p>}
          {gap.highNeedLeftOut > 0 && (
            <p className="hint" data-testid="high-need-left-out">
              {t("gap.highNeedLeftOut", { count: gap.highNeedLeftOut })}
            </p>
          )}
          <CompletenessLine countries={countriesOf(gap.highNeedNoCoverage)} />
          <ol className="overlooked-list">
            {gap.highNeedNoCoverage.slice(0, all ? undefined : SHORT).map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => focus(id)}>
                  {name(id)}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      {overlooked.length > SHORT && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t("gaps.showFewer") : t("gaps.showAll", { count: overlooked.length })}
        </button>
      )}
    </section>
  );
}
