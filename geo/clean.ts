/**
 * From raw WOF records to one clean feature per municipality: bogus records
 * dropped, fragments and merged municipalities unioned, names and population
 * resolved. Pure: records in, features out.
 */
import { area as turfArea, bbox, featureCollection, feature, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { CountryCode, MunicipalityProps } from "../src/geo/schema.ts";
import { nameKey, LOCALES } from "../src/geo/schema.ts";
import { resolveNames } from "./names.ts";
import { BAD_POPULATION, DROP, MERGE_INTO, SPLIT } from "./overrides.ts";
import { GeoBuildError, type WofRecord } from "./records.ts";

export type CleanFeature = Feature<Polygon | MultiPolygon, MunicipalityProps>;

export interface CleanResult {
  municipalities: CleanFeature[];
  /** Human-readable lines about what was dropped or merged. */
  log: string[];
}

/** Population figures older than this census round are not used (BA's records carry pre-war figures). */
export const MIN_POPULATION_YEAR = 2002;

/**
 * The record's population with its source and year, or undefined when there is
 * no dated figure from MIN_POPULATION_YEAR on. Undated GeoNames figures are not used.
 */
export function population(record: WofRecord): { value: number; source: string; year: number } | undefined {
  if (BAD_POPULATION[record.pin.id]) return undefined;
  const value = record.props[`wof:population`];
  const source = record.props[`src:population`];
  const date = record.props[`src:population_date`];
  const year = typeof date === "string" ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) return undefined;
  if (!Number.isInteger(year) || year < MIN_POPULATION_YEAR) return undefined;
  return { value, source: typeof source === "string" && source ? source : "whosonfirst", year };
}

function unionGeometries(parts: readonly WofRecord[]): Polygon | MultiPolygon {
  if (parts.length === 1) return (parts[0] as WofRecord).geometry;
  const merged = union(featureCollection(parts.map((p) => feature(p.geometry))));
  if (!merged) throw new GeoBuildError(`union of ${parts.map((p) => p.file).join(", ")} is empty`);
  return merged.geometry;
}

/**
 * A record that holds several municipalities (SPLIT) as one record per part:
 * its polygons sorted by the latitude of their centre. A part that gets no
 * polygon, or a polygon that fits no part, stops the build.
 */
export function splitRecord(record: WofRecord, log: string[]): WofRecord[] {
  const parts = SPLIT[record.pin.id];
  if (!parts) return [record];
  const polygons =
    record.geometry.type === "MultiPolygon" ? record.geometry.coordinates : [record.geometry.coordinates];
  const byPart = parts.map(() => [] as Polygon["coordinates"][]);
  for (const polygon of polygons) {
    const [, s, , n] = bbox(feature<Polygon>({ type: "Polygon", coordinates: polygon }));
    const lat = (s + n) / 2;
    const i = parts.findIndex((p) => lat >= p.minLat && lat < p.maxLat);
    if (i < 0) throw new GeoBuildError(`${record.file}: a polygon at ${lat.toFixed(3)} N fits no part of the split`);
    byPart[i]?.push(polygon);
  }
  return parts.map((part, i) => {
    const coordinates = byPart[i] ?? [];
    if (coordinates.length === 0) throw new GeoBuildError(`${record.file}: split part ${part.id} has no polygon`);
    log.push(`split ${record.pin.id} → ${part.id}: ${part.why}`);
    const geometry: Polygon | MultiPolygon =
      coordinates.length === 1
        ? { type: "Polygon", coordinates: coordinates[0] as Polygon["coordinates"] }
        : { type: "MultiPolygon", coordinates };
    // The record's population, if any, is for the whole record: no part gets it.
    const props = { ...record.props, "wof:population": undefined };
    return { ...record, pin: { ...record.pin, id: part.id }, props, geometry };
  });
}

export function cleanRecords(records: readonly WofRecord[]): CleanResult {
  const log: string[] = [];
  const municipalities = records.filter((r) => r.pin.placetype !== "country").flatMap((r) => splitRecord(r, log));
  const byId = new Map(municipalities.map((r) => [r.pin.id, r]));
  const groups = new Map<number, WofRecord[]>();

  for (const r of municipalities) {
    const dropWhy = DROP[r.pin.id];
    if (dropWhy) {
      log.push(`dropped ${r.pin.id}: ${dropWhy}`);
      continue;
    }
    const merge = MERGE_INTO[r.pin.id];
    const target = merge ? merge.into : r.pin.id;
    if (merge) {
      const into = byId.get(merge.into);
      if (!into) throw new GeoBuildError(`${r.file}: merge target ${merge.into} is missing`);
      if (into.pin.country !== r.pin.country)
        throw new GeoBuildError(`${r.file}: merge target ${merge.into} is in another country`);
      log.push(`merged ${r.pin.id} into ${merge.into}: ${merge.why}`);
    }
    const list = groups.get(target) ?? [];
    list.push(r);
    groups.set(target, list);
  }

  const features: CleanFeature[] = [];
  for (const [id, parts] of groups) {
    const main = byId.get(id);
    if (!main) throw new GeoBuildError(`municipality ${id} has merged parts but no record of its own`);
    const country: CountryCode = main.pin.country;
    const { local, names } = resolveNames({ id, country, props: main.props });
    const geometry = unionGeometries(parts);
    const pops = parts.map(population);
    const known = pops.every((p) => p !== undefined);
    const props: MunicipalityProps = {
      id: String(id),
      country,
      name: local,
      ...(Object.fromEntries(LOCALES.map((l) => [nameKey(l), names[l]])) as Pick<
        MunicipalityProps,
        `name:${(typeof LOCALES)[number]}`
      >),
      area: Math.round(turfArea(feature(geometry)) / 1e5) / 10,
      ...(known
        ? {
            population: pops.reduce((sum, p) => sum + (p?.value ?? 0), 0),
            populationSource: [...new Set(pops.map((p) => p?.source))].join("+"),
            populationYear: Math.min(...pops.map((p) => p?.year ?? Number.POSITIVE_INFINITY)),
          }
        : {}),
    };
    features.push(feature(geometry, props) as CleanFeature);
  }
  features.sort(
    (a, b) =>
      a.properties.country.localeCompare(b.properties.country) ||
      a.properties.name.localeCompare(b.properties.name, "en"),
  );
  return { municipalities: features, log };
}
