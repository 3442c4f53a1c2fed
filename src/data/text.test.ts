import { expect, test } from "vitest";
import { pickText, safeHref } from "./text.ts";

test("text in the reader's language, Serbian in either script, then English, then any", () => {
  expect(pickText({ en: "Forum", sq: "Forumi" }, "sq")).toEqual({ text: "Forumi", lang: "sq" });
  expect(pickText({ "sr-Latn": "Beograd" }, "sr-Cyrl")).toEqual({ text: "Београд", lang: "sr-Cyrl" });
  expect(pickText({ "sr-Cyrl": "Ниш" }, "sr-Latn")).toEqual({ text: "Niš", lang: "sr-Latn" });
  expect(pickText({ en: "Hub", mk: "Хаб" }, "bs")).toEqual({ text: "Hub", lang: "en" });
  expect(pickText({ mk: "Хаб" }, "en")).toEqual({ text: "Хаб", lang: "mk" });
});

test("only http and https become links", () => {
  expect(safeHref("https://qkss.org/x")).toBe("https://qkss.org/x");
  expect(safeHref("http://helsinki.org.rs/projects_ros.html")).toBe("http://helsinki.org.rs/projects_ros.html");
  for (const bad of [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,x",
    "//evil.org",
    "qkss.org",
    undefined,
  ])
    expect(safeHref(bad)).toBeUndefined();
});
