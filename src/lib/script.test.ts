import { describe, expect, it } from "vitest";
import {
  albanianToCyrillic,
  macedonianToLatin,
  searchKey,
  serbianCyrillicToLatin,
  serbianLatinToCyrillic,
  serbianLatinToMacedonian,
} from "./script.ts";

describe("Serbian script conversion", () => {
  it.each([
    ["Čačak", "Чачак"],
    ["Ljubovija", "Љубовија"],
    ["Knjaževac", "Књажевац"],
    ["Odžaci", "Оџаци"],
    ["Đeneral Janković", "Ђенерал Јанковић"],
    ["Kupres (RS)", "Купрес (РС)"],
  ])("%s ↔ %s", (latin, cyrillic) => {
    expect(serbianLatinToCyrillic(latin)).toBe(cyrillic);
    expect(serbianCyrillicToLatin(cyrillic)).toBe(latin);
  });

  it("treats decomposed input like composed input", () => {
    expect(serbianLatinToCyrillic("C\u030Cac\u030Cak")).toBe("Чачак");
  });

  it("writes Ć and Đ the Macedonian way", () => {
    expect(serbianLatinToMacedonian("Ćićevac")).toBe("Ќиќевац");
    expect(serbianLatinToMacedonian("Đakovica")).toBe("Ѓаковица");
  });
});

describe("Macedonian romanisation", () => {
  it("uses diacritics for Serbian/Bosnian texts and digraphs for English", () => {
    expect(macedonianToLatin("Ѓорче Петров", "diacritics")).toBe("Ǵorče Petrov");
    expect(macedonianToLatin("Ѓорче Петров", "english")).toBe("Gjorche Petrov");
    expect(macedonianToLatin("Штип", "english")).toBe("Shtip");
    expect(macedonianToLatin("Кичево", "diacritics")).toBe("Kičevo");
  });
});

describe("searchKey", () => {
  it("matches across scripts, case and diacritics", () => {
    const key = searchKey("cacak");
    expect(searchKey("Čačak")).toBe(key);
    expect(searchKey("ЧАЧАК")).toBe(key);
    expect(searchKey("Đakovica")).toBe(searchKey("Ђаковица"));
    expect(searchKey("Gjakovë")).toBe("gjakove");
  });
  it("does not equate different names", () => {
    expect(searchKey("Bar")).not.toBe(searchKey("Bor"));
  });
});

describe("Albanian names in Cyrillic", () => {
  it.each([
    ["Tiranë", "Тирана", "Тирана"],
    ["Shkodër", "Шкодра", "Шкодра"],
    ["Gjirokastër", "Ђирокастра", "Ѓирокастра"],
    ["Peqin", "Пећин", "Пеќин"],
    ["Xhafzotaj", "Џафзотај", "Џафзотај"],
    ["Fushë-Arrëz", "Фуше-Арез", "Фуше-Арез"],
    ["Vau i Dejës", "Вау и Дејес", "Вау и Дејес"],
    ["Rrogozhinë", "Рогожина", "Рогожина"],
    ["Dropull", "Дропул", "Дропул"],
  ])("%s → %s (sr), %s (mk)", (albanian, sr, mk) => {
    expect(albanianToCyrillic(albanian, "sr")).toBe(sr);
    expect(albanianToCyrillic(albanian, "mk")).toBe(mk);
    expect(albanianToCyrillic(albanian, "mk")).not.toMatch(/[ЂЋђћA-Za-z]/u);
  });
});
