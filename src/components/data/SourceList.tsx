import { useTranslation } from "react-i18next";
import type { Source } from "../../data/schema.ts";
import { formatDate } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { SafeLink } from "./SafeLink.tsx";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * Every source of a record: citation (or the site's name) linked to the page, publisher, date read, and what
 * that page states (our words), so a reader knows what to look for there.
 */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  return (
    <ul className="sources" aria-label={t("facts.sources")}>
      {sources.map((s, i) => (
        <li key={i}>
          <SafeLink href={s.url}>{s.citation ?? (s.url ? hostOf(s.url) : "")}</SafeLink>
          {s.citation && s.url && <span className="source-host"> ({hostOf(s.url)})</span>}
          {s.publisher && <span>, {s.publisher}</span>}
          {s.accessed && <span>, {t("facts.accessed", { date: formatDate(s.accessed, locale) })}</span>}
          {s.claim && (
            <span className="source-claim" lang="en" dir="auto">
              {" "}
              — {t("facts.claim")}: {s.claim}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
