import i18next from "i18next";
import { describe, expect, test } from "vitest";
import en from "../i18n/locales/en/translation.json";
import sq from "../i18n/locales/sq/translation.json";
import { fallbackHtml, iframeSnippet, responsiveSnippet, type Fallback } from "../embed/snippet.ts";
import type { Dataset } from "../data/schema.ts";
import { pageSummaryHtml } from "./pageSummary.ts";
import { sharePageHtml } from "./sharePage.ts";
import { viewSummary, type Translate, type ViewFacts } from "./viewSummary.ts";

async function translate(lng: string, resources: object): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: resources } }, interpolation: { escapeValue: false } });
  return i18n.t as unknown as Translate;
}

const coverage: ViewFacts = {
  shows: { kind: "coverage", metric: "Projects targeting the municipality" },
  countries: ["Kosovo"],
  filters: ["GCERF", "years 2016–2018"],
  figures: { projects: 1, organisations: 12, named: 9, total: 506 },
  selected: "Kaçanik",
  dataset: "WB Radar reference dataset, 2026-11-25",
};

describe("a view in words", () => {
  test("what the map shows, its filters, what matches, the selection and the source", async () => {
    const lines = viewSummary(coverage, await translate("en", en));
    expect(lines).toEqual([
      "Map per municipality: Projects targeting the municipality. Countries: Kosovo.",
      "Filters: GCERF; years 2016–2018.",
      "1 project and 12 organisations match. 9 of 506 municipalities are named by at least one of these projects.",
      "Selected: Kaçanik.",
      "Data: WB Radar reference dataset, 2026-11-25. Every figure in the interactive map links to the page that states it.",
    ]);
  });

  test("the change view and an index's editions say what changed, and where there is no data", async () => {
    const t = await translate("en", en);
    const change = viewSummary(
      {
        ...coverage,
        countries: [],
        filters: [],
        shows: {
          kind: "change",
          earlier: "2016–2018",
          later: "2021–2023",
          areas: { started: 17, ended: 9, continued: 33, unclear: 96, none: 351 },
        },
      },
      t,
    );
    expect(change[0]).toBe("Change map: what happened between 2016–2018 and 2021–2023.");
    expect(change[1]).toBe("No filters: every record in the dataset.");
    expect(change[2]).toContain("Work started in 17 municipalities, ended in 9, went on in 33");
    const editions = viewSummary(
      {
        ...coverage,
        shows: {
          kind: "editions",
          indicator: "Criminality",
          earlier: 2021,
          later: 2023,
          countries: [{ country: "Albania", earlier: "5.63", later: "5.17" }, { country: "Kosovo" }],
        },
      },
      t,
    );
    expect(editions[2]).toBe("Albania 5.63 → 5.17; Kosovo: not in both editions.");
  });

  test("in the reader's language", async () => {
    const lines = viewSummary(coverage, await translate("sq", sq));
    expect(lines[0]).toMatch(/^Harta sipas komunave: /);
  });
});

describe("the view's fallback in embed code and link-preview pages", () => {
  const hostile = '</p><script>alert(1)</script><img src=x onerror="alert(2)">';
  const fallback: Fallback = {
    lang: "en",
    lead: "This interactive map needs JavaScript. What it shows:",
    lines: ["Map per municipality: projects.", hostile],
    open: { url: "https://map.example/?donor=a&sel=1", label: "Open the interactive map" },
    image: { src: "https://partner.example/preview.png", alt: `Preview "${hostile}` },
  };
  const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
  const noHandlers = (doc: Document) => {
    expect(doc.querySelectorAll("script:not([src])")).toHaveLength(0);
    for (const el of doc.querySelectorAll("*"))
      for (const a of el.attributes) expect(a.name.startsWith("on"), `${el.tagName} ${a.name}`).toBe(false);
  };

  test("embed code: the summary in a <noscript>, text only, with the link and the image", () => {
    for (const code of [
      iframeSnippet("https://map.example/embed.html", "Map", 400, fallback),
      responsiveSnippet("https://map.example/embed.html", "Map", "https://map.example/embed.js", fallback),
    ]) {
      expect(code).toContain('<noscript><div lang="en"><p>This interactive map needs JavaScript.');
      // What a browser without scripts shows: the <noscript> parsed as HTML.
      const inner = parse(code.slice(code.indexOf("<noscript>") + 10, code.indexOf("</noscript>")));
      noHandlers(inner);
      expect([...inner.querySelectorAll("p")].map((p) => p.textContent)).toContain(hostile);
      expect(inner.querySelector("a")!.getAttribute("href")).toBe("https://map.example/?donor=a&sel=1");
      expect(inner.querySelector("img")!.getAttribute("src")).toBe("https://partner.example/preview.png");
    }
    expect(fallbackHtml({ ...fallback, image: undefined })).not.toContain("<img");
  });

  test("a link-preview page: Open Graph tags, the summary as text, a redirect to the live view, no script", () => {
    const html = sharePageHtml({
      lang: "sq",
      title: hostile,
      lines: fallback.lines,
      url: fallback.open.url,
      openLabel: "Hap hartën",
      image: "https://partner.example/preview.png",
    });
    const doc = parse(html);
    noHandlers(doc);
    expect(doc.documentElement.lang).toBe("sq");
    expect(doc.title).toBe(hostile);
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    expect(meta("og:image")).toBe("https://partner.example/preview.png");
    expect(meta("og:url")).toBe(fallback.open.url);
    expect(meta("twitter:card")).toBe("summary_large_image");
    expect(meta("og:description")).toContain(hostile);
    expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe(
      `0; url=${fallback.open.url}`,
    );
    expect(doc.querySelector("a")!.getAttribute("href")).toBe(fallback.open.url);
    // Without an image: a plain summary card.
    expect(
      sharePageHtml({ ...{ lang: "en", title: "t", lines: [], url: "https://m.example/", openLabel: "o" } }),
    ).toContain('content="summary"');
  });

  test("the pages' own <noscript>: the opening view in every language given", async () => {
    const dataset = {
      name: "Test data",
      version: "2026-01-01",
      projects: [{ targetMunicipalities: ["1", "1", "9"] }, { targetMunicipalities: ["2"] }],
      organisations: [{}],
    } as unknown as Dataset;
    const html = pageSummaryHtml(dataset, new Set(["1", "2", "3"]), [
      ["en", await translate("en", en)],
      ["sq", await translate("sq", sq)],
    ]);
    const doc = parse(html);
    expect([...doc.querySelectorAll("[lang]")].map((d) => d.getAttribute("lang"))).toEqual(["en", "sq"]);
    // "9" is not a municipality the map draws: not counted.
    expect(doc.querySelector('[lang="en"]')!.textContent).toContain(
      "2 projects and 1 organisation match. 2 of 3 municipalities are named",
    );
  });
});
