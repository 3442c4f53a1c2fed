import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("README", () => {
  it("counts the shipped dataset's records as they are", () => {
    const readme = readFileSync("README.md", "utf8").replace(/\s+/g, " ");
    const dataset = JSON.parse(readFileSync("data/dataset.json", "utf8")) as Record<string, unknown[]>;
    const stated =
      /`data\/dataset\.json`: (\d+) organisations, (\d+) donors, (\d+) projects, (\d+) places and (\d+) indicator values/.exec(
        readme,
      );
    expect(stated, "README states the dataset's counts").not.toBeNull();
    const [, organisations, donors, projects, places, indicatorValues] = stated!.map(Number);
    expect({ organisations, donors, projects, places, indicatorValues }).toEqual({
      organisations: dataset.organisations!.length,
      donors: dataset.donors!.length,
      projects: dataset.projects!.length,
      places: dataset.places!.length,
      indicatorValues: dataset.indicatorValues!.length,
    });
  });
});
