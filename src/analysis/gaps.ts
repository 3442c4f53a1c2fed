/**
 * The seed studies' warning: communities next to a donor's focus area or a
 * place named in reporting, with similar risks, get nothing. Pure.
 */
import type { Place } from "../data/schema.ts";
import type { MunicipalityMetrics } from "./metrics.ts";
import type { Neighbours } from "./neighbours.ts";

export interface OverlookedNeighbour {
  id: string;
  /** The named municipalities it borders, with the places that name them. */
  nextTo: Array<{ municipalityId: string; places: Place[] }>;
}

/**
 * Municipalities that border a municipality named in `places`, are not named
 * themselves, and have no project naming them under the current filters.
 * Most-surrounded first.
 */
export function overlookedNeighbours(
  places: readonly Place[],
  neighbours: Neighbours,
  metrics: ReadonlyMap<string, MunicipalityMetrics>,
): OverlookedNeighbour[] {
  const placesOf = new Map<string, Place[]>();
  for (const place of places)
    for (const id of new Set(place.municipalityIds)) placesOf.set(id, [...(placesOf.get(id) ?? []), place]);
  const result = new Map<string, OverlookedNeighbour>();
  for (const [named, namedPlaces] of placesOf)
    for (const id of neighbours.get(named) ?? []) {
      if (placesOf.has(id) || (metrics.get(id)?.projects ?? 0) > 0) continue;
      const entry = result.get(id) ?? { id, nextTo: [] };
      entry.nextTo.push({ municipalityId: named, places: namedPlaces });
      result.set(id, entry);
    }
  return [...result.values()].sort((a, b) => b.nextTo.length - a.nextTo.length || a.id.localeCompare(b.id));
}
