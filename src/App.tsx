import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ControlPanel } from "./components/analysis/ControlPanel.tsx";
import { DataOriginNotice } from "./components/data/DataOriginNotice.tsx";
import { DataStatus } from "./components/data/DataStatus.tsx";
import { DesignationFootnote } from "./components/DesignationFootnote.tsx";
import { Guarded } from "./components/ErrorBoundary.tsx";
import { SampleBanner } from "./components/data/SampleBanner.tsx";
import { GeoStatus } from "./components/GeoStatus.tsx";
import { LanguageSwitcher } from "./components/LanguageSwitcher.tsx";
import { OrganisationPanel } from "./components/OrganisationPanel.tsx";
import { SearchBox } from "./components/SearchBox.tsx";
import { MunicipalityPanel } from "./components/MunicipalityPanel.tsx";
import { MapView } from "./map/MapView.tsx";
import { SkipLinks } from "./components/SkipLinks.tsx";
import { ViewTabs } from "./components/ViewTabs.tsx";
import { useAppStore } from "./state/store.ts";

// The table, its exports and the dialogs load when first opened; each behind its own error boundary (a failed
// download or a fault shows a message in its place, the rest of the page stays).
const MunicipalityTable = lazy(() =>
  import("./components/table/MunicipalityTable.tsx").then((m) => ({ default: m.MunicipalityTable })),
);
const EmbedDialog = lazy(() => import("./components/EmbedDialog.tsx").then((m) => ({ default: m.EmbedDialog })));
const DataDialog = lazy(() => import("./components/data/DataDialog.tsx").then((m) => ({ default: m.DataDialog })));

export function App() {
  const { t } = useTranslation();
  const geo = useAppStore((s) => s.geo);
  const tab = useAppStore((s) => s.tab);
  const selected = useAppStore((s) => s.selectedId !== null);
  const [dataOpen, setDataOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const dataButton = useRef<HTMLButtonElement>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const closeData = useCallback(() => {
    setDataOpen(false);
    dataButton.current?.focus();
  }, []);
  const closeEmbed = useCallback(() => {
    setEmbedOpen(false);
    embedButton.current?.focus();
  }, []);

  return (
    <div className="app">
      <SkipLinks />
      <header className="app-header">
        <div>
          <h1>{t("app.title")}</h1>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <SearchBox />
        {/* On a phone the rest folds into a menu (CSS shows the toggle below 600 px). */}
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-actions"
          onClick={() => setMenuOpen(!menuOpen)}
          data-testid="menu-toggle"
        >
          {t("app.menu")}
        </button>
        <div className={`header-actions${menuOpen ? " header-actions-open" : ""}`} id="header-actions">
          <ViewTabs />
          <button
            ref={dataButton}
            type="button"
            onClick={() => {
              setMenuOpen(false);
              setDataOpen(true);
            }}
            aria-haspopup="dialog"
            data-testid="data-button"
          >
            {t("data.button")}
          </button>
          <button
            ref={embedButton}
            type="button"
            onClick={() => {
              setMenuOpen(false);
              setEmbedOpen(true);
            }}
            aria-haspopup="dialog"
            data-testid="embed-button"
          >
            {t("embed.button")}
          </button>
          <LanguageSwitcher />
        </div>
      </header>
      <SampleBanner />
      <DataOriginNotice />
      <main className={`app-main tab-${tab}${selected ? " has-selection" : ""}`}>
        <MapView geo={geo} periodControl />
        {geo && tab === "table" && (
          <Guarded>
            <Suspense fallback={null}>
              <MunicipalityTable geo={geo} />
            </Suspense>
          </Guarded>
        )}
        {geo && (
          <Guarded>
            <MunicipalityPanel geo={geo} />
          </Guarded>
        )}
        {geo && (
          <Guarded>
            <ControlPanel />
          </Guarded>
        )}
        <Guarded>
          <OrganisationPanel />
        </Guarded>
        <GeoStatus />
        <DataStatus />
      </main>
      <DesignationFootnote />
      {embedOpen && (
        <Guarded>
          <Suspense fallback={null}>
            <EmbedDialog onClose={closeEmbed} />
          </Suspense>
        </Guarded>
      )}
      {dataOpen && (
        <Guarded>
          <Suspense fallback={null}>
            <DataDialog onClose={closeData} />
          </Suspense>
        </Guarded>
      )}
    </div>
  );
}
