/**
 * Points for the organisation markers, never more precise than each record
 * allows: its own point only with `exact` precision, otherwise its
 * municipality's label point; organisations known only by country are not
 * drawn (and counted, for the legend). Pure.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import type { Organisation } from "../data/schema.ts";
import type { GeoLayers } from "../geo/load.ts";

export function organisationPoints(
  organisations: readonly Organisation[],
  geo: GeoLayers,
): { points: FeatureCollection<Point, { id: string; kind: string | null }>; countryOnly: number } {
  const labelOf = new Map(geo.labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  let countryOnly = 0;
  const features = organisations.flatMap((o): Array<Feature<Point, { id: string; kind: string | null }>> => {
    const at =
      o.locationPrecision === "exact" && o.point
        ? o.point
        : o.municipalityId
          ? labelOf.get(o.municipalityId)
          : undefined;
    if (!at) {
      countryOnly++;
      return [];
    }
    return [
      {
        type: "Feature" as const,
        properties: { id: o.id, kind: o.kind ?? null },
        geometry: { type: "Point" as const, coordinates: [at[0]!, at[1]!] },
      },
    ];
  });
  return { points: { type: "FeatureCollection", features }, countryOnly };
}
