/**
 * A link-preview page for a shared view: a small static HTML file with the view's title, summary and preview image as
 * Open Graph and Twitter card tags, the summary as text, and an immediate redirect to the live map. A partner puts it
 * (and the image) on their own site and shares its address: social networks and chats show the view, and readers go
 * on to the map. No scripts. Pure.
 */
import { attribute, text } from "../embed/snippet.ts";

export interface SharePage {
  lang: string;
  title: string;
  lines: readonly string[];
  /** The live view. */
  url: string;
  openLabel: string;
  /** The preview image's address, where the partner has put it. */
  image?: string;
}

export function sharePageHtml(p: SharePage): string {
  const description = p.lines.join(" ");
  const meta = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${text(p.title)}</title>`,
    `<meta name="description" content="${attribute(description)}">`,
    `<link rel="canonical" href="${attribute(p.url)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${attribute(p.title)}">`,
    `<meta property="og:description" content="${attribute(description)}">`,
    `<meta property="og:url" content="${attribute(p.url)}">`,
    ...(p.image
      ? [
          `<meta property="og:image" content="${attribute(p.image)}">`,
          `<meta property="og:image:alt" content="${attribute(p.title)}">`,
          `<meta name="twitter:card" content="summary_large_image">`,
        ]
      : [`<meta name="twitter:card" content="summary">`]),
    // An immediate redirect is not a timed refresh (WCAG 2.2.1): readers land on the map; the page stays for crawlers.
    `<meta http-equiv="refresh" content="0; url=${attribute(p.url)}">`,
  ];
  const body = [
    `<h1>${text(p.title)}</h1>`,
    ...p.lines.map((line) => `<p>${text(line)}</p>`),
    `<p><a href="${attribute(p.url)}">${text(p.openLabel)}</a></p>`,
    ...(p.image ? [`<img src="${attribute(p.image)}" alt="" style="max-width:100%">`] : []),
  ];
  return (
    `<!doctype html>\n<html lang="${attribute(p.lang)}">\n<head>\n${meta.join("\n")}\n</head>\n` +
    `<body>\n${body.join("\n")}\n</body>\n</html>\n`
  );
}
