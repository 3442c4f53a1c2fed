import { describe, expect, it } from "vitest";
import { LOCALES } from "../geo/schema.ts";
import { resources } from "./allLocales.ts";
import { detectLocale, matchLocale } from "./index.ts";
import { flatten } from "./flatten.ts";

describe("locale files", () => {
  const en = flatten(resources.en.translation);
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  const bases = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, "")))].sort();
  it.each(LOCALES)("%s has exactly the keys of en (plural forms by its own rules), none empty", (lng) => {
    const flat = flatten(resources[lng].translation);
    expect(bases(Object.keys(flat))).toEqual(bases(Object.keys(en)));
    for (const [key, value] of Object.entries(flat)) expect(value.trim(), key).not.toBe("");
    // Every plural form the language has (Serbian and Bosnian: one, few, other), and no other.
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const plural of bases(Object.keys(en).filter((k) => PLURAL.test(k)))) {
      const forms = Object.keys(flat).filter((k) => k.replace(PLURAL, "") === plural && PLURAL.test(k));
      expect(forms.map((k) => k.replace(/^.*_/, "")).sort(), `${lng} ${plural}`).toEqual([...categories].sort());
    }
  });
  it("has nothing left in English: a value equal to English is a reviewed word the language shares", () => {
    // Names, file formats and words that are the same in the language (Serbia in Albanian; Problem, Period,
    // Partner in Serbian and Bosnian), checked by a speaker. Anything else equal to English is untranslated.
    // (The Cyrillic locales write the area unit their own way.)
    const formats = [
      "app.title",
      "data.export.json",
      "data.export.xlsx",
      "table.export.csv",
      "table.export.xlsx",
      "table.export.geojson",
      // Only placeholders and punctuation: nothing to translate.
      "change.periodCount",
      "change.tooltipEdition",
      "share.editionFigures",
    ];
    const shared = [...formats, "municipality.areaValue"];
    const latinSlavic = [...shared, "country.XK", "data.issues.message", "facts.period", "organisation.partner"];
    const reviewed: Record<string, string[]> = {
      sq: [...shared, "country.RS"],
      "sr-Latn": latinSlavic,
      bs: latinSlavic,
      mk: formats,
      "sr-Cyrl": formats,
    };
    for (const [lng, allowed] of Object.entries(reviewed)) {
      const flat = flatten(resources[lng as keyof typeof resources].translation);
      const same = Object.keys(en).filter((key) => flat[key] === en[key]);
      expect(same.sort(), lng).toEqual([...allowed].sort());
    }
  });
  it("has no Latin letters in the Cyrillic locales except names, file formats, field names and placeholders", () => {
    for (const lng of ["sr-Cyrl", "mk"] as const) {
      for (const [key, value] of Object.entries(flatten(resources[lng].translation))) {
        const stripped = value
          .replace(/\{\{[^}]+\}\}/g, "")
          .replace("WB Radar", "")
          // File formats, protocols and field names are written as they are.
          .replace(/\b(GeoJSON|JSON|CSV|PNG|Excel|xlsx|json|csv|https?|id|schemaVersion)\b/g, "");
        expect(stripped, `${lng} ${key}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });
});

describe("language detection", () => {
  it("takes ?lang= first, then the stored choice, then the browser", () => {
    expect(detectLocale("?lang=mk", "sq", ["en"])).toBe("mk");
    expect(detectLocale("?lang=xx", "sq", ["en"])).toBe("sq");
    expect(detectLocale("", null, ["de-DE", "sr-RS"])).toBe("sr-Cyrl");
    expect(detectLocale("", "bogus", ["fr"])).toBe("en");
  });
  it("maps browser tags to our locales", () => {
    expect(matchLocale("sr-Latn-RS")).toBe("sr-Latn");
    expect(matchLocale("sq-AL")).toBe("sq");
    expect(matchLocale("hr")).toBe("bs");
    expect(matchLocale("de")).toBeUndefined();
  });
});
