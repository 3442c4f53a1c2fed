/**
 * In the e2e build only (`vite build --mode e2e`): the MapLibre map on `window`, so that end-to-end tests can read
 * what is actually painted (feature states, placed labels) instead of trusting the legend. Vite replaces
 * `import.meta.env.MODE` at build time, so the production bundle does not contain this.
 */
import type { Map as MapLibreMap } from "maplibre-gl";

export const TEST_HOOK = "__wbRadarMap";

export function exposeMapForTests(map: MapLibreMap): void {
  if (import.meta.env.MODE === "e2e") (window as unknown as Record<typeof TEST_HOOK, MapLibreMap>)[TEST_HOOK] = map;
}
