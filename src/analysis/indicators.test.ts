// @vitest-environment node
import { describe, expect, test } from "vitest";
import type { Indicator, IndicatorValue } from "../data/schema.ts";
import { indicatorLayer, latestValues } from "./indicators.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported" as const, lastVerified: "2026-11-01" };
const indicator = (id: string, level: Indicator["level"]): Indicator => ({
  id,
  label: { en: id },
  unit: "score",
  direction: "higher-is-worse",
  level,
  ...cited,
});
const value = (id: string, fields: Partial<IndicatorValue>): IndicatorValue => ({
  id,
  indicator: "x",
  value: 1,
  ...cited,
  ...fields,
});
const municipalities = [
  { id: "m1", country: "XK" as const },
  { id: "m2", country: "XK" as const },
  { id: "m3", country: "AL" as const },
];

describe("indicator values", () => {
  test("the latest year counts; a value without a year is the oldest", () => {
    const latest = latestValues(
      [value("a", { country: "XK", value: 5 }), value("b", { country: "XK", year: 2021, value: 6 })],
      (v) => v.country,
    );
    expect(latest.get("XK")?.value).toBe(6);
  });

  test("a country-level indicator: classed over countries, drawn on each of their municipalities", () => {
    const layer = indicatorLayer(
      indicator("x", "country"),
      [
        value("a", { country: "XK", year: 2021, value: 5 }),
        value("b", { country: "XK", year: 2023, value: 5.5 }),
        value("c", { indicator: "other", country: "AL", value: 9 }),
      ],
      municipalities,
    );
    expect(layer.areas).toEqual(
      new Map([
        ["XK", 5.5],
        ["AL", undefined],
      ]),
    );
    expect(layer.perMunicipality).toEqual(
      new Map([
        ["m1", 5.5],
        ["m2", 5.5],
        ["m3", undefined],
      ]),
    );
  });

  test("a municipality-level indicator: its own values; a range counts by its lower bound; missing is no data", () => {
    const layer = indicatorLayer(
      indicator("x", "municipality"),
      [value("a", { municipalityId: "m1", value: 40, valueMax: 49 }), value("b", { country: "XK", value: 3 })],
      municipalities,
    );
    expect([...layer.areas]).toEqual([
      ["m1", 40],
      ["m2", undefined],
      ["m3", undefined],
    ]);
    expect(layer.perMunicipality.get("m2")).toBeUndefined();
  });
});
