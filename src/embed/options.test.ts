// @vitest-environment node
import { describe, expect, test } from "vitest";
import { DEFAULT_EMBED_HEIGHT, embedUrl, fullMapUrl, parseEmbedOptions } from "./options.ts";

describe("embed options", () => {
  test("controls, title and height; nothing else", () => {
    expect(parseEmbedOptions("?controls=legend,filters,evil,legend&title=%20Our%20%20map%20&height=600")).toEqual({
      controls: ["legend", "filters"],
      title: "Our map",
      height: 600,
    });
    expect(parseEmbedOptions("?height=99999&title=")).toEqual({
      controls: [],
      title: null,
      height: DEFAULT_EMBED_HEIGHT,
    });
    expect(parseEmbedOptions(`?title=${"x".repeat(500)}`).title).toHaveLength(120);
  });

  test("the full map keeps the view and drops the embed's own parameters", () => {
    expect(fullMapUrl("https://map.example/embed.html?donor=gcerf&controls=legend&height=500&lang=sq")).toBe(
      "https://map.example/?donor=gcerf&lang=sq",
    );
  });

  test("the embed address of a full-map view", () => {
    expect(
      embedUrl("https://map.example/?donor=gcerf,norway&sel=1#x", { controls: ["legend"], height: 500, title: "T" }),
    ).toBe("https://map.example/embed.html?donor=gcerf,norway&sel=1&controls=legend&title=T&height=500");
  });
});
