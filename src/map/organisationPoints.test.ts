import { expect, test } from "vitest";
import { geoLayers, ohrid, prizren } from "../../test/unit/fixtures.ts";
import type { Organisation } from "../data/schema.ts";
import { organisationPoints } from "./organisationPoints.ts";

const base = {
  name: { en: "x" },
  focusAreas: [],
  networks: [],
  sources: [{ citation: "c" }],
  confidence: "reported" as const,
  lastVerified: "2026-11-01",
};
const geo = geoLayers();
geo.labels.features.push(
  { type: "Feature", properties: { ...prizren, rank: 1 }, geometry: { type: "Point", coordinates: [20.7, 42.2] } },
  { type: "Feature", properties: { ...ohrid, rank: 2 }, geometry: { type: "Point", coordinates: [20.8, 41.1] } },
);

test("a marker is never more precise than the record allows", () => {
  const orgs: Organisation[] = [
    { id: "exact", locationPrecision: "exact", point: [20.81, 41.12], municipalityId: ohrid.id, ...base },
    { id: "muni", locationPrecision: "municipality", municipalityId: prizren.id, kind: "youth", ...base },
    { id: "country", locationPrecision: "country", country: "XK", ...base },
  ];
  const { points, countryOnly } = organisationPoints(orgs, geo);
  expect(points.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
    ["exact", [20.81, 41.12]],
    ["muni", [20.7, 42.2]],
  ]);
  expect(points.features[1]!.properties.kind).toBe("youth");
  expect(countryOnly).toBe(1);
});

test("every organisation kind has its own marker colour, distinct from the others and from 'not stated'", async () => {
  const { KIND_COLORS, UNKNOWN_KIND_COLOR } = await import("./style.ts");
  const { ORGANISATION_KINDS } = await import("../data/taxonomy.ts");
  const colours = ORGANISATION_KINDS.ids.map((k) => KIND_COLORS[k]);
  expect(colours.every(Boolean)).toBe(true);
  expect(new Set([...colours, UNKNOWN_KIND_COLOR]).size).toBe(colours.length + 1);
});
