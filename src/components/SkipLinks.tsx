import { useTranslation } from "react-i18next";
import { useAppStore } from "../state/store.ts";

/**
 * Moves keyboard focus to a part of the page once it has rendered (after a switch of tab, whose code may still be
 * loading, or an opened panel); gives up after about two seconds.
 */
function focusSoon(selector: string, frames = 120) {
  const target = document.querySelector<HTMLElement>(selector);
  if (target) target.focus();
  else if (frames > 0) requestAnimationFrame(() => focusSoon(selector, frames - 1));
}

/** The first stops of the keyboard: straight to the map, the filters or the table. Visible when focused. */
export function SkipLinks() {
  const { t } = useTranslation();
  const setTab = useAppStore((s) => s.setTab);
  const toMap = () => {
    setTab("map");
    focusSoon('[data-testid="map"] canvas');
  };
  const toFilters = () => {
    document.querySelector<HTMLButtonElement>('.controls-toggle[aria-expanded="false"]')?.click();
    focusSoon('[data-skip-target="filters"]');
  };
  const toTable = () => {
    setTab("table");
    focusSoon('[data-testid="table-row"][tabindex="0"]');
  };
  return (
    <nav className="skip-links" aria-label={t("skip.label")}>
      <button type="button" className="skip-link" onClick={toMap}>
        {t("skip.map")}
      </button>
      <button type="button" className="skip-link" onClick={toFilters}>
        {t("skip.filters")}
      </button>
      <button type="button" className="skip-link" onClick={toTable}>
        {t("skip.table")}
      </button>
    </nav>
  );
}
