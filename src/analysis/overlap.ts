/**
 * Donor coordination: where projects may duplicate each other, and where documented need meets no project of an
 * activity type. Pure.
 *
 * The rules, at the precision the sources give:
 * - Two projects share a place only when both NAME it: the same municipality in `targetMunicipalities`, or the same
 *   region in `targetRegions`. A project covering a whole country, or naming a region that includes a municipality,
 *   never shares that municipality with a project naming it.
 * - They share work only when both name the same activity type.
 * - Their periods overlap only when both have a start and an end, and the periods overlap whatever day the partial
 *   dates stand for ("2019"–"2020" and "2020"–"2021" may not). When a date is missing, or the dates are too coarse to
 *   tell, the pair is "period unknown" and kept apart; a pair whose periods certainly do not meet is not listed.
 * - The same donor on both is still listed (possible double counting of one grant), and said.
 * It is a possible duplication to look into, never a finding.
 */
import { dateRange } from "../data/dates.ts";
import type { Place, Project } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";

export type SharedPlace = { kind: "municipality" | "region"; id: string };

export type PeriodMatch =
  /** Both periods are known and certainly overlap; `from`/`to`: the years they certainly share. */
  | { kind: "overlap"; from: number; to: number }
  /** "undated": a start or end is missing on one of them; "imprecise": both dated, too coarsely to tell. */
  | { kind: "unknown"; reason: "undated" | "imprecise" };

export interface PossibleDuplication {
  place: SharedPlace;
  /** The two projects, in id order. */
  projects: readonly [Project, Project];
  /** Activity types both name. */
  activityTypes: string[];
  period: PeriodMatch;
  /** Donors both name (non-empty: the same donor funds both). */
  sharedDonors: string[];
}

export interface Duplications {
  /** Periods certainly overlap. */
  overlapping: PossibleDuplication[];
  /** Same place and activity, but the periods cannot be compared. */
  periodUnknown: PossibleDuplication[];
}

const BEFORE_ALL = "0000-00-00";
const AFTER_ALL = "9999-99-99";

/** The earliest and latest day a project's start and end can mean; open where a date is missing. */
function bounds(p: Project) {
  const s = p.start ? dateRange(p.start) : undefined;
  const e = p.end ? dateRange(p.end) : undefined;
  return {
    startMin: s?.first ?? BEFORE_ALL,
    startMax: s?.last ?? e?.last ?? AFTER_ALL,
    endMin: e?.first ?? s?.first ?? BEFORE_ALL,
    endMax: e?.last ?? AFTER_ALL,
  };
}

/** How two projects' periods compare: certainly overlapping, unknown, or null when they certainly do not meet. */
export function comparePeriods(a: Project, b: Project): PeriodMatch | null {
  const x = bounds(a);
  const y = bounds(b);
  if (x.endMax < y.startMin || y.endMax < x.startMin) return null;
  if (!a.start || !a.end || !b.start || !b.end) return { kind: "unknown", reason: "undated" };
  // Certain only if each surely starts before the other surely ends.
  if (x.startMax <= y.endMin && y.startMax <= x.endMin) {
    const from = Number((x.startMax > y.startMax ? x.startMax : y.startMax).slice(0, 4));
    const to = Number((x.endMin < y.endMin ? x.endMin : y.endMin).slice(0, 4));
    return { kind: "overlap", from, to };
  }
  return { kind: "unknown", reason: "imprecise" };
}

function namingProjects(projects: readonly Project[]): Map<string, { place: SharedPlace; projects: Project[] }> {
  const byPlace = new Map<string, { place: SharedPlace; projects: Project[] }>();
  const add = (kind: SharedPlace["kind"], id: string, p: Project) => {
    const key = `${kind}:${id}`;
    const entry = byPlace.get(key) ?? { place: { kind, id }, projects: [] };
    if (entry.projects.at(-1) !== p) entry.projects.push(p);
    byPlace.set(key, entry);
  };
  for (const p of projects) {
    if (p.activityTypes.length === 0) continue;
    for (const id of new Set(p.targetMunicipalities)) add("municipality", id, p);
    for (const id of new Set(p.targetRegions)) add("region", id, p);
  }
  return byPlace;
}

/**
 * Pairs of projects that both name a municipality (or a region) and an activity type, with periods overlapping or
 * unknown. Ordered by place (municipalities first), then by project ids.
 */
export function possibleDuplications(projects: readonly Project[]): Duplications {
  const overlapping: PossibleDuplication[] = [];
  const periodUnknown: PossibleDuplication[] = [];
  const groups = [...namingProjects(projects).values()].sort(
    (a, b) =>
      (a.place.kind === b.place.kind ? 0 : a.place.kind === "municipality" ? -1 : 1) || cmp(a.place.id, b.place.id),
  );
  for (const { place, projects: named } of groups) {
    const sorted = [...named].sort((a, b) => cmp(a.id, b.id));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (a.id === b.id) continue;
        const activityTypes = [...new Set(a.activityTypes)].filter((t) => b.activityTypes.includes(t));
        if (activityTypes.length === 0) continue;
        const period = comparePeriods(a, b);
        if (!period) continue;
        const sharedDonors = [...new Set(a.donors)].filter((d) => b.donors.includes(d));
        const entry: PossibleDuplication = { place, projects: [a, b], activityTypes, period, sharedDonors };
        (period.kind === "overlap" ? overlapping : periodUnknown).push(entry);
      }
  }
  return { overlapping, periodUnknown };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a municipality's documented need rests on: the cited places naming it. */
export interface UnfundedActivities {
  municipalityId: string;
  places: Place[];
  /** Projects under the filters that name the municipality. */
  namingProjects: number;
  /**
   * Activity types no project under the filters names here; `reachedBy` says when a project naming a region
   * including it, or covering its whole country, has that type (it may work here, the sources do not say).
   */
  missing: Array<{ activityType: string; reachedBy?: "region" | "country-wide" }>;
}

/**
 * The converse of duplication: for each municipality a cited place record names (public reporting, or a donor's
 * focus area: `needPlaces`), the activity types (of `activityTypes`) that no project in `projects` names it for.
 * Need indicators are not used: the dataset's are measured per country and cannot say which municipality needs
 * what. Municipalities where every type is named are left out. Most missing first.
 */
export function unfundedActivities(
  projects: readonly Project[],
  needPlaces: readonly Place[],
  activityTypes: readonly string[],
  {
    regions = new Map(),
    countryOf = () => undefined,
  }: {
    regions?: ReadonlyMap<string, readonly string[]>;
    countryOf?: (municipalityId: string) => CountryCode | undefined;
  } = {},
): UnfundedActivities[] {
  const placesOf = new Map<string, Place[]>();
  for (const place of needPlaces)
    for (const id of new Set(place.municipalityIds)) placesOf.set(id, [...(placesOf.get(id) ?? []), place]);
  const named = new Map<string, { projects: number; types: Set<string> }>();
  const byRegion = new Map<string, Set<string>>();
  const byCountry = new Map<string, Set<string>>();
  const addTo = (map: Map<string, Set<string>>, key: string, types: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const t of types) set.add(t);
    map.set(key, set);
  };
  for (const p of projects) {
    for (const id of new Set(p.targetMunicipalities)) {
      const entry = named.get(id) ?? { projects: 0, types: new Set<string>() };
      entry.projects++;
      for (const t of p.activityTypes) entry.types.add(t);
      named.set(id, entry);
    }
    for (const r of p.targetRegions) for (const id of regions.get(r) ?? []) addTo(byRegion, id, p.activityTypes);
    if (p.targetMunicipalities.length === 0 && p.targetRegions.length === 0)
      for (const c of p.targetCountries) addTo(byCountry, c, p.activityTypes);
  }
  const result: UnfundedActivities[] = [];
  for (const [id, places] of placesOf) {
    const here = named.get(id);
    const country = countryOf(id);
    const missing = activityTypes
      .filter((t) => !here?.types.has(t))
      .map((activityType) => {
        const reachedBy = byRegion.get(id)?.has(activityType)
          ? ("region" as const)
          : country && byCountry.get(country)?.has(activityType)
            ? ("country-wide" as const)
            : undefined;
        return reachedBy ? { activityType, reachedBy } : { activityType };
      });
    if (missing.length > 0) result.push({ municipalityId: id, places, namingProjects: here?.projects ?? 0, missing });
  }
  return result.sort((a, b) => b.missing.length - a.missing.length || cmp(a.municipalityId, b.municipalityId));
}
