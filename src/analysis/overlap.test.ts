// @vitest-environment node
import { describe, expect, test } from "vitest";
import type { Place, Project } from "../data/schema.ts";
import { aProject, cited } from "../../test/unit/records.ts";
import { comparePeriods, possibleDuplications, unfundedActivities } from "./overlap.ts";

const project = (id: string, extra: Partial<Project> = {}): Project =>
  aProject(id, { activityTypes: ["community-engagement"], ...extra });
const place = (id: string, municipalityIds: string[]): Place => ({
  id,
  kind: "reported",
  municipalityIds,
  wording: "hot spot",
  extremismForms: [],
  ocTopics: [],
  ...cited,
});

const dated = { start: "2019-01", end: "2021-06" };

describe("periods", () => {
  test("overlap only when both are dated and certainly meet", () => {
    expect(comparePeriods(project("a", dated), project("b", { start: "2020", end: "2022" }))).toEqual({
      kind: "overlap",
      from: 2020,
      to: 2021,
    });
    // Certainly apart: not a pair at all.
    expect(comparePeriods(project("a", dated), project("b", { start: "2022", end: "2023" }))).toBeNull();
    // A start only, after the other ended: apart; before it ended: unknown, never overlapping.
    expect(comparePeriods(project("a", dated), project("b", { start: "2022" }))).toBeNull();
    expect(comparePeriods(project("a", dated), project("b", { start: "2020" }))).toEqual({
      kind: "unknown",
      reason: "undated",
    });
    expect(comparePeriods(project("a", dated), project("b"))).toEqual({ kind: "unknown", reason: "undated" });
    // One ends in 2020, the other starts in 2020: the years meet, the days may not.
    expect(
      comparePeriods(project("a", { start: "2019", end: "2020" }), project("b", { start: "2020", end: "2021" })),
    ).toEqual({ kind: "unknown", reason: "imprecise" });
    // Both within 2019: they may be January and December.
    expect(
      comparePeriods(project("a", { start: "2019", end: "2019" }), project("b", { start: "2019", end: "2019" })),
    ).toEqual({ kind: "unknown", reason: "imprecise" });
  });
});

describe("possible duplications", () => {
  test("a pair needs the same named municipality and activity type, with overlapping periods", () => {
    const { overlapping, periodUnknown } = possibleDuplications([
      project("a", { donors: ["eu"], targetMunicipalities: ["1"], ...dated }),
      project("b", { donors: ["us"], targetMunicipalities: ["1", "2"], start: "2020", end: "2020" }),
      // Other activity: no pair.
      project("c", { targetMunicipalities: ["1"], activityTypes: ["research"], ...dated }),
    ]);
    expect(overlapping).toHaveLength(1);
    expect(overlapping[0]).toMatchObject({
      place: { kind: "municipality", id: "1" },
      activityTypes: ["community-engagement"],
      sharedDonors: [],
      period: { kind: "overlap", from: 2020, to: 2020 },
    });
    expect(overlapping[0]!.projects.map((p) => p.id)).toEqual(["a", "b"]);
    expect(periodUnknown).toEqual([]);
  });

  test("a country-wide project, or one naming a region, never overlaps one naming the municipality", () => {
    const { overlapping, periodUnknown } = possibleDuplications([
      project("local", { targetMunicipalities: ["1"], targetCountries: ["MK"], ...dated }),
      project("national", { targetCountries: ["MK"], ...dated }),
      project("regional", { targetRegions: ["r"], ...dated }),
    ]);
    expect(overlapping).toEqual([]);
    expect(periodUnknown).toEqual([]);
  });

  test("two projects naming the same region overlap there, as a region", () => {
    const { overlapping } = possibleDuplications([
      project("a", { targetRegions: ["r"], ...dated }),
      project("b", { targetRegions: ["r"], ...dated }),
    ]);
    expect(overlapping.map((o) => o.place)).toEqual([{ kind: "region", id: "r" }]);
  });

  test("undated projects are kept apart as 'period unknown', never overlapping", () => {
    const { overlapping, periodUnknown } = possibleDuplications([
      project("a", { targetMunicipalities: ["1"], ...dated }),
      project("b", { targetMunicipalities: ["1"] }),
      project("c", { targetMunicipalities: ["1"] }),
    ]);
    expect(overlapping).toEqual([]);
    expect(periodUnknown.map((o) => o.projects.map((p) => p.id).join("+"))).toEqual(["a+b", "a+c", "b+c"]);
    expect(periodUnknown.every((o) => o.period.kind === "unknown")).toBe(true);
  });

  test("the same donor on both is listed, and said", () => {
    const { overlapping } = possibleDuplications([
      project("a", { donors: ["eu", "us"], targetMunicipalities: ["1"], ...dated }),
      project("b", { donors: ["eu"], targetMunicipalities: ["1"], ...dated }),
    ]);
    expect(overlapping).toHaveLength(1);
    expect(overlapping[0]!.sharedDonors).toEqual(["eu"]);
  });

  test("a project naming a municipality twice is not its own duplicate", () => {
    const { overlapping } = possibleDuplications([project("a", { targetMunicipalities: ["1", "1"], ...dated })]);
    expect(overlapping).toEqual([]);
  });
});

describe("activity types without a project where need is documented", () => {
  const types = ["community-engagement", "research", "education"];
  test("counts only projects naming the municipality; regions and whole countries are marked, not counted", () => {
    const result = unfundedActivities(
      [
        project("named", { targetMunicipalities: ["1"], activityTypes: ["community-engagement"] }),
        project("regional", { targetRegions: ["r"], activityTypes: ["research"] }),
        project("national", { targetCountries: ["MK"], activityTypes: ["research", "education"] }),
      ],
      [place("p", ["1", "2"])],
      types,
      { regions: new Map([["r", ["1"]]]), countryOf: () => "MK" },
    );
    expect(result.map((r) => r.municipalityId)).toEqual(["2", "1"]);
    const one = result.find((r) => r.municipalityId === "1")!;
    expect(one.namingProjects).toBe(1);
    expect(one.missing).toEqual([
      { activityType: "research", reachedBy: "region" },
      { activityType: "education", reachedBy: "country-wide" },
    ]);
    const two = result.find((r) => r.municipalityId === "2")!;
    expect(two.missing.map((m) => m.activityType)).toEqual(types);
    expect(two.places.map((p) => p.id)).toEqual(["p"]);
  });

  test("a municipality no place names is never listed; one with every type named is left out", () => {
    const result = unfundedActivities(
      [project("a", { targetMunicipalities: ["1", "3"], activityTypes: types as Project["activityTypes"] })],
      [place("p", ["1"])],
      types,
    );
    expect(result).toEqual([]);
  });
});

describe("the possible duplications as CSV", () => {
  test("one row per pair and place, both projects with their donors and dates; the period as the sources allow", async () => {
    const { duplicationCells } = await import("./overlapExport.ts");
    const result = possibleDuplications([
      project("a", { donors: ["eu"], targetMunicipalities: ["1"], ...dated }),
      project("b", { donors: ["us", "eu"], targetMunicipalities: ["1"], start: "2020", end: "2020" }),
      project("c", { donors: ["=cmd"], targetMunicipalities: ["1"], start: "2018" }),
    ]);
    const rows = duplicationCells(
      result,
      { place: () => "Prizren", project: (p) => `Project ${p.id}`, donor: (d) => d.toUpperCase() },
      { source: "WB Radar", url: "https://map.example/", date: "2026-11-26" },
    );
    expect(String(rows[0]![0])).toContain("A pair to look into, never a finding.");
    const header = rows[1]!;
    const records = rows.slice(2).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(result.overlapping.length + result.periodUnknown.length);
    expect(records[0]).toMatchObject({
      place_kind: "municipality",
      place: "Prizren",
      period: "overlap",
      overlap_from: 2020,
      overlap_to: 2020,
      same_donors: "EU",
      project_a_id: "a",
      project_a_donors: "EU",
      project_b_id: "b",
      project_b_donors: "US; EU",
    });
    // A pair whose dates cannot be compared says why, with no years; a donor that looks like a formula is guarded.
    const undated = records.find((r) => r.project_b_id === "c" || r.project_a_id === "c")!;
    expect(undated.period).toBe("undated");
    expect(undated.overlap_from).toBe("");
    expect(JSON.stringify(undated)).toContain("'=CMD");
  });
});
