/**
 * MapLibre 6 loads its worker from a separate file; in a Vite build the URL
 * must be set explicitly or the map stays blank (see shared/guide/NOTES.md).
 */
import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);
