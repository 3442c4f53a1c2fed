import { useTranslation } from "react-i18next";
import type { Source } from "../../data/schema.ts";
import { formatDate } from "../../i18n/format.ts";
import { urlHost } from "../../data/text.ts";
import { currentLocale } from "../../i18n/index.ts";
import { DataText } from "./DataText.tsx";
import { SafeLink } from "./SafeLink.tsx";

/**
 * Every source of a record: citation (or the site's name) linked to the page, publisher, date read, and what
 * that page states (our words), so a reader knows what to look for there.
 */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  return (
    <ul className="sources" aria-label={t("facts.sources")}>
      {sources.map((s, i) => {
        // The address is shown as its site, in ASCII, never as written: it could read as another.
        const host = s.url ? urlHost(s.url) : undefined;
        return (
          <li key={i}>
            <SafeLink href={s.url}>
              <DataText>{s.citation ?? host}</DataText>
            </SafeLink>
            {s.citation && host && (
              <span className="source-host">
                {" "}
                (<DataText>{host}</DataText>)
              </span>
            )}
            {s.publisher && (
              <span>
                , <DataText>{s.publisher}</DataText>
              </span>
            )}
            {s.accessed && <span>, {t("facts.accessed", { date: formatDate(s.accessed, locale) })}</span>}
            {s.claim && (
              <span className="source-claim">
                {" "}
                — {t("facts.claim")}: <DataText lang="en">{s.claim}</DataText>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
