import { pickText } from "../../data/text.ts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Popup } from "react-map-gl/maplibre";
import { termLabel } from "../../data/taxonomy.ts";
import { currentLocale } from "../../i18n/index.ts";
import { useAppStore } from "../../state/store.ts";
import { SourceList } from "./SourceList.tsx";

/** What the sources say about a marked place, in their words, with the sources, beside its marker. */
export function PlacePopup({
  municipalityId,
  at,
  onClose,
}: {
  municipalityId: string;
  at: readonly [number, number];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const all = useAppStore((s) => s.data?.dataset.places);
  const places = useMemo(() => all?.filter((p) => p.municipalityIds.includes(municipalityId)), [all, municipalityId]);
  if (!places || places.length === 0) return null;
  return (
    <Popup longitude={at[0]} latitude={at[1]} onClose={onClose} closeOnClick={false} maxWidth="20rem" anchor="bottom">
      <div className="place-popup" data-testid="place-popup">
        {places.map((p) => (
          <div key={p.id}>
            <p className="fact-kind">{termLabel("placeKind", p.kind, locale)}</p>
            <blockquote lang={p.wordingLanguage}>“{p.wording}”</blockquote>
            {p.paraphrase && (
              <p className="fact-paraphrase" lang={pickText(p.paraphrase, locale).lang}>
                {pickText(p.paraphrase, locale).text}
              </p>
            )}
            {p.year !== undefined && <p className="fact-meta">{t("facts.year", { year: p.year })}</p>}
            <SourceList sources={p.sources} />
          </div>
        ))}
      </div>
    </Popup>
  );
}
