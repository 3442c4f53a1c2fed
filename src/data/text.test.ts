import { expect, test } from "vitest";
import { hasUserinfo, hasVisibleText, isolateText, pickText, safeHref, stripBidiControls, urlHost } from "./text.ts";

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

test("direction controls are stripped for attributes, and text-only places get the value isolated", () => {
  const spoof = "Report\u202E)gro.elpmaxe(\u202C\u2066\u2069\u200F\u061C";
  expect(stripBidiControls(spoof)).toBe("Report)gro.elpmaxe(");
  expect(isolateText(spoof)).toBe("\u2068Report)gro.elpmaxe(\u2069");
  // a stray PDI cannot close the isolate early
  expect(isolateText("a\u2069b")).toBe("\u2068ab\u2069");
  expect(stripBidiControls("Forumi për Demokraci — Форум")).toBe("Forumi për Demokraci — Форум");
});

test("visible text: at least one character that shows", () => {
  for (const text of ["", " ", "\u200B", "\u200C\u200D", "\uFEFF", "\u2060\u2061\u2062\u2063\u2064"])
    expect(hasVisibleText(text), JSON.stringify(text)).toBe(false);
  for (const text of ["\u202A\u202B\u202C\u202D\u202E", "\u2066\u2067\u2068\u2069", "\u200E\u200F", "\u00AD"])
    expect(hasVisibleText(text), JSON.stringify(text)).toBe(false);
  for (const text of ["\u3164", "\u2800", "\u0301", "\u{E0041}", "\t\n\u00A0\u3000"])
    expect(hasVisibleText(text), JSON.stringify(text)).toBe(false);
  for (const text of ["a", "\u200BQendra", "Ш", "\u05D0", "・", "1", "-"])
    expect(hasVisibleText(text), text).toBe(true);
});

test("an address is shown as its host, in ASCII, never as written", () => {
  expect(urlHost("https://google.com@evil.example/")).toBe("evil.example");
  expect(urlHost("https://user:pw@evil.example:8443/x?y#z")).toBe("evil.example");
  // Cyrillic look-alike of "apple.com", and an international name
  expect(urlHost("https://\u0430\u0440\u0440\u04CF\u0435.com/")).toBe("xn--80ak6aa92e.com");
  expect(urlHost("https://пример.com/путь")).toBe("xn--e1afmkfd.com");
  expect(urlHost("https://www.qkss.org/en/")).toBe("qkss.org");
  expect(urlHost("not an address")).toBeUndefined();
  expect(hasUserinfo("https://google.com@evil.example/")).toBe(true);
  expect(hasUserinfo("https://:pw@evil.example/")).toBe(true);
  expect(hasUserinfo("https://example.org/@user")).toBe(false);
  expect(hasUserinfo("nonsense")).toBe(false);
});
