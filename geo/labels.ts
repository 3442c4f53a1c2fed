/** Label points: the pole of inaccessibility of each municipality's largest part. */
import type { Feature, MultiPolygon, Point, Polygon } from "geojson";
import { labelPoint } from "../src/geo/labelPoint.ts";
import { LOCALES, nameKey, type MunicipalityProps } from "../src/geo/schema.ts";

type LabelProps = Pick<MunicipalityProps, "id" | "country" | "name" | `name:${(typeof LOCALES)[number]}`> & {
  rank: number;
};

export function labelFeatures(
  features: ReadonlyArray<Feature<Polygon | MultiPolygon, MunicipalityProps>>,
): Feature<Point, LabelProps>[] {
  const byArea = [...features].sort((a, b) => b.properties.area - a.properties.area);
  return byArea.map((f, rank) => {
    const p = f.properties;
    const names = Object.fromEntries(LOCALES.map((l) => [nameKey(l), p[nameKey(l)]])) as Pick<
      LabelProps,
      `name:${(typeof LOCALES)[number]}`
    >;
    return {
      type: "Feature",
      properties: { id: p.id, country: p.country, name: p.name, ...names, rank },
      geometry: { type: "Point", coordinates: labelPoint(f.geometry) },
    };
  });
}
