import { encodeGeoFile } from "../../geo/encode.ts";
import type { GeoLayers } from "../../src/geo/load.ts";
import { GEO_FILE } from "../../src/geo/topology.ts";
import type { MunicipalityProps } from "../../src/geo/schema.ts";

export const prizren: MunicipalityProps = {
  id: "1108809499",
  country: "XK",
  name: "Prizren",
  "name:sq": "Prizren",
  "name:sr-Latn": "Prizren",
  "name:sr-Cyrl": "Призрен",
  "name:mk": "Призрен",
  "name:bs": "Prizren",
  "name:en": "Prizren",
  area: 625.9,
};

export const ohrid: MunicipalityProps = {
  id: "85674165",
  country: "MK",
  name: "Охрид",
  "name:sq": "Ohri",
  "name:sr-Latn": "Ohrid",
  "name:sr-Cyrl": "Охрид",
  "name:mk": "Охрид",
  "name:bs": "Ohrid",
  "name:en": "Ohrid",
  population: 51519,
  populationSource: "eurostat",
  populationYear: 2019,
  area: 393.2,
};

const square = (x: number, y: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ],
});

export function geoLayers(props: MunicipalityProps[] = [prizren, ohrid]): GeoLayers {
  return {
    municipalities: {
      type: "FeatureCollection",
      features: props.map((p, i) => ({ type: "Feature", properties: p, geometry: square(20 + i, 42) })),
    },
    countries: { type: "FeatureCollection", features: [] },
    labels: { type: "FeatureCollection", features: [] },
    countryLabels: { type: "FeatureCollection", features: [] },
    byId: new Map(props.map((p) => [p.id, p])),
  };
}

/** The name of the geometry file in a URL. */
export const GEO_FILE_NAME = GEO_FILE.split("/").pop()!;

/** A fetch that serves the geometry file, encoded as the geo build does (or fails for the names in `fail`). */
export function geoFetch(layers: GeoLayers, fail: string[] = []): typeof fetch {
  const files: Record<string, unknown> = {
    [GEO_FILE_NAME]: encodeGeoFile({
      municipalities: layers.municipalities,
      // Each municipality its own "country" outline: the file holds at least one.
      countries: {
        type: "FeatureCollection",
        features: layers.municipalities.features.map((f) => ({ ...f, properties: { country: f.properties.country } })),
      },
      labels: layers.municipalities.features.map((f, rank) => ({
        type: "Feature",
        properties: { id: f.properties.id, rank },
        geometry: { type: "Point", coordinates: [21, 42] },
      })),
      countryLabels: [],
    }),
  };
  return (async (input: RequestInfo | URL) => {
    const name = String(input).split("/").pop() ?? "";
    if (fail.includes(name)) return new Response("nope", { status: 500 });
    return new Response(JSON.stringify(files[name]), { status: 200 });
  }) as typeof fetch;
}
