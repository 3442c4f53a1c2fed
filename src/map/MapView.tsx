/** The map: MapLibre through react-map-gl, offline base style, hover and selection. */
import { mapWorkersAnswer } from "./maplibre.ts";
import "maplibre-gl/dist/maplibre-gl.css";
import { bbox, featureCollection } from "@turf/turf";
import { cityGroupById } from "../geo/gazetteer.ts";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GeoJSONSource } from "maplibre-gl";
import Map, {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
  type ViewStateChangeEvent,
} from "react-map-gl/maplibre";
import { useTranslation } from "react-i18next";
import { config } from "../config.ts";
import type { GeoLayers } from "../geo/load.ts";
import { SHEET_SHARE, useInteractionStore, type SheetSize } from "../state/interaction.ts";
import { useAppStore } from "../state/store.ts";
import { selectFeatureStates } from "../state/derived.ts";
import { PeriodControl } from "../components/analysis/PeriodControl.tsx";
import { roundView, type MapView as MapViewState } from "../state/url.ts";
import { HoverTooltip } from "../components/HoverTooltip.tsx";
import { PlacePopup } from "../components/data/PlacePopup.tsx";
import { attribution } from "./attribution.ts";
import { MapFault } from "./MapFault.tsx";
import { MunicipalityLayers } from "./MunicipalityLayers.tsx";
import { exposeMapForTests } from "./testHook.ts";
import { registerMap } from "./mapImage.ts";
import { baseStyle, glyphsUrl, LAYER, REGION_BOUNDS, SOURCE } from "./style.ts";

// Markers first: a cluster zooms in, an organisation opens its profile, a place its popup; anywhere else selects
// the municipality.
const INTERACTIVE = [LAYER.organisationClusters, LAYER.organisations, LAYER.namedPlaces, LAYER.municipalityFill];

/** The layout where panels become bottom sheets (styles.css uses the same width). */
const PHONE = "(max-width: 600px)";

/** How many pixels of the map a phone's bottom sheet covers (0 on wider screens or when the sheet is full). */
function coveredBySheet(mapHeight: number, sheet: SheetSize): number {
  const phone = window.matchMedia?.(PHONE).matches ?? false;
  return phone && sheet !== "full" ? mapHeight * SHEET_SHARE[sheet] : 0;
}

function sameView(a: MapViewState | null, b: MapViewState | null): boolean {
  return a === b || (a !== null && b !== null && a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom);
}

function formatView(lon: number, lat: number, zoom: number): string {
  return `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`;
}

/** Created at once, so MapLibre starts up while the municipality layers load; they are added when they arrive. */
export function MapView({
  geo,
  onReady,
  periodControl = false,
}: {
  geo: GeoLayers | null;
  onReady?: () => void;
  /** Show the period control (year steps and playback) over the map. */
  periodControl?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const setHover = useInteractionStore((s) => s.setHover);
  const select = useAppStore((s) => s.select);
  const openOrganisation = useAppStore((s) => s.openOrganisation);
  const setStoreView = useAppStore((s) => s.setView);
  // The view in the URL at start, else the whole region; later moves are written back.
  const [initialViewState] = useState(() => {
    const v = useAppStore.getState().view;
    return v
      ? { longitude: v.lon, latitude: v.lat, zoom: v.zoom }
      : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 16 } };
  });
  const mapRef = useRef<MapRef>(null);
  const focusing = useRef(false);
  const focusRequest = useInteractionStore((s) => s.focusRequest);
  const [cursor, setCursor] = useState<string>("");
  const [view, setView] = useState<string>("");
  const mapStyle = useMemo(
    () => config.basemapStyleUrl ?? baseStyle(glyphsUrl(window.location.origin, import.meta.env.BASE_URL)),
    [],
  );

  // The camera follows the view in the store when it comes from elsewhere (the URL at back/forward, an embed
  // command): the map's own moves are written to the store as the view they already show, so they do not move it.
  const storeView = useAppStore((s) => s.view);
  const followed = useRef(useAppStore.getState().view);
  const [ready, setReady] = useState(false);
  const [overlaysDrawn, setOverlaysDrawn] = useState(false);
  const [engineFailed, setEngineFailed] = useState(false);
  // MapLibre's workers: a script that never arrived leaves a blank map, so they are asked whether they run.
  useEffect(() => {
    let live = true;
    void mapWorkersAnswer().then((answer) => {
      if (live && !answer) setEngineFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);
  // The first idle that counts is the choropleth's: its colours written, or none to write (the data failed, or no
  // layer is chosen).
  const coloured = useRef(false);
  const onColoured = useCallback(() => {
    coloured.current = true;
  }, []);
  useEffect(() => {
    const settled = (s: ReturnType<typeof useAppStore.getState>) =>
      s.dataStatus === "error" || (s.dataStatus === "ready" && selectFeatureStates(s) === null);
    const check = (s: ReturnType<typeof useAppStore.getState>) => {
      if (coloured.current || !settled(s)) return;
      coloured.current = true;
      mapRef.current?.getMap().triggerRepaint();
    };
    // The data may have failed before the map was there (a refused ?data= fails at once).
    check(useAppStore.getState());
    return useAppStore.subscribe(check);
  }, []);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || sameView(storeView, followed.current)) return;
    followed.current = storeView;
    if (!storeView) {
      map.fitBounds(REGION_BOUNDS, { padding: 16, duration: 0 });
      return;
    }
    const c = map.getCenter();
    if (!sameView(storeView, roundView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() })))
      map.jumpTo({ center: [storeView.lon, storeView.lat], zoom: storeView.zoom });
    // Again once the map is ready, for a view that arrived before it was.
  }, [storeView, ready]);

  // Keyboard: with the map focused (the arrow keys pan it, + and - zoom), Enter or Space selects the municipality at
  // its centre.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready) return;
    const canvas = map.getCanvas();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      const [hit] = map.queryRenderedFeatures(map.project(map.getCenter()), { layers: [LAYER.municipalityFill] });
      const id = hit?.properties?.id;
      if (typeof id === "string") select(id);
    };
    canvas.addEventListener("keydown", onKey);
    return () => canvas.removeEventListener("keydown", onKey);
  }, [ready, select]);

  // On a phone the panel is a bottom sheet over the lower part of the map: a selected municipality that would sit
  // under it is moved into the part still visible.
  const selectedId = useAppStore((s) => s.selectedId);
  const sheet = useInteractionStore((s) => s.sheet);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready || !geo || !selectedId) return;
    const covered = coveredBySheet(map.getContainer().clientHeight, sheet);
    if (!covered) return;
    const label = geo.labels.features.find((f) => f.properties.id === selectedId);
    if (!label) return;
    const [lon, lat] = label.geometry.coordinates as [number, number];
    if (map.project([lon, lat]).y > map.getContainer().clientHeight - covered - 16)
      map.easeTo({ center: [lon, lat], offset: [0, -covered / 2], duration: 300 });
  }, [selectedId, sheet, ready, geo]);

  // Bring a searched-for municipality into view: once, as soon as the map and the municipalities are there (an
  // embed's sel= asks before either).
  const focused = useRef<typeof focusRequest>(null);
  useEffect(() => {
    if (!focusRequest || focused.current === focusRequest || !geo || !mapRef.current) return;
    focused.current = focusRequest;
    const ids = new Set(cityGroupById.get(focusRequest.id)?.members ?? [focusRequest.id]);
    const features = geo.municipalities.features.filter((f) => ids.has(f.properties.id));
    if (features.length === 0) return;
    const [w, s, e, n] = bbox(featureCollection(features));
    focusing.current = true;
    // Clear of a phone's bottom sheet, which opens with the selection.
    const covered = coveredBySheet(mapRef.current.getContainer().clientHeight, useInteractionStore.getState().sheet);
    mapRef.current.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      {
        padding: covered ? { top: 40, left: 40, right: 40, bottom: 40 + covered } : 80,
        maxZoom: 10,
        duration: 600,
      },
    );
  }, [focusRequest, geo, ready]);

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      if (e.originalEvent.buttons !== 0) return; // dragging: no hover work while panning
      const feature = e.features?.[0];
      const id = feature?.properties?.id;
      if (feature?.layer.id === LAYER.organisationClusters) {
        setHover(null);
        setCursor("zoom-in");
      } else if (typeof id === "string") {
        setHover(
          feature?.layer.id === LAYER.organisations
            ? { id, kind: "organisation", x: e.point.x, y: e.point.y }
            : { id, x: e.point.x, y: e.point.y },
        );
        setCursor("pointer");
      } else {
        setHover(null);
        setCursor("");
      }
    },
    [setHover],
  );
  const onMouseLeave = useCallback(() => {
    setHover(null);
    setCursor("");
  }, [setHover]);
  const [placePopup, setPlacePopup] = useState<{ id: string; at: [number, number] } | null>(null);
  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      const id = feature?.properties?.id;
      if (feature?.layer.id === LAYER.organisationClusters) {
        // A cluster zooms in to where it falls apart, as on every map with clusters.
        const clusterId: unknown = feature.properties?.cluster_id;
        const source = e.target.getSource<GeoJSONSource>(SOURCE.organisations);
        if (typeof clusterId !== "number" || !source || feature.geometry.type !== "Point") return;
        const [lon, lat] = feature.geometry.coordinates;
        void source
          .getClusterExpansionZoom(clusterId)
          .then((zoom) => e.target.easeTo({ center: [lon!, lat!], zoom, duration: 500 }));
        return;
      }
      if (feature?.layer.id === LAYER.organisations && typeof id === "string") {
        openOrganisation(id);
        return;
      }
      select(typeof id === "string" ? id : null);
      setPlacePopup(
        typeof id === "string" && feature?.layer.id === LAYER.namedPlaces && feature.geometry.type === "Point"
          ? { id, at: [feature.geometry.coordinates[0]!, feature.geometry.coordinates[1]!] }
          : null,
      );
    },
    [select, openOrganisation],
  );
  const onMoveEnd = useCallback(
    (e: ViewStateChangeEvent) => {
      const { longitude, latitude, zoom } = e.viewState;
      setView(formatView(longitude, latitude, zoom));
      // Only the user's moves become shareable state (the initial framing is the default).
      if (e.originalEvent || focusing.current) setStoreView(roundView({ lon: longitude, lat: latitude, zoom }));
      focusing.current = false;
    },
    [setStoreView],
  );

  return (
    <div
      className="map"
      data-testid="map"
      data-view={view}
      data-ready={ready ? "true" : "false"}
      data-overlays={overlaysDrawn ? "true" : "false"}
      role="region"
      aria-label={t("map.ariaLabel")}
    >
      <Map
        ref={mapRef}
        initialViewState={initialViewState}
        mapStyle={mapStyle}
        interactiveLayerIds={INTERACTIVE}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={onClick}
        onMoveEnd={onMoveEnd}
        onIdle={(e) => {
          // For benchmarks: every time the map has finished drawing (test/bench/run.ts).
          // Only the latest is kept: a mark per idle would pile up over a long session.
          performance.clearMarks("wb-radar:idle");
          performance.mark("wb-radar:idle");
          if (ready && !overlaysDrawn && e.target.getSource(SOURCE.namedPlaces)) {
            performance.mark("wb-radar:overlays-idle");
            setOverlaysDrawn(true);
          }
          // Ready once the municipalities are drawn in their colours, not merely the empty base map.
          if (ready || !e.target.getLayer(LAYER.municipalityFill) || !coloured.current) return;
          performance.mark("wb-radar:first-idle");
          // A narrow map shows the attribution folded behind its ⓘ button (MapLibre opens it at first).
          if (e.target.getContainer().clientWidth < 480)
            e.target
              .getContainer()
              .querySelector(".maplibregl-ctrl-attrib.maplibregl-compact-show")
              ?.classList.remove("maplibregl-compact-show");
          setReady(true);
          onReady?.();
        }}
        onLoad={(e) => {
          performance.mark("wb-radar:map-load");
          exposeMapForTests(e.target);
          registerMap(e.target);

          const c = e.target.getCenter();
          setView(formatView(c.lng, c.lat, e.target.getZoom()));
        }}
        cursor={cursor}
        attributionControl={false}
        minZoom={4}
        maxZoom={14}
        // Labels and markers appear at once: a fade costs a frame per step, ~100 ms each in software GL.
        fadeDuration={0}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        style={{ position: "absolute", inset: 0 }}
      >
        {geo && (
          <MunicipalityLayers
            geo={geo}
            basemap={config.basemapStyleUrl !== undefined}
            overlays={ready}
            onColoured={onColoured}
          />
        )}
        {placePopup && (
          <PlacePopup municipalityId={placePopup.id} at={placePopup.at} onClose={() => setPlacePopup(null)} />
        )}
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" />
        <AttributionControl
          key={i18n.language}
          position="bottom-right"
          customAttribution={attribution(t("map.attributionBoundaries"), t("map.attributionLicence"))}
        />
      </Map>
      {geo && <HoverTooltip geo={geo} />}
      {periodControl && ready && <PeriodControl />}
      {engineFailed && <MapFault />}
    </div>
  );
}
