/** The municipality, country and label layers, from the typed style module. */
import { cityGroupById } from "../geo/gazetteer.ts";
import { useEffect, useMemo, useRef } from "react";
import { Layer, Source, useMap } from "react-map-gl/maplibre";
import { useTranslation } from "react-i18next";
import { COUNTRY_CODES, type CountryCode } from "../geo/schema.ts";
import type { GeoLayers } from "../geo/load.ts";
import { currentLocale } from "../i18n/index.ts";
import { selectFeatureStates, selectOrganisationPoints } from "../state/derived.ts";
import { namedPlacePoints } from "./namedPlaces.ts";
import { useInteractionStore } from "../state/interaction.ts";
import { useAppStore } from "../state/store.ts";
import { writeStates, type MunicipalityState } from "./choropleth.ts";
import { PATTERN_IMAGE, PATTERN_PIXEL_RATIO, patternImage } from "./patterns.ts";
import {
  countryFillLayer,
  countryLabelLayer,
  countryLineLayer,
  indirectPatternLayer,
  municipalityFillLayer,
  noDataPatternLayer,
  municipalityHoverLayer,
  municipalityLabelLayer,
  municipalityLineLayer,
  municipalitySelectedLayer,
  namedPlacesLayer,
  organisationLayers,
  overlookedLayer,
  LAYER,
  SOURCE,
} from "./style.ts";

/**
 * Writes each municipality's colour, pattern and "overlooked" flag into the map's feature state; `onWritten` hears
 * of each write.
 */
function ChoroplethState({ onWritten }: { onWritten?: () => void }) {
  const { current: map } = useMap();
  const states = useAppStore(selectFeatureStates);
  // What was last written, so that a change only touches the municipalities whose state changed.
  const written = useRef<{ source: unknown; states: ReadonlyMap<string, MunicipalityState> } | null>(null);
  useEffect(() => {
    if (!map || !states) return;
    const apply = () => {
      const source = map.getSource(SOURCE.municipalities);
      if (!source) return false;
      const before = written.current?.source === source ? written.current.states : undefined;
      writeStates(
        (id, state) => map.setFeatureState({ source: SOURCE.municipalities, id }, { ...state }),
        states,
        before,
      );
      written.current = { source, states };
      // For benchmarks: the first frame drawn with the new colours (test/bench/run.ts).
      map.once("render", () => {
        performance.clearMarks("wb-radar:choropleth-drawn");
        performance.mark("wb-radar:choropleth-drawn");
      });
      onWritten?.();
      return true;
    };
    if (apply()) return;
    // The source is added once the style has loaded.
    const onData = () => {
      if (apply()) map.off("sourcedata", onData);
    };
    map.on("sourcedata", onData);
    return () => {
      map.off("sourcedata", onData);
    };
  }, [map, states, onWritten]);
  return null;
}

/** The fill patterns' images, added to the style when it asks for them (again after a style change). */
function PatternImages() {
  const { current: map } = useMap();
  useEffect(() => {
    if (!map) return;
    const add = (pattern: keyof typeof PATTERN_IMAGE) => {
      if (!map.hasImage(PATTERN_IMAGE[pattern]))
        map.addImage(PATTERN_IMAGE[pattern], patternImage(pattern), { pixelRatio: PATTERN_PIXEL_RATIO });
    };
    const onMissing = (e: { id: string }) => {
      const pattern = (Object.keys(PATTERN_IMAGE) as Array<keyof typeof PATTERN_IMAGE>).find(
        (p) => PATTERN_IMAGE[p] === e.id,
      );
      if (pattern) add(pattern);
    };
    // Added up front, so the first tiles are laid out with them; on demand again after a style change.
    const addAll = () => (Object.keys(PATTERN_IMAGE) as Array<keyof typeof PATTERN_IMAGE>).forEach(add);
    try {
      addAll();
    } catch {
      map.once("style.load", addAll); // the style itself has not arrived yet
    }
    map.on("styleimagemissing", onMissing);
    return () => {
      map.off("style.load", addAll);
      map.off("styleimagemissing", onMissing);
    };
  }, [map]);
  return null;
}

/** Named places and the overlooked municipalities next to them. */
function GapOverlays({ geo }: { geo: GeoLayers }) {
  const overlays = useAppStore((s) => s.overlays);
  const places = useAppStore((s) => s.data?.dataset.places);
  const outline = useMemo(() => overlookedLayer(overlays.includes("overlooked")), [overlays]);
  const markers = useMemo(() => namedPlacesLayer(overlays.includes("places")), [overlays]);
  const points = useMemo(() => namedPlacePoints(places ?? [], geo), [places, geo]);
  return (
    <>
      <Source id={SOURCE.namedPlaces} type="geojson" data={points} />
      <Layer {...outline} beforeId={LAYER.municipalitySelected} />
      <Layer {...markers} beforeId={LAYER.municipalitySelected} />
    </>
  );
}

/** Organisations under the current filters, clustered, coloured by kind. */
function OrganisationMarkers() {
  const visible = useAppStore((s) => s.overlays.includes("organisations"));
  const markers = useAppStore(selectOrganisationPoints);
  const layers = useMemo(() => organisationLayers(visible), [visible]);
  if (!markers) return null;
  return (
    <Source
      id={SOURCE.organisations}
      type="geojson"
      data={markers.points}
      cluster
      clusterRadius={36}
      clusterMaxZoom={11}
    >
      {layers.map((layer) => (
        <Layer key={layer.id} {...layer} beforeId={LAYER.municipalitySelected} />
      ))}
    </Source>
  );
}

function HoverHighlight() {
  const hoveredId = useInteractionStore((s) => (s.hover && !s.hover.kind ? s.hover.id : null));
  const layer = useMemo(() => municipalityHoverLayer(hoveredId), [hoveredId]);
  return <Layer {...layer} />;
}

function SelectedOutline() {
  const selectedId = useAppStore((s) => s.selectedId);
  const layer = useMemo(
    () => municipalitySelectedLayer(selectedId, selectedId ? cityGroupById.get(selectedId)?.members : undefined),
    [selectedId],
  );
  return <Layer {...layer} />;
}

/**
 * With an online basemap (config.basemapStyleUrl) the basemap draws land and
 * place labels with its own glyphs: the offline land fill and our label layers
 * (whose fonts it may not serve) are left out.
 *
 * The choropleth comes first; the overlays (labels, organisations, named places) are added once `overlays` is set,
 * when the choropleth has been drawn, so that they do not hold it up. They stay in their order above it.
 */
export function MunicipalityLayers({
  geo,
  basemap,
  overlays,
  onColoured,
}: {
  geo: GeoLayers;
  basemap: boolean;
  overlays: boolean;
  /** Called when the choropleth's colours have been written. */
  onColoured?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const labelLayer = useMemo(() => municipalityLabelLayer(locale), [locale]);
  const countryNames = useMemo(
    () => Object.fromEntries(COUNTRY_CODES.map((c) => [c, t(`country.${c}`)])) as Record<CountryCode, string>,
    [t],
  );
  const countryLabels = useMemo(() => countryLabelLayer(countryNames), [countryNames]);

  return (
    <>
      <Source id={SOURCE.countries} type="geojson" data={geo.countries} />
      <Source id={SOURCE.municipalities} type="geojson" data={geo.municipalities} promoteId="id" />
      {/* Drawing order, bottom to top. */}
      {!basemap && <Layer {...countryFillLayer} />}
      <Layer {...municipalityFillLayer} />
      <PatternImages />
      <Layer {...noDataPatternLayer} />
      <Layer {...indirectPatternLayer} />
      <ChoroplethState onWritten={onColoured} />
      <HoverHighlight />
      <Layer {...municipalityLineLayer} />
      <Layer {...countryLineLayer} />
      <SelectedOutline />
      {overlays && (
        <>
          <GapOverlays geo={geo} />
          <OrganisationMarkers />
          <Source id={SOURCE.labels} type="geojson" data={geo.labels} />
          <Source id={SOURCE.countryLabels} type="geojson" data={geo.countryLabels} />
          {!basemap && <Layer {...labelLayer} />}
          {!basemap && <Layer {...countryLabels} />}
        </>
      )}
    </>
  );
}
