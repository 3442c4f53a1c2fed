/** Label points: the pole of inaccessibility of a (multi)polygon's largest part. Pure. */
import { area as turfArea, polygon as turfPolygon } from "@turf/turf";
import polylabel from "polylabel";
import type { MultiPolygon, Polygon, Position } from "geojson";

function largestPart(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === "Polygon") return geometry.coordinates;
  let best = geometry.coordinates[0] as Position[][];
  let bestArea = -1;
  for (const part of geometry.coordinates) {
    const a = turfArea(turfPolygon(part));
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  return best;
}

/** A point inside the polygon, as far from its edges as possible (≈ 100 m precision), rounded to 5 decimals. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const [x, y] = polylabel(largestPart(geometry), 0.001);
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}
