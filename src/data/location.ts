/**
 * Where an organisation may be shown. People working against extremism and
 * organised crime can be at risk, so a record never keeps a location more
 * precise than its `locationPrecision` allows: the map, exports and embeds
 * all read the coarsened record. Points without a municipality get one by
 * point-in-polygon against the municipality layer.
 */
import { booleanPointInPolygon, bbox } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { issue, type DataIssue } from "./issues.ts";
import type { Organisation } from "./schema.ts";

/** Municipality id containing a [lon, lat] point, if any. */
export type Locate = (point: readonly [number, number]) => string | undefined;

/** A point-in-polygon lookup over municipality features, with a bounding-box pre-check. */
export function createLocator(features: ReadonlyArray<Feature<Polygon | MultiPolygon, { id: string }>>): Locate {
  const indexed = features.map((f) => ({ feature: f, box: bbox(f) }));
  return ([lon, lat]) => {
    for (const { feature, box } of indexed) {
      if (lon < box[0] || lat < box[1] || lon > box[2] || lat > box[3]) continue;
      if (booleanPointInPolygon([lon, lat], feature)) return feature.properties.id;
    }
    return undefined;
  };
}

/** Gives points a municipality, then removes whatever is more precise than the record allows. */
export function placeOrganisations(
  organisations: readonly Organisation[],
  locate: Locate | undefined,
): { organisations: Organisation[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const placed = organisations.map((org) => {
    const where = { entity: "organisations" as const, recordId: org.id };
    const path = ["organisations", org.id];
    let result: Organisation = { ...org };
    if (org.point && !org.municipalityId && locate) {
      const municipalityId = locate(org.point);
      if (municipalityId) {
        result.municipalityId = municipalityId;
        issues.push(issue("info", "municipalityAssigned", [...path, "municipalityId"], { id: municipalityId }, where));
      } else {
        issues.push(issue("warning", "pointOutside", [...path, "point"], { field: "point" }, where));
      }
    }
    result = coarsen(result);
    const dropped = [
      org.point && !result.point ? "point" : undefined,
      org.municipalityId && !result.municipalityId ? "municipalityId" : undefined,
    ].filter((f): f is string => f !== undefined);
    if (dropped.length > 0)
      issues.push(
        issue(
          "warning",
          "pointHidden",
          [...path, dropped[0]!],
          { field: dropped.join(", "), precision: org.locationPrecision },
          where,
        ),
      );
    return result;
  });
  return { organisations: placed, issues };
}

/**
 * The record without the location details its precision does not allow. A
 * municipality-precision record whose municipality is unknown falls back to
 * country precision rather than keeping its point.
 */
export function coarsen(org: Organisation): Organisation {
  if (org.locationPrecision === "exact") return org;
  const result = { ...org };
  delete result.point;
  if (org.locationPrecision === "municipality" && org.municipalityId) return result;
  // Country only, or a point no municipality contains: nothing finer than the country.
  delete result.municipalityId;
  return { ...result, locationPrecision: "country" };
}
