/**
 * Label points: the pole of inaccessibility of each municipality's (and each country's) largest part. Only the id
 * and the rank are stored; the app joins the names from the municipality (src/geo/topology.ts).
 */
import type { Feature, MultiPolygon, Point, Polygon } from "geojson";
import { labelPoint } from "../src/geo/labelPoint.ts";
import type { CountryCode, MunicipalityProps } from "../src/geo/schema.ts";

/** Larger municipalities first: `rank` orders the labels MapLibre places. */
export function labelFeatures(
  features: ReadonlyArray<Feature<Polygon | MultiPolygon, Pick<MunicipalityProps, "id" | "area">>>,
): Feature<Point, { id: string; rank: number }>[] {
  const byArea = [...features].sort((a, b) => b.properties.area - a.properties.area);
  return byArea.map((f, rank) => ({
    type: "Feature",
    properties: { id: f.properties.id, rank },
    geometry: { type: "Point", coordinates: labelPoint(f.geometry) },
  }));
}

export function countryLabelFeatures(
  features: ReadonlyArray<Feature<Polygon | MultiPolygon, { country: CountryCode }>>,
): Feature<Point, { country: CountryCode }>[] {
  return features.map((f) => ({
    type: "Feature",
    properties: { country: f.properties.country },
    geometry: { type: "Point", coordinates: labelPoint(f.geometry) },
  }));
}
