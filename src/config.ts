/**
 * Deployment configuration, from Vite environment variables at build time.
 * Validated like any other input: a bad value falls back to the default.
 */
import { z } from "zod";

const ConfigSchema = z.object({
  /** Optional online basemap (a MapLibre style URL). Off by default: the app needs no network. */
  basemapStyleUrl: z
    .url({ protocol: /^https$/ })
    .optional()
    .catch(undefined),
});
export type AppConfig = z.infer<typeof ConfigSchema>;

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  return ConfigSchema.parse({ basemapStyleUrl: env.VITE_BASEMAP_STYLE_URL || undefined });
}

export const config: AppConfig = parseConfig(import.meta.env as Record<string, string | undefined>);
