/** Points for the named-places markers: one per municipality a place names, at its label point. Pure. */
import type { FeatureCollection, Point } from "geojson";
import type { Place } from "../data/schema.ts";
import type { GeoLayers } from "../geo/load.ts";

export function namedPlacePoints(
  places: readonly Place[],
  geo: GeoLayers,
): FeatureCollection<Point, { id: string; kind: Place["kind"] }> {
  const labelOf = new Map(geo.labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  const kindOf = new Map<string, Place["kind"]>();
  for (const place of places)
    for (const id of place.municipalityIds)
      // Reported beats donor focus when both name a municipality: it is the stronger statement.
      if (kindOf.get(id) !== "reported") kindOf.set(id, place.kind);
  return {
    type: "FeatureCollection",
    features: [...kindOf].flatMap(([id, kind]) => {
      const at = labelOf.get(id);
      return at
        ? [
            {
              type: "Feature" as const,
              properties: { id, kind },
              geometry: { type: "Point" as const, coordinates: at },
            },
          ]
        : [];
    }),
  };
}
