/** The geometry file the geo build wrote, read in Node (data scripts, tests, benchmarks). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeGeoFile, GEO_FILE, type GeoLayers } from "../src/geo/topology.ts";
import { PROJECT_ROOT } from "./source.ts";

export function readGeoLayers(path = join(PROJECT_ROOT, "public", GEO_FILE)): GeoLayers {
  return decodeGeoFile(JSON.parse(readFileSync(path, "utf8")));
}
