import { describe, expect, it } from "vitest";
import { albanianNominative, currentBosnianName, resolveNames, stripAdminWord } from "./names.ts";

describe("name helpers", () => {
  it("strips administrative words", () => {
    expect(stripAdminWord("Општина Ресен")).toBe("Ресен");
    expect(stripAdminWord("Opština Debarca")).toBe("Debarca");
    expect(stripAdminWord("Resen Municipality")).toBe("Resen");
    expect(stripAdminWord("Градска општина Савски венац")).toBe("Савски венац");
  });

  it.each([
    ["Komuna e Tetovës", "Tetova"],
    ["Komuna e Sarajit", "Saraji"],
    ["Komuna e Belimbegut", "Belimbegu"],
    ["Komuna e Demir Kapisë", "Demir Kapia"],
    ["Komuna e Mavrovës dhe Radostushës", "Mavrova dhe Radostusha"],
    ["Komuna e Çeshinovo-Obleshevës", "Çeshinovo-Oblesheva"],
  ])("Albanian %s → %s", (genitive, nominative) => {
    expect(albanianNominative(genitive)).toBe(nominative);
  });

  it("takes the current Bosnian name", () => {
    expect(currentBosnianName("Bosanski Novi / Novi Grad")).toBe("Novi Grad");
    expect(currentBosnianName("Mostar (grad)")).toBe("Mostar");
    expect(currentBosnianName("Tuzla")).toBe("Tuzla");
  });
});

describe("resolveNames", () => {
  it("prefers the local Macedonian name over a wrong English wof:name", () => {
    const { local, names } = resolveNames({
      id: 85674215,
      country: "MK",
      props: { "wof:name": "Northeastern", "eurostat:name_local": "Старо Нагоричане" },
    });
    expect(local).toBe("Старо Нагоричане");
    expect(names.en).toBe("Staro Nagorichane");
    expect(names["sr-Latn"]).toBe("Staro Nagoričane");
  });

  it("gives every Serbian name in both scripts", () => {
    const { names } = resolveNames({ id: 1, country: "RS", props: { "wof:name": "Cacak", "meso:name_loc": "Čačak" } });
    expect(names["sr-Latn"]).toBe("Čačak");
    expect(names["sr-Cyrl"]).toBe("Чачак");
    expect(names.mk).toBe("Чачак");
    expect(names.sq).toBe("Čačak");
  });

  it("uses the reviewed Kosovo table and refuses a Kosovo record without an entry", () => {
    const { names } = resolveNames({ id: 1108809505, country: "XK", props: { "wof:name": "KaCanik" } });
    expect(names.sq).toBe("Kaçanik");
    expect(names["sr-Cyrl"]).toBe("Качаник");
    expect(() => resolveNames({ id: 42, country: "XK", props: { "wof:name": "Nowhere" } })).toThrow(/KOSOVO_NAMES/);
  });
});
