/** The HTML a partner pastes into their page. No scripts inline, no event handlers, nothing secret. Pure. */

/** Text safe inside a double-quoted HTML attribute. */
export function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A fixed-height iframe, full width, loaded when scrolled near. */
export function iframeSnippet(url: string, title: string, height: number): string {
  const t = attribute(title);
  return (
    `<iframe src="${attribute(url)}" title="${t}" aria-label="${t}" width="100%" height="${Math.round(height)}" ` +
    `style="border:0" loading="lazy"></iframe>`
  );
}

/** The responsive embed: embed.js creates the iframe and keeps its height in step with the map. */
export function responsiveSnippet(url: string, title: string, scriptUrl: string): string {
  return (
    `<div data-wb-radar="${attribute(url)}" data-title="${attribute(title)}"></div>\n` +
    `<script src="${attribute(scriptUrl)}" async></script>`
  );
}
