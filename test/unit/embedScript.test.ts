import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = readFileSync(join(process.cwd(), "public/embed.js"), "utf8");

/** Runs embed.js on a page with the given <html lang> and embed elements; returns the iframes' titles. */
function mountOn(lang: string, elements: string): string[] {
  document.documentElement.lang = lang;
  document.body.innerHTML = elements;
  new Function(script)();
  return [...document.querySelectorAll("iframe")].map((f) => f.title);
}

afterEach(() => {
  document.body.innerHTML = "";
  document.documentElement.lang = "en";
});

describe("embed.js", () => {
  it("titles the iframe from data-title, else in the page's language, else in the language the embed asks for", () => {
    expect(
      mountOn(
        "mk",
        `<div data-wb-radar="https://map.example/embed.html" data-title="Our map"></div>
         <div data-wb-radar="https://map.example/embed.html"></div>`,
      ),
    ).toEqual(["Our map", "WB Radar мапа"]);
    expect(mountOn("sr-Cyrl-RS", `<div data-wb-radar="https://map.example/embed.html"></div>`)).toEqual([
      "WB Radar мапа",
    ]);
    expect(mountOn("", `<div data-wb-radar="https://map.example/embed.html?lang=sq"></div>`)).toEqual([
      "Harta WB Radar",
    ]);
    expect(mountOn("de", `<div data-wb-radar="https://map.example/embed.html"></div>`)).toEqual(["WB Radar map"]);
  });

  it("mounts nothing for an address that is not http(s)", () => {
    expect(mountOn("en", `<div data-wb-radar="javascript:alert(1)"></div>`)).toEqual([]);
  });
});
