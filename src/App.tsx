import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { GeoStatus } from "./components/GeoStatus.tsx";
import { LanguageSwitcher } from "./components/LanguageSwitcher.tsx";
import { MunicipalityPanel } from "./components/MunicipalityPanel.tsx";
import { MapView } from "./map/MapView.tsx";
import { useAppStore } from "./state/store.ts";

export function App() {
  const { t } = useTranslation();
  const geo = useAppStore((s) => s.geo);
  const loadGeo = useAppStore((s) => s.loadGeo);
  useEffect(() => {
    void loadGeo();
  }, [loadGeo]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t("app.title")}</h1>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <LanguageSwitcher />
      </header>
      <main className="app-main">
        <MapView geo={geo} />
        {geo && <MunicipalityPanel geo={geo} />}
        <GeoStatus />
      </main>
    </div>
  );
}
