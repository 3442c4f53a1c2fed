/**
 * The seed studies' warning: communities next to a donor's focus area or a
 * place named in reporting, with similar risks, get nothing. Pure.
 */
import type { Dataset, Place } from "../data/schema.ts";
import type { MunicipalityMetrics } from "./metrics.ts";
import type { Neighbours } from "./neighbours.ts";

export interface OverlookedNeighbour {
  id: string;
  /** The named municipalities it borders, with the places that name them. */
  nextTo: Array<{ municipalityId: string; places: Place[] }>;
}

/**
 * Municipalities a source names in any way: in a project (as a target, or as a member of a region a project
 * names) or in a place (a donor's focus area, a report). Such a municipality is never called overlooked, whatever
 * the filters: a cited source names it.
 */
export function namedAnywhere(dataset: Pick<Dataset, "projects" | "places" | "regions">): Set<string> {
  const members = new Map(dataset.regions.map((r) => [r.id, r.municipalityIds]));
  const named = new Set<string>();
  for (const p of dataset.projects) {
    for (const id of p.targetMunicipalities) named.add(id);
    for (const r of p.targetRegions) for (const id of members.get(r) ?? []) named.add(id);
  }
  for (const place of dataset.places) for (const id of place.municipalityIds) named.add(id);
  return named;
}

/**
 * The rule, in words (shown beside the list): a municipality is overlooked when it borders a municipality named
 * in `places`, no cited source names it (`named`, see namedAnywhere), and no project under the current filters
 * names it or a region including it — a project covering a whole country does not count as naming it.
 * Most-surrounded first.
 */
export function overlookedNeighbours(
  places: readonly Place[],
  neighbours: Neighbours,
  metrics: ReadonlyMap<string, MunicipalityMetrics>,
  {
    named = new Set<string>(),
    countCountryWide = false,
  }: { named?: ReadonlySet<string>; countCountryWide?: boolean } = {},
): OverlookedNeighbour[] {
  const placesOf = new Map<string, Place[]>();
  for (const place of places)
    for (const id of new Set(place.municipalityIds)) placesOf.set(id, [...(placesOf.get(id) ?? []), place]);
  const result = new Map<string, OverlookedNeighbour>();
  for (const [placed, namedPlaces] of placesOf)
    for (const id of neighbours.get(placed) ?? []) {
      const m = metrics.get(id);
      const namingProjects = (m?.projects ?? 0) - (countCountryWide ? (m?.countryWideProjects ?? 0) : 0);
      if (placesOf.has(id) || named.has(id) || namingProjects > 0 || (m?.regionProjects ?? 0) > 0) continue;
      const entry = result.get(id) ?? { id, nextTo: [] };
      entry.nextTo.push({ municipalityId: placed, places: namedPlaces });
      result.set(id, entry);
    }
  return [...result.values()].sort((a, b) => b.nextTo.length - a.nextTo.length || a.id.localeCompare(b.id));
}
