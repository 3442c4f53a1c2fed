import { useTranslation } from "react-i18next";
import { LOCALES } from "../geo/schema.ts";
import { currentLocale, isLocale, LANGUAGE_NAMES } from "../i18n/index.ts";

/** Each language in its own name; the choice is remembered and put in the URL. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  return (
    <label className="language">
      <span>{t("app.language")}</span>
      <select
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          void i18n.changeLanguage(next);
          const url = new URL(window.location.href);
          url.searchParams.set("lang", next);
          window.history.replaceState(window.history.state, "", url);
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
