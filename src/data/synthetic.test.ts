// @vitest-environment node
import { expect, test } from "vitest";
import { municipalities, municipalityIds, locate } from "../../test/unit/realGeo.ts";
import { labelPoint } from "../geo/labelPoint.ts";
import { generateSyntheticDataset, type SyntheticMunicipality } from "./synthetic.ts";
import { validateDataset } from "./validate.ts";

const places: SyntheticMunicipality[] = municipalities.features.map((f) => ({
  id: f.properties.id,
  country: f.properties.country,
  point: labelPoint(f.geometry),
}));
const generate = (seed: number, projects = 2000) =>
  generateSyntheticDataset({ seed, organisations: 300, projects, municipalities: places });

test("the same seed gives the same dataset, another seed another one", () => {
  expect(generate(7)).toEqual(generate(7));
  expect(generate(8).projects).not.toEqual(generate(7).projects);
});

test("any size, every record synthetic, and valid against the real municipalities", () => {
  const data = generate(1, 5000);
  expect(data.organisations).toHaveLength(300);
  expect(data.projects).toHaveLength(5000);
  const result = validateDataset(data, { municipalityIds, locate });
  expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
  const all = [...data.organisations, ...data.donors, ...data.projects, ...data.places, ...data.indicatorValues];
  expect(all.every((r) => r.synthetic === true)).toBe(true);
});

test("targets are concentrated like donor funding: a few places get much of the work", () => {
  const counts = new Map<string, number>();
  for (const p of generate(3, 5000).projects)
    for (const m of p.targetMunicipalities) counts.set(m, (counts.get(m) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  const top5pc = sorted.slice(0, Math.ceil(places.length * 0.05)).reduce((a, b) => a + b, 0);
  expect(top5pc / total).toBeGreaterThan(0.3);
  // …and some municipalities have no indicator value at all ("no data", never zero).
  expect(generate(3).indicatorValues.length).toBeLessThan(places.length);
});
