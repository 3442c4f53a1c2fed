/**
 * What kind of coverage a municipality has, beyond the count the map is
 * coloured by. A municipality that no project names may still be reached by a
 * project naming a region that includes it, by a project covering its whole
 * country, or be named by a cited source (a donor's focus area, a report, a
 * project outside the current filters). It is then not "uncovered": the map
 * hatches it and the tooltip and panel say which kind applies. Pure.
 */
import type { MunicipalityMetrics } from "./metrics.ts";

export const COVERAGE_KINDS = ["named", "region", "country-wide", "source", "none"] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/**
 * The most specific coverage that applies: a project naming it (under the filters), else a project naming a region
 * including it, else a whole-country project, else a cited source naming it, else none.
 */
export function coverageKindOf(
  metrics: MunicipalityMetrics | undefined,
  namedBySource: boolean,
  countCountryWide = false,
): CoverageKind {
  if (metrics) {
    const naming = metrics.projects - (countCountryWide ? metrics.countryWideProjects : 0);
    if (naming > 0) return "named";
    if (metrics.regionProjects > 0) return "region";
    if (metrics.countryWideProjects > 0) return "country-wide";
  }
  return namedBySource ? "source" : "none";
}

/**
 * Reached in some way. Where the mapped figure is 0 (no project names it; or, for organisations, none is based
 * there) a reached municipality is hatched rather than shown as plain "none", and it is never listed as uncovered.
 */
export const isReached = (kind: CoverageKind): boolean => kind !== "none";

/** Each municipality's coverage kind under the current filters. */
export function coverageKinds(
  metrics: ReadonlyMap<string, MunicipalityMetrics>,
  named: ReadonlySet<string>,
  countCountryWide = false,
): Map<string, CoverageKind> {
  const kinds = new Map<string, CoverageKind>();
  for (const [id, m] of metrics) kinds.set(id, coverageKindOf(m, named.has(id), countCountryWide));
  return kinds;
}
