import type { GeoLayers } from "../../src/geo/load.ts";
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
    byId: new Map(props.map((p) => [p.id, p])),
  };
}

/** A fetch that serves the three geo files (or fails for the ones named in `fail`). */
export function geoFetch(layers: GeoLayers, fail: string[] = []): typeof fetch {
  const files: Record<string, unknown> = {
    "municipalities.geojson": layers.municipalities,
    "countries.geojson": { type: "FeatureCollection", features: [] },
    "labels.geojson": layers.labels,
  };
  return (async (input: RequestInfo | URL) => {
    const name = String(input).split("/").pop() ?? "";
    if (fail.includes(name)) return new Response("nope", { status: 500 });
    return new Response(JSON.stringify(files[name]), { status: 200 });
  }) as typeof fetch;
}
