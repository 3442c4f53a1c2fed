/**
 * Writes the app's geometry file (src/geo/topology.ts reads it): the layers as one TopoJSON topology, quantized.
 * Shared borders become shared arcs, so the municipalities and the country outlines dissolved from them cost
 * little more than the municipalities alone.
 */
import { topology } from "topojson-server";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { Topology } from "topojson-specification";
import type { CountryCode, MunicipalityProps } from "../src/geo/schema.ts";

/**
 * Grid cells across the region's extent: 20,000 is ~35 m here, finer than what the simplification already moves
 * (geo/simplify.ts), and ~25 KB gzip less than 100,000.
 */
export const QUANTIZATION = 20_000;

export interface GeoFileLayers {
  municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProps>;
  countries: FeatureCollection<Polygon | MultiPolygon, { country: CountryCode }>;
  labels: ReadonlyArray<Feature<Point, { id: string; rank: number }>>;
  countryLabels: ReadonlyArray<Feature<Point, { country: CountryCode }>>;
}

export function encodeGeoFile(layers: GeoFileLayers, quantization = QUANTIZATION): Topology {
  const collection = <G extends Feature["geometry"], P>(features: ReadonlyArray<Feature<G, P>>) => ({
    type: "FeatureCollection" as const,
    features: [...features],
  });
  return topology(
    {
      municipalities: layers.municipalities,
      countries: layers.countries,
      labels: collection(layers.labels),
      countryLabels: collection(layers.countryLabels),
    },
    quantization,
  );
}
