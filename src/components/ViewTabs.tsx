import { useTranslation } from "react-i18next";
import { TABS } from "../state/url.ts";
import { useAppStore } from "../state/store.ts";

/** Map or table: the same figures, as a picture or as rows (`tab` in the URL). */
export function ViewTabs() {
  const { t } = useTranslation();
  const tab = useAppStore((s) => s.tab);
  const setTab = useAppStore((s) => s.setTab);
  return (
    <div className="view-tabs" role="group" aria-label={t("table.tab.label")}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={tab === id}
          className={tab === id ? "view-tab view-tab-active" : "view-tab"}
          onClick={() => setTab(id)}
          data-testid={`tab-${id}`}
        >
          {t(`table.tab.${id}`)}
        </button>
      ))}
    </div>
  );
}
