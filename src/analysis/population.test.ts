// @vitest-environment node
import { expect, test } from "vitest";
import type { IndicatorValue } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";
import { municipalityInfos, populationShown } from "./population.ts";

const value = (municipalityId: string, v: number): IndicatorValue => ({
  id: `population-${municipalityId}`,
  indicator: "population",
  municipalityId,
  year: 2021,
  value: v,
  sources: [{ url: "https://example.org/census", claim: "c" }],
  confidence: "reported",
  lastVerified: "2026-11-25",
});
const layer = [
  { id: "a1", country: "MK" as CountryCode, population: 1000, populationSource: "wk", populationYear: 2002 },
  { id: "a2", country: "MK" as CountryCode, population: 2000, populationSource: "wk", populationYear: 2002 },
  { id: "b1", country: "AL" as CountryCode, population: 3000, populationSource: "wk", populationYear: 2011 },
];
const countryOf = (id: string) => layer.find((m) => m.id === id)?.country;
const census = new Map([["a1", value("a1", 1500)]]);

test("a country with census figures uses only them: a municipality without one has no per-capita figure", () => {
  const infos = municipalityInfos(layer, census, countryOf);
  expect(infos.find((m) => m.id === "a1")?.population).toBe(1500);
  // a2's 2002 figure is not mixed with the 2021 census of its country
  expect(infos.find((m) => m.id === "a2")?.population).toBeUndefined();
  // a country without census figures keeps the map's own
  expect(infos.find((m) => m.id === "b1")?.population).toBe(3000);
});

test("the panel shows the cited census value, the map's figure, or no data — the same rule", () => {
  expect(populationShown(layer[0]!, census, countryOf)).toMatchObject({ kind: "census", value: { value: 1500 } });
  expect(populationShown(layer[1]!, census, countryOf)).toEqual({ kind: "none" });
  expect(populationShown(layer[2]!, census, countryOf)).toMatchObject({ kind: "record", population: 3000 });
});
