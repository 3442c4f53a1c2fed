/** The real municipality layer the geo build wrote (npm install runs it), for data tests. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { MunicipalityCollection } from "../../src/geo/load.ts";
import { createLocator } from "../../src/data/location.ts";

export const municipalities = JSON.parse(
  readFileSync(resolve("public/geo/municipalities.geojson"), "utf8"),
) as MunicipalityCollection;

export const municipalityIds: ReadonlySet<string> = new Set(municipalities.features.map((f) => f.properties.id));

export const locate = createLocator(municipalities.features);
