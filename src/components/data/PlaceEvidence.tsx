import { UpdateBadge } from "./UpdateBadge.tsx";
import { SuggestCorrection } from "../contribute/CorrectionDialog.tsx";
import { useTranslation } from "react-i18next";
import type { Place } from "../../data/schema.ts";
import { termLabel } from "../../data/taxonomy.ts";
import { pickText } from "../../data/text.ts";
import { currentLocale } from "../../i18n/index.ts";
import { DataText } from "./DataText.tsx";
import { SourceList } from "./SourceList.tsx";

/** What a source says about a place: the kind of mention, its key term in the source's words, the year, the sources. */
export function PlaceEvidence({ place }: { place: Place }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const paraphrase = place.paraphrase && pickText(place.paraphrase, locale);
  return (
    <div className="place-evidence" data-testid="place-evidence">
      <p className="fact-kind">
        {termLabel("placeKind", place.kind, locale)}
        <UpdateBadge entity="places" id={place.id} />
      </p>
      <blockquote>
        “<DataText lang={place.wordingLanguage}>{place.wording}</DataText>”
      </blockquote>
      {paraphrase && (
        <p className="fact-paraphrase">
          <DataText lang={paraphrase.lang}>{paraphrase.text}</DataText>
        </p>
      )}
      {place.year !== undefined && <p className="fact-meta">{t("facts.year", { year: place.year })}</p>}
      <SourceList sources={place.sources} />
      <SuggestCorrection entity="places" record={place} name={place.wording} />
    </div>
  );
}
