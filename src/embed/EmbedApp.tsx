/** The embedded map: a title line, the map, only the controls the embed asks for, attribution. */
import { lazy, Suspense, useEffect, useState } from "react";
import { DataText } from "../components/data/DataText.tsx";
import { Guarded } from "../components/ErrorBoundary.tsx";
import { useTranslation } from "react-i18next";
import { DataOriginNotice } from "../components/data/DataOriginNotice.tsx";
import { SampleBanner } from "../components/data/SampleBanner.tsx";
import { DesignationFootnote } from "../components/DesignationFootnote.tsx";
import { GeoStatus } from "../components/GeoStatus.tsx";
import { MapView } from "../map/MapView.tsx";
import { useAppStore } from "../state/store.ts";
import { CompactProfile } from "./CompactProfile.tsx";
import { EMBED_CONTROLS, fullMapUrl, type EmbedControl, type EmbedOptions } from "./options.ts";

// Controls load only when an embed asks for them: a bare map needs none of their code.
const Legend = lazy(() => import("../components/analysis/Legend.tsx").then((m) => ({ default: m.Legend })));
const LayerControl = lazy(() =>
  import("../components/analysis/LayerControl.tsx").then((m) => ({ default: m.LayerControl })),
);
const FilterPanel = lazy(() =>
  import("../components/analysis/FilterPanel.tsx").then((m) => ({ default: m.FilterPanel })),
);
const SearchBox = lazy(() => import("../components/SearchBox.tsx").then((m) => ({ default: m.SearchBox })));
const MunicipalityTable = lazy(() =>
  import("../components/table/MunicipalityTable.tsx").then((m) => ({ default: m.MunicipalityTable })),
);

/** The current address of the full map for this view, kept up to date. */
function useFullMapUrl(): string {
  const [url, setUrl] = useState(() => fullMapUrl(window.location.href));
  useEffect(() => {
    const update = () => setUrl(fullMapUrl(window.location.href));
    const stop = useAppStore.subscribe(() => queueMicrotask(update));
    window.addEventListener("popstate", update);
    return () => {
      stop();
      window.removeEventListener("popstate", update);
    };
  }, []);
  return url;
}

export function EmbedApp({ options, onReady }: { options: EmbedOptions; onReady: () => void }) {
  const { t, i18n } = useTranslation();
  const geo = useAppStore((s) => s.geo);
  const selected = useAppStore((s) => s.selectedId);
  const tab = useAppStore((s) => s.tab);
  const full = useFullMapUrl();
  const show = Object.fromEntries(EMBED_CONTROLS.map((c) => [c, options.controls.includes(c)])) as Record<
    EmbedControl,
    boolean
  >;

  return (
    <div className="embed" lang={i18n.resolvedLanguage}>
      <header className="embed-header">
        <p className="embed-title">
          {/* The title comes from the embedding page's address: isolated like any outside text. */}
          {options.title ? <DataText>{options.title}</DataText> : t("app.title")}
        </p>
        <a href={full} target="_blank" rel="noopener noreferrer" data-testid="open-full-map">
          {t("embed.openFull")}
        </a>
      </header>
      <DataOriginNotice />
      <SampleBanner />
      <Guarded>
        <Suspense fallback={null}>{show.search && <SearchBox />}</Suspense>
      </Guarded>
      <div className="embed-map" style={{ height: options.height }}>
        <MapView geo={geo} onReady={onReady} periodControl={show.filters} />
        {/* tab=table: the same figures as rows, over the map (which keeps its state). */}
        {geo && tab === "table" && (
          <Guarded>
            <Suspense fallback={null}>
              <MunicipalityTable geo={geo} />
            </Suspense>
          </Guarded>
        )}
        <GeoStatus />
      </div>
      <Guarded>
        <Suspense fallback={null}>
          {geo && selected && <CompactProfile geo={geo} fullUrl={full} />}
          {options.controls.length > 0 && (
            <div className="embed-controls" data-testid="embed-controls">
              {show.legend && <Legend />}
              {show.layers && !show.legend && <LayerControl />}
              {show.filters && <FilterPanel />}
            </div>
          )}
        </Suspense>
      </Guarded>
      <DesignationFootnote />
    </div>
  );
}
