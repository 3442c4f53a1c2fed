/**
 * The map's style as typed data: the offline base style and every layer WB
 * Radar draws, in drawing order. Components render these; nothing else calls
 * addLayer. Language-dependent layers are built by functions of the locale.
 */
import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import type { LayerProps } from "react-map-gl/maplibre";
import { nameKey, type CountryCode, type Locale } from "../geo/schema.ts";
import { PATTERN_IMAGE } from "./patterns.ts";

/**
 * The six countries' extent (south-west, north-east corners), framed at start at any screen shape.
 * A test checks that it contains every municipality of the built layer.
 */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [15.7, 39.6],
  [23.1, 46.2],
];

export const SOURCE = {
  municipalities: "municipalities",
  countries: "countries",
  labels: "municipality-labels",
  countryLabels: "country-labels",
  namedPlaces: "named-places",
  organisations: "organisations",
} as const;

export const LAYER = {
  background: "background",
  countryFill: "country-fill",
  municipalityFill: "municipality-fill",
  noDataPattern: "no-data-pattern",
  indirectPattern: "indirect-pattern",
  municipalityHover: "municipality-hover",
  municipalityLine: "municipality-line",
  countryLine: "country-line",
  municipalitySelected: "municipality-selected",
  overlooked: "overlooked-outline",
  organisationClusters: "organisation-clusters",
  organisationClusterCount: "organisation-cluster-count",
  organisations: "organisations",
  namedPlaces: "named-places",
  municipalityLabel: "municipality-label",
  countryLabel: "country-label",
} as const;

export const COLORS = {
  background: "#dde5ea",
  land: "#f7f6f2",
  municipalityLine: "#8d9aa3",
  countryLine: "#3d4a53",
  hover: "#f2a900",
  selected: "#0b57d0",
  label: "#26323a",
  halo: "#ffffff",
  overlooked: "#d94801",
  donorFocus: "#6a3d9a",
  reported: "#b2182b",
} as const;

export const FONT_REGULAR = "Noto Sans Regular";
export const FONT_SEMIBOLD = "Noto Sans SemiBold";

/** Glyphs are generated at install time and served by the app itself (see geo/glyphs.ts). */
export function glyphsUrl(origin: string, base: string): string {
  return `${origin}${base}glyphs/{fontstack}/{range}.pbf`;
}

export function baseStyle(glyphs: string): StyleSpecification {
  return {
    version: 8,
    name: "WB Radar offline",
    glyphs,
    sources: {},
    layers: [{ id: LAYER.background, type: "background", paint: { "background-color": COLORS.background } }],
  };
}

export const countryFillLayer: LayerProps = {
  id: LAYER.countryFill,
  source: SOURCE.countries,
  type: "fill",
  paint: { "fill-color": COLORS.land },
};

/**
 * The choropleth: each municipality filled with the colour in its feature
 * state (src/map/choropleth.ts), land colour until the data has arrived. It
 * also catches hover and clicks.
 */
export const municipalityFillLayer: LayerProps = {
  id: LAYER.municipalityFill,
  source: SOURCE.municipalities,
  type: "fill",
  paint: {
    "fill-color": ["coalesce", ["feature-state", "fill"], COLORS.land],
    "fill-opacity": ["case", ["boolean", ["feature-state", "dim"], false], 0.2, 0.85],
  },
};

/**
 * A pattern over the fill where the feature state asks for it (choropleth.ts): "no data" cross-hatched, coverage
 * that reaches a municipality without naming it hatched. One layer per pattern: a pattern cannot follow feature
 * state, its opacity can.
 */
function patternLayer(id: string, pattern: keyof typeof PATTERN_IMAGE): LayerProps {
  return {
    id,
    source: SOURCE.municipalities,
    type: "fill",
    paint: {
      "fill-pattern": PATTERN_IMAGE[pattern],
      "fill-opacity": ["case", ["==", ["feature-state", "pattern"], pattern], 1, 0],
    },
  };
}
export const noDataPatternLayer = patternLayer(LAYER.noDataPattern, "no-data");
export const indirectPatternLayer = patternLayer(LAYER.indirectPattern, "indirect");

export const municipalityLineLayer: LayerProps = {
  id: LAYER.municipalityLine,
  source: SOURCE.municipalities,
  type: "line",
  paint: {
    "line-color": COLORS.municipalityLine,
    "line-width": ["interpolate", ["linear"], ["zoom"], 6, 0.3, 9, 0.8, 12, 1.5],
  },
};

export const countryLineLayer: LayerProps = {
  id: LAYER.countryLine,
  source: SOURCE.countries,
  type: "line",
  layout: { "line-join": "round" },
  paint: {
    "line-color": COLORS.countryLine,
    "line-width": ["interpolate", ["linear"], ["zoom"], 5, 1, 10, 2.5],
  },
};

const byId = (id: string | null): ExpressionSpecification => ["==", ["get", "id"], id ?? ""];

export function municipalityHoverLayer(id: string | null): LayerProps {
  return {
    id: LAYER.municipalityHover,
    source: SOURCE.municipalities,
    type: "fill",
    filter: byId(id),
    paint: { "fill-color": COLORS.hover, "fill-opacity": 0.35 },
  };
}

/** The selection outline: one municipality, or every member of a selected city (gazetteer.ts). */
export function municipalitySelectedLayer(id: string | null, members?: readonly string[]): LayerProps {
  return {
    id: LAYER.municipalitySelected,
    source: SOURCE.municipalities,
    type: "line",
    filter: members ? ["in", ["get", "id"], ["literal", [...members]]] : byId(id),
    layout: { "line-join": "round" },
    paint: {
      "line-color": COLORS.selected,
      "line-width": ["interpolate", ["linear"], ["zoom"], 5, 2, 10, 4],
    },
  };
}

/** Municipality names in the active language, the official local name where a language has none. */
export function municipalityLabelLayer(locale: Locale): LayerProps {
  return {
    id: LAYER.municipalityLabel,
    source: SOURCE.labels,
    type: "symbol",
    minzoom: 7,
    layout: {
      "text-field": ["coalesce", ["get", nameKey(locale)], ["get", "name"]],
      "text-font": [FONT_REGULAR],
      "text-size": ["interpolate", ["linear"], ["zoom"], 7, 10, 10, 13],
      "text-max-width": 8,
      "symbol-sort-key": ["get", "rank"],
      "text-padding": 3,
    },
    paint: { "text-color": COLORS.label, "text-halo-color": COLORS.halo, "text-halo-width": 1.4 },
  };
}

export function countryLabelLayer(names: Readonly<Record<CountryCode, string>>): LayerProps {
  const match: ExpressionSpecification = [
    "match",
    ["get", "country"],
    ...Object.entries(names).flat(),
    "",
  ] as unknown as ExpressionSpecification;
  return {
    id: LAYER.countryLabel,
    source: SOURCE.countryLabels,
    type: "symbol",
    maxzoom: 7.5,
    layout: {
      "text-field": match,
      "text-font": [FONT_SEMIBOLD],
      "text-size": ["interpolate", ["linear"], ["zoom"], 5, 12, 7, 16],
      "text-transform": "uppercase",
      "text-letter-spacing": 0.08,
      "text-max-width": 7,
      // Markers are placed first (they sit above): where one covers the label point, the name moves beside it
      // instead of disappearing.
      "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
      "text-radial-offset": 1.1,
    },
    paint: {
      "text-color": COLORS.countryLine,
      "text-halo-color": COLORS.halo,
      "text-halo-width": 1.6,
      "text-opacity": 0.85,
    },
  };
}

/** Municipalities next to a named place with no project (feature state "overlooked"): a dashed outline. */
export function overlookedLayer(visible: boolean): LayerProps {
  return {
    id: LAYER.overlooked,
    source: SOURCE.municipalities,
    type: "line",
    layout: { visibility: visible ? "visible" : "none", "line-join": "round" },
    paint: {
      "line-opacity": ["case", ["boolean", ["feature-state", "overlooked"], false], 1, 0],
      "line-color": COLORS.overlooked,
      "line-width": ["interpolate", ["linear"], ["zoom"], 5, 1.5, 10, 3],
      "line-dasharray": [2, 1],
    },
  };
}

/** A marker on each municipality a source names: purple for a donor's focus, red for public reporting. */
export function namedPlacesLayer(visible: boolean): LayerProps {
  return {
    id: LAYER.namedPlaces,
    source: SOURCE.namedPlaces,
    type: "circle",
    layout: { visibility: visible ? "visible" : "none" },
    paint: {
      "circle-radius": ["interpolate", ["linear"], ["zoom"], 5, 4, 10, 8],
      "circle-color": ["match", ["get", "kind"], "donor-focus", COLORS.donorFocus, COLORS.reported],
      "circle-stroke-color": COLORS.halo,
      "circle-stroke-width": 1.5,
    },
  };
}

/**
 * Organisation kinds in the Okabe–Ito colour-blind-safe palette, and three from Paul Tol's muted palette (also made
 * for colour-blind readers) for the kinds added later; grey where the kind is not known. A test checks every kind has one.
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  "think-tank": "#0072B2",
  women: "#CC79A7",
  youth: "#E69F00",
  "faith-based": "#009E73",
  community: "#56B4E9",
  media: "#D55E00",
  network: "#000000",
  government: "#F0E442",
  international: "#7f7f7f",
  cso: "#332288",
  academic: "#88CCEE",
  foundation: "#882255",
};
export const UNKNOWN_KIND_COLOR = "#bdbdbd";

/** Organisations: clusters with their count, single ones coloured by kind. */
export function organisationLayers(visible: boolean): LayerProps[] {
  const visibility = visible ? "visible" : "none";
  const kindColor = [
    "match",
    ["coalesce", ["get", "kind"], ""],
    ...Object.entries(KIND_COLORS).flat(),
    UNKNOWN_KIND_COLOR,
  ] as unknown as ExpressionSpecification;
  return [
    {
      id: LAYER.organisationClusters,
      source: SOURCE.organisations,
      type: "circle",
      filter: ["has", "point_count"],
      layout: { visibility },
      paint: {
        "circle-color": "#ffffff",
        "circle-stroke-color": COLORS.countryLine,
        "circle-stroke-width": 1.5,
        "circle-radius": ["step", ["get", "point_count"], 9, 10, 12, 50, 16],
      },
    },
    {
      id: LAYER.organisationClusterCount,
      source: SOURCE.organisations,
      type: "symbol",
      filter: ["has", "point_count"],
      layout: {
        visibility,
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": [FONT_SEMIBOLD],
        "text-size": 11,
        "text-allow-overlap": true,
      },
      paint: { "text-color": COLORS.countryLine },
    },
    {
      id: LAYER.organisations,
      source: SOURCE.organisations,
      type: "circle",
      filter: ["!", ["has", "point_count"]],
      layout: { visibility },
      paint: {
        "circle-color": kindColor,
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 5, 4, 10, 7],
        "circle-stroke-color": COLORS.halo,
        "circle-stroke-width": 1.5,
      },
    },
  ];
}
