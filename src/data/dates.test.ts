import { describe, expect, test } from "vitest";
import { readYearDraft, readYearRange } from "./dates.ts";

describe("year fields", () => {
  test("a field is empty, a whole year in range, or still being typed", () => {
    expect(readYearDraft(" ")).toEqual({ kind: "empty" });
    expect(readYearDraft("2019")).toEqual({ kind: "year", year: 2019 });
    expect(readYearDraft("201")).toEqual({ kind: "incomplete" });
    expect(readYearDraft("1899")).toEqual({ kind: "incomplete" });
    expect(readYearDraft("20.5")).toEqual({ kind: "incomplete" });
  });

  test("a range is applied only when it runs forwards", () => {
    expect(readYearRange("2016", "2020")).toEqual({ from: 2016, to: 2020 });
    expect(readYearRange("2020", "2020")).toEqual({ from: 2020, to: 2020 });
    expect(readYearRange("", "2020")).toEqual({ from: undefined, to: 2020 });
    expect(readYearRange("2021", "2019")).toEqual({ reversed: true });
    // Typing "2" on the way to "2020" neither applies nor complains.
    expect(readYearRange("2016", "2")).toBeNull();
  });
});
