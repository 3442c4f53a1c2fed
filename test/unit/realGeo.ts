/** The real municipality layer the geo build wrote (npm install runs it), for data tests. */
import { readGeoLayers } from "../../geo/read.ts";
import { createLocator } from "../../src/data/location.ts";

export const { municipalities } = readGeoLayers();

export const municipalityIds: ReadonlySet<string> = new Set(municipalities.features.map((f) => f.properties.id));

export const locate = createLocator(municipalities.features);
