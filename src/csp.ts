/**
 * The Content Security Policy the built pages carry (a <meta> added by vite.config.ts), from the deployment's
 * configuration: scripts only from this site, no eval, workers from this site (MapLibre's and the importer's),
 * data fetched from this site and the origins VITE_DATA_ORIGINS allows, the optional basemap's origin. Hosts that
 * can send headers should send the same policy as a header (docs/security.md), which also allows frame-ancestors.
 */
import type { AppConfig } from "./config.ts";

export function contentSecurityPolicy(config: Pick<AppConfig, "dataOrigins" | "basemapStyleUrl">): string {
  const basemap = config.basemapStyleUrl ? [new URL(config.basemapStyleUrl).origin] : [];
  const connect = ["'self'", ...config.dataOrigins, ...basemap];
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'"]],
    ["worker-src", ["'self'", "blob:"]],
    // React sets style attributes (the table's column widths, the map's size), which 'unsafe-inline' covers.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    // The map image export and MapLibre's images use data: and blob: URLs; a basemap's raster tiles its origin.
    ["img-src", ["'self'", "data:", "blob:", ...basemap]],
    ["connect-src", [...new Set(connect)]],
    // The embed dialog's live preview is this site's own embed page.
    ["frame-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}
