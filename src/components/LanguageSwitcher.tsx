import { useTranslation } from "react-i18next";
import { LOCALES } from "../geo/schema.ts";
import { currentLocale, isLocale, LANGUAGE_NAMES } from "../i18n/index.ts";
import { useAppStore } from "../state/store.ts";

/** Each language in its own name; the choice goes to the store (and so to the URL), and is remembered. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="language">
      <span>{t("app.language")}</span>
      <select
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          // The store holds it; i18next and the URL follow (follow.ts, urlSync.ts).
          setLang(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
