import { describe, expect, it } from "vitest";
import { attribution } from "./attribution.ts";

describe("attribution", () => {
  it("credits Who's On First, its licence and the geometry sources in the given words", () => {
    const html = attribution("Kufijtë", "licenca");
    expect(html).toMatch(/^Kufijtë: <a href="https:\/\/whosonfirst.org\/"/);
    expect(html).toContain(">licenca</a>");
    expect(html).toContain("Mesoshapes/EuroGeographics, Quattroshapes");
  });
  it("never lets markup in through a translation", () => {
    expect(attribution('<img src=x onerror="alert(1)">', "x")).not.toContain("<img");
  });
});
