/**
 * MapLibre 6 loads its worker from a separate file; in a Vite build the URL
 * must be set explicitly or the map stays blank (see shared/guide/NOTES.md).
 *
 * The worker is started as soon as this module runs (prewarm), not when the first
 * source is added: fetching and starting it then overlaps with the app's first render
 * instead of holding up the map (`npm run bench`).
 */
import { getGlobalDispatcher, prewarm, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);
if (typeof Worker !== "undefined") prewarm();

/** How long MapLibre's workers may take to answer their first ping (they load a ~500 KB script first). */
export const WORKER_START_MS = 15_000;

/**
 * Whether MapLibre's workers answer: false when their script did not arrive (offline, or a deployment that lost
 * it), which would otherwise leave a blank map and no word why.
 */
export function mapWorkersAnswer(timeoutMs = WORKER_START_MS): Promise<boolean> {
  return getGlobalDispatcher()
    .ping(timeoutMs)
    .catch(() => false);
}
