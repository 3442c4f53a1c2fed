/**
 * The baseline for `npm run bench`: plain maplibre-gl drawing the app's own municipality file with one
 * data-driven fill, nothing else. `wb:choropleth` is marked at its first idle, the moment the app marks
 * `wb-radar:first-idle`.
 */
import { Map, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

setWorkerUrl(workerUrl);
const geometry = fetch("/geo/municipalities.topo.json")
  .then((r) => r.json() as Promise<Topology<{ municipalities: GeometryCollection }>>)
  .then((topology) => feature(topology, topology.objects.municipalities));
const map = new Map({
  container: "map",
  style: {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#dfe8ef" } }],
  },
  bounds: [
    [15.7, 39.6],
    [23.1, 46.2],
  ],
  fitBoundsOptions: { padding: 16 },
});
map.on("load", () => {
  void geometry.then((file) => {
    map.addSource("municipalities", { type: "geojson", data: file });
    map.addLayer({
      id: "fill",
      source: "municipalities",
      type: "fill",
      paint: {
        "fill-color": ["interpolate", ["linear"], ["get", "area"], 0, "#f7fbff", 500, "#6baed6", 2000, "#08306b"],
        "fill-outline-color": "#ffffff",
      },
    });
    map.once("idle", () => performance.mark("wb:choropleth"));
  });
});
