import { describe, expect, test } from "vitest";
import { iframeSnippet, responsiveSnippet } from "./snippet.ts";

describe("embed code", () => {
  const url = "https://map.example/embed.html?donor=gcerf,norway&controls=legend";
  test("an iframe with title, aria-label, full width, the chosen height and lazy loading", () => {
    const code = iframeSnippet(url, "Where GCERF works", 480);
    expect(code).toBe(
      '<iframe src="https://map.example/embed.html?donor=gcerf,norway&amp;controls=legend" title="Where GCERF works" ' +
        'aria-label="Where GCERF works" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });
  test("the responsive snippet: a placeholder and the script, nothing inline", () => {
    const code = responsiveSnippet(url, "Map", "https://map.example/embed.js");
    expect(code).toContain('data-wb-radar="https://map.example/embed.html?donor=gcerf,norway&amp;controls=legend"');
    expect(code).toContain('<script src="https://map.example/embed.js" async></script>');
  });
  test("a hostile title cannot break out of its attribute or add handlers", () => {
    for (const code of [
      iframeSnippet(url, '"><script>alert(1)</script><x onload="', 400),
      responsiveSnippet(url, '" onmouseover="alert(1)', "https://map.example/embed.js"),
    ]) {
      const doc = new DOMParser().parseFromString(code, "text/html");
      expect(doc.querySelectorAll("script:not([src])")).toHaveLength(0);
      for (const el of doc.querySelectorAll("*"))
        for (const a of el.attributes) expect(a.name.startsWith("on"), `${el.tagName} ${a.name}`).toBe(false);
    }
  });
});
