// @vitest-environment node
import { describe, expect, test } from "vitest";
import { formatDate, formatNumber, formatPeriod } from "./format.ts";

describe("Intl formatting per language", () => {
  test("numbers: grouping and decimals the local way", () => {
    expect(formatNumber(12345.6, "en")).toBe("12,345.6");
    expect(formatNumber(12345.6, "mk")).toBe("12.345,6");
    expect(formatNumber(12345.6, "sr-Cyrl")).toBe("12.345,6");
    expect(formatNumber(0.25, "sq", { style: "percent" })).toMatch(/^25\s?%$/);
  });
  test("dates as precise as the source gives them", () => {
    expect(formatDate("2017", "sq")).toBe("2017");
    expect(formatDate("2017-07", "en")).toBe("July 2017");
    expect(formatDate("2017-07", "sr-Cyrl")).toMatch(/^јул 2017/);
    expect(formatDate("2017-07", "mk")).toMatch(/^јули 2017/);
    expect(formatDate("2017-07", "sq")).toMatch(/^korrik 2017/);
    expect(formatDate("2017-07-01", "en")).toBe("1 Jul 2017");
    // not a date: shown as given
    expect(formatDate("sometime", "en")).toBe("sometime");
  });
  test("periods: both ends, one end, or nothing", () => {
    expect(formatPeriod("2017", "2019", "en")).toBe("2017–2019");
    expect(formatPeriod("2017-07", "2018-03", "en")).toBe("July 2017 – March 2018");
    expect(formatPeriod("2017", undefined, "en")).toBe("2017");
    expect(formatPeriod("2017", "2017", "en")).toBe("2017");
    expect(formatPeriod(undefined, undefined, "en")).toBe("");
  });
});
