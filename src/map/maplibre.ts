/**
 * MapLibre 6 loads its worker from a separate file; in a Vite build the URL
 * must be set explicitly or the map stays blank (see shared/guide/NOTES.md).
 *
 * The worker is started as soon as this module runs (prewarm), not when the first
 * source is added: fetching and starting it then overlaps with the app's first render
 * instead of holding up the map (~0.5 s on a 2-core machine, `npm run bench`).
 */
import { prewarm, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);
if (typeof Worker !== "undefined") prewarm();
