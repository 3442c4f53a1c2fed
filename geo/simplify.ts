/**
 * Topology-preserving simplification with mapshaper: shared borders are
 * simplified once, so neighbouring municipalities keep sharing their edges.
 * Country outlines are dissolved from the simplified municipalities, so they
 * line up with them exactly.
 */
import mapshaper from "mapshaper";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { CleanFeature } from "./clean.ts";
import { GeoBuildError } from "./records.ts";

/** Share of vertices kept (Visvalingam), chosen for municipality zoom at < 500 KB gzip. */
export const SIMPLIFY = "visvalingam weighted 20% keep-shapes";
/** Decimal places kept: 4 ≈ 11 m, below what the simplification removes anyway. */
export const PRECISION = 0.0001;

export interface Simplified {
  municipalities: FeatureCollection<Polygon | MultiPolygon>;
  countries: FeatureCollection<Polygon | MultiPolygon>;
}

export async function simplify(features: readonly CleanFeature[]): Promise<Simplified> {
  const input = { type: "FeatureCollection", features };
  const commands = [
    "-i municipalities.json snap",
    `-simplify ${SIMPLIFY}`,
    "-filter-slivers",
    `-o municipalities.json format=geojson precision=${PRECISION}`,
    "-dissolve country",
    `-o countries.json format=geojson precision=${PRECISION}`,
  ].join(" ");
  const output = (await mapshaper.applyCommands(commands, { "municipalities.json": JSON.stringify(input) })) as Record<
    string,
    string | Uint8Array
  >;
  const read = (name: string): FeatureCollection<Polygon | MultiPolygon> => {
    const raw = output[name];
    if (raw === undefined) throw new GeoBuildError(`mapshaper wrote no ${name}`);
    return JSON.parse(typeof raw === "string" ? raw : new TextDecoder().decode(raw)) as FeatureCollection<
      Polygon | MultiPolygon
    >;
  };
  return { municipalities: read("municipalities.json"), countries: read("countries.json") };
}
