/**
 * What an embed shows, from its own URL parameters (beside the public ones):
 *   controls  legend, filters, search, layers (comma-separated), or none (default)
 *   title     a title line, as text (at most 120 characters)
 *   height    the map's height in CSS pixels, 200–2000 (default 420)
 * Invalid values fall back to the defaults. Pure.
 */
export const EMBED_CONTROLS = ["legend", "filters", "search", "layers"] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export interface EmbedOptions {
  controls: readonly EmbedControl[];
  title: string | null;
  height: number;
}

export const DEFAULT_EMBED_HEIGHT = 420;
/** Parameters only the embed reads; they are not part of the public state and not carried to the full map. */
export const EMBED_PARAMS = ["controls", "title", "height"] as const;

export function parseEmbedOptions(search: string): EmbedOptions {
  const p = new URLSearchParams(search);
  const controls = (p.get("controls") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((c): c is EmbedControl => (EMBED_CONTROLS as readonly string[]).includes(c));
  const title = (p.get("title") ?? "").replace(/\s+/g, " ").trim().slice(0, 120);
  const height = Number(p.get("height"));
  return {
    controls: [...new Set(controls)],
    title: title === "" ? null : title,
    height: Number.isInteger(height) && height >= 200 && height <= 2000 ? height : DEFAULT_EMBED_HEIGHT,
  };
}

/** The full map's address for the same view: the public parameters, without the embed's own. */
export function fullMapUrl(embedUrl: string): string {
  const url = new URL(embedUrl);
  for (const key of EMBED_PARAMS) url.searchParams.delete(key);
  url.pathname = url.pathname.replace(/embed\.html$/, "");
  return url.href.replace(/%2C/g, ",");
}

/** The embed's address for a view of the full map (`search`), with the embed's own options. */
export function embedUrl(pageUrl: string, options: Partial<EmbedOptions>): string {
  const url = new URL(pageUrl);
  url.pathname = `${url.pathname.replace(/[^/]*$/, "")}embed.html`;
  url.hash = "";
  if (options.controls && options.controls.length > 0) url.searchParams.set("controls", options.controls.join(","));
  if (options.title) url.searchParams.set("title", options.title);
  if (options.height && options.height !== DEFAULT_EMBED_HEIGHT) url.searchParams.set("height", String(options.height));
  return url.href.replace(/%2C/g, ",");
}
