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
  /**
   * Remote origins a dataset may be loaded from with ?data=https://… (same-origin paths always work).
   * Comma-separated https origins in VITE_DATA_ORIGINS; invalid entries are dropped.
   */
  dataOrigins: z.array(z.string()).transform((list) =>
    list.flatMap((entry) => {
      const parsed = z.url({ protocol: /^https$/ }).safeParse(entry.trim());
      return parsed.success ? [new URL(parsed.data).origin] : [];
    }),
  ),
  /**
   * Show Kosovo as "Kosovo*" with the designation footnote (UNSCR 1244/1999 and the ICJ opinion), as some
   * donor-funded deployments must. VITE_KOSOVO_FOOTNOTE=1 (or true); off by default.
   */
  kosovoFootnote: z.boolean(),
  /**
   * Origins whose pages may send view commands to an embedded map (VITE_EMBED_COMMAND_ORIGINS, comma-separated
   * http(s) origins). Empty: any origin. Commands that change the dataset are limited by dataOrigins regardless.
   */
  embedCommandOrigins: z.array(z.string()).transform((list) =>
    list.flatMap((entry) => {
      const parsed = z.url({ protocol: /^https?$/ }).safeParse(entry.trim());
      return parsed.success ? [new URL(parsed.data).origin] : [];
    }),
  ),
  /**
   * Where contributions go (VITE_CONTRIBUTE_URL): a mailto: address, or an https issue tracker's new-issue page
   * (e.g. https://github.com/owner/repo/issues/new), which gets ?title=&body=. Unset or invalid: no "Send" button,
   * the record file is still offered.
   */
  contributeUrl: z
    .union([
      z.string().regex(/^mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/),
      z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
    ])
    .refine((url) => url.length <= 500 && !/[\s\p{C}#]/u.test(url))
    .optional()
    .catch(undefined),
});
export type AppConfig = z.infer<typeof ConfigSchema>;

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  return ConfigSchema.parse({
    basemapStyleUrl: env.VITE_BASEMAP_STYLE_URL || undefined,
    dataOrigins: (env.VITE_DATA_ORIGINS ?? "").split(",").filter((s) => s.trim() !== ""),
    embedCommandOrigins: (env.VITE_EMBED_COMMAND_ORIGINS ?? "").split(",").filter((s) => s.trim() !== ""),
    contributeUrl: env.VITE_CONTRIBUTE_URL?.trim() || undefined,
    kosovoFootnote: ["1", "true"].includes((env.VITE_KOSOVO_FOOTNOTE ?? "").trim().toLowerCase()),
  });
}

// (import.meta.env is undefined when vite.config.ts reads this module in Node.)
export const config: AppConfig = parseConfig((import.meta.env ?? {}) as Record<string, string | undefined>);
