import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

describe("parseConfig", () => {
  it("has no online basemap by default", () => {
    expect(parseConfig({}).basemapStyleUrl).toBeUndefined();
  });
  it("accepts an https style URL and drops anything else", () => {
    expect(parseConfig({ VITE_BASEMAP_STYLE_URL: "https://tiles.example.org/style.json" }).basemapStyleUrl).toBe(
      "https://tiles.example.org/style.json",
    );
    expect(
      parseConfig({ VITE_BASEMAP_STYLE_URL: "http://tiles.example.org/style.json" }).basemapStyleUrl,
    ).toBeUndefined();
    expect(parseConfig({ VITE_BASEMAP_STYLE_URL: "javascript:alert(1)" }).basemapStyleUrl).toBeUndefined();
  });

  it("accepts embed commands from any origin by default, or from the listed http(s) origins", () => {
    expect(parseConfig({}).embedCommandOrigins).toEqual([]);
    expect(
      parseConfig({ VITE_EMBED_COMMAND_ORIGINS: "https://partner.example/page, http://localhost:8080 ,ftp://x" })
        .embedCommandOrigins,
    ).toEqual(["https://partner.example", "http://localhost:8080"]);
  });

  it("shows the Kosovo designation footnote only when switched on", () => {
    expect(parseConfig({}).kosovoFootnote).toBe(false);
    expect(parseConfig({ VITE_KOSOVO_FOOTNOTE: "1" }).kosovoFootnote).toBe(true);
    expect(parseConfig({ VITE_KOSOVO_FOOTNOTE: " TRUE " }).kosovoFootnote).toBe(true);
    expect(parseConfig({ VITE_KOSOVO_FOOTNOTE: "no" }).kosovoFootnote).toBe(false);
  });

  it("takes a mailto: address or an https page for contributions, and nothing else", () => {
    expect(parseConfig({}).contributeUrl).toBeUndefined();
    expect(parseConfig({ VITE_CONTRIBUTE_URL: " mailto:data@wb-radar.example.org " }).contributeUrl).toBe(
      "mailto:data@wb-radar.example.org",
    );
    expect(parseConfig({ VITE_CONTRIBUTE_URL: "https://github.com/o/r/issues/new?labels=data" }).contributeUrl).toBe(
      "https://github.com/o/r/issues/new?labels=data",
    );
    for (const bad of ["http://tracker.example.org/new", "mailto:a@b.org?cc=c@d.org", "javascript:alert(1)", "x"])
      expect(parseConfig({ VITE_CONTRIBUTE_URL: bad }).contributeUrl, bad).toBeUndefined();
  });

  it("allows no remote dataset origin by default, and only https origins when configured", () => {
    expect(parseConfig({}).dataOrigins).toEqual([]);
    expect(
      parseConfig({ VITE_DATA_ORIGINS: "https://data.example.org/path, http://insecure.example.org ,javascript:x" })
        .dataOrigins,
    ).toEqual(["https://data.example.org"]);
  });
});
