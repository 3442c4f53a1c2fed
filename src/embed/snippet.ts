/** The HTML a partner pastes into their page. No scripts inline, no event handlers, nothing secret. Pure. */

/** Text safe inside a double-quoted HTML attribute. */
export function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text safe as an element's content. */
export function text(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * What the view says without its map (viewSummary.ts): shown where scripts are blocked, and by embed.js until the
 * map has loaded. `image`: the view's preview image, where the partner has put it.
 */
export interface Fallback {
  lang: string;
  /** The sentence that introduces the summary ("This interactive map needs JavaScript. What it shows:"). */
  lead: string;
  lines: readonly string[];
  open: { url: string; label: string };
  image?: { src: string; alt: string };
}

/** The fallback as HTML: plain paragraphs, a link and an image, every value escaped. */
export function fallbackHtml(f: Fallback): string {
  const parts = [
    `<p>${text(f.lead)}</p>`,
    ...f.lines.map((line) => `<p>${text(line)}</p>`),
    `<p><a href="${attribute(f.open.url)}">${text(f.open.label)}</a></p>`,
  ];
  if (f.image) parts.push(`<img src="${attribute(f.image.src)}" alt="${attribute(f.image.alt)}" width="100%">`);
  return `<noscript><div lang="${attribute(f.lang)}">${parts.join("")}</div></noscript>`;
}

/** A fixed-height iframe, full width, loaded when scrolled near; with the view in words for browsers without scripts. */
export function iframeSnippet(url: string, title: string, height: number, fallback?: Fallback): string {
  const t = attribute(title);
  return (
    `<iframe src="${attribute(url)}" title="${t}" aria-label="${t}" width="100%" height="${Math.round(height)}" ` +
    `style="border:0" loading="lazy"></iframe>` +
    (fallback ? `\n${fallbackHtml(fallback)}` : "")
  );
}

/**
 * The responsive embed: embed.js creates the iframe and keeps its height in step with the map. The fallback inside
 * the element is what a browser without scripts shows; embed.js shows it over the frame until the map is ready.
 */
export function responsiveSnippet(url: string, title: string, scriptUrl: string, fallback?: Fallback): string {
  return (
    `<div data-wb-radar="${attribute(url)}" data-title="${attribute(title)}">` +
    (fallback ? `\n  ${fallbackHtml(fallback)}\n` : "") +
    `</div>\n` +
    `<script src="${attribute(scriptUrl)}" async></script>`
  );
}
