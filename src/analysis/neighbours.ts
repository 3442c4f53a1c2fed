/**
 * Which municipalities share a border. The geo build simplifies with
 * topology preserved (neighbours keep identical shared vertices, snapped to
 * 0.0001°), so two municipalities share a border exactly when they share at
 * least two vertices; a single shared point is a corner touch, not a border.
 * Pure; tested against turf on the real layer.
 */
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

export type Neighbours = ReadonlyMap<string, ReadonlySet<string>>;

function vertices(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}

export function findNeighbours(features: ReadonlyArray<Feature<Polygon | MultiPolygon, { id: string }>>): Neighbours {
  const owners = new Map<string, string[]>();
  for (const f of features) {
    const seen = new Set<string>();
    for (const [x, y] of vertices(f.geometry)) {
      const key = `${x},${y}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = owners.get(key);
      if (list) list.push(f.properties.id);
      else owners.set(key, [f.properties.id]);
    }
  }
  const shared = new Map<string, number>();
  for (const ids of owners.values()) {
    if (ids.length < 2) continue;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const pair = ids[i]! < ids[j]! ? `${ids[i]}|${ids[j]}` : `${ids[j]}|${ids[i]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
  }
  const result = new Map<string, Set<string>>(features.map((f) => [f.properties.id, new Set<string>()]));
  for (const [pair, count] of shared) {
    if (count < 2) continue;
    const [a, b] = pair.split("|") as [string, string];
    result.get(a)!.add(b);
    result.get(b)!.add(a);
  }
  return result;
}
