// @vitest-environment node
import { booleanIntersects } from "@turf/turf";
import { describe, expect, test } from "vitest";
import { seedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { validateDataset } from "../data/validate.ts";
import { applyFilters, indexProjects, NO_FILTERS } from "./filters.ts";
import { namedAnywhere, overlookedNeighbours } from "./gaps.ts";
import { computeMetrics } from "./metrics.ts";
import { findNeighbours } from "./neighbours.ts";

const neighbours = findNeighbours(municipalities.features);
const byName = (name: string) => municipalities.features.find((f) => f.properties["name:en"] === name)!.properties.id;

describe("neighbours on the real municipality layer", () => {
  test("known borders, both ways, and no municipality borders itself", () => {
    const kacanik = byName("Kaçanik");
    expect(neighbours.get(kacanik)).toContain(byName("Hani i Elezit"));
    expect(neighbours.get(byName("Hani i Elezit"))).toContain(kacanik);
    expect(neighbours.get(byName("Ohrid"))).toContain(byName("Struga"));
    for (const [id, set] of neighbours) expect(set.has(id)).toBe(false);
  });

  test("agrees with turf: every neighbour pair touches, and a sample of touching pairs are neighbours", () => {
    const feature = new Map(municipalities.features.map((f) => [f.properties.id, f]));
    let pairs = 0;
    for (const [id, set] of [...neighbours].slice(0, 60))
      for (const other of set) {
        expect(booleanIntersects(feature.get(id)!, feature.get(other)!), `${id}–${other}`).toBe(true);
        pairs++;
      }
    expect(pairs).toBeGreaterThan(200);
    // Every municipality except islands of data has at least one neighbour.
    const lonely = [...neighbours].filter(([, set]) => set.size === 0);
    expect(lonely.length).toBeLessThan(3);
  });
});

describe("overlooked neighbours", () => {
  const seed = validateDataset(seedInput(), { municipalityIds, locate }).dataset;
  const index = indexProjects(
    seed,
    (id) => municipalities.features.find((f) => f.properties.id === id)?.properties.country,
  );
  const infos = municipalities.features.map((f) => f.properties);

  test("next to the seed's named places, without a project, most-surrounded first", () => {
    const metrics = computeMetrics(applyFilters(seed, NO_FILTERS, index), infos);
    const result = overlookedNeighbours(seed.places, neighbours, metrics);
    const ids = result.map((r) => r.id);
    // Hani i Elezit borders Kaçanik (named) but has a KCSS project: not overlooked.
    expect(ids).not.toContain(byName("Hani i Elezit"));
    // Named places themselves are never in the list.
    for (const place of seed.places) for (const id of place.municipalityIds) expect(ids).not.toContain(id);
    // Every entry borders a named municipality and has no project.
    for (const r of result) {
      expect(r.nextTo.length).toBeGreaterThan(0);
      for (const n of r.nextTo) expect(neighbours.get(r.id)).toContain(n.municipalityId);
      expect(metrics.get(r.id)!.projects).toBe(0);
    }
    expect(result.length).toBeGreaterThan(10);
    for (let i = 1; i < result.length; i++)
      expect(result[i - 1]!.nextTo.length).toBeGreaterThanOrEqual(result[i]!.nextTo.length);
  });

  test("a municipality a cited source names is never overlooked, whatever the filters; whole-country projects do not hide the list", async () => {
    const { shippedInput } = await import("../../test/unit/dataFiles.ts");
    const shipped = validateDataset(shippedInput(), { municipalityIds, locate }).dataset;
    const named = namedAnywhere(shipped);
    const countryOf = (id: string) => municipalities.features.find((f) => f.properties.id === id)?.properties.country;
    const shippedIndex = indexProjects(shipped, countryOf);
    const regions = new Map(shipped.regions.map((r) => [r.id, r.municipalityIds]));
    // the cases: named in GCERF's 2023 Kosovo call, in Reach out Sandžak II
    for (const name of ["Leposaviq", "Zubin Potok", "Skënderaj", "Prijepolje", "Mitrovicë e Veriut"])
      expect(named.has(byNameLocal(name)), name).toBe(true);
    // even with a filter that leaves them no project, they are not listed
    const filtered = applyFilters(shipped, { ...NO_FILTERS, activities: ["victim-support"] }, shippedIndex);
    const metrics = computeMetrics(filtered, infos, { regions });
    const flagged = overlookedNeighbours(shipped.places, neighbours, metrics, { named }).map((o) => o.id);
    for (const id of flagged) expect(named.has(id), id).toBe(false);
    expect(flagged.length).toBeGreaterThan(0);
    // counting whole-country projects in every municipality does not empty the list
    const countryWide = computeMetrics(filtered, infos, { regions, countCountryWide: true });
    expect(
      overlookedNeighbours(shipped.places, neighbours, countryWide, { named, countCountryWide: true }).map((o) => o.id),
    ).toEqual(flagged);
  });
});

function byNameLocal(name: string): string {
  return municipalities.features.find((f) => f.properties.name === name)!.properties.id;
}
