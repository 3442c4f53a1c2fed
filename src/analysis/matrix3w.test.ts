// @vitest-environment node
import { describe, expect, test } from "vitest";
import type { Project } from "../data/schema.ts";
import { aProject } from "../../test/unit/records.ts";
import type { CountryCode } from "../geo/schema.ts";
import { matrix3w, matrixCells } from "./matrix3w.ts";

const project = (id: string, extra: Partial<Project> = {}): Project =>
  aProject(id, { donors: ["eu"], activityTypes: ["research"], targetCountries: ["MK"], ...extra });
const countryOf = (m: string): CountryCode | undefined => ({ ohrid: "MK", prizren: "XK" })[m] as CountryCode;
const grant = (amount: number, currency = "EUR") => ({ amount, currency, kind: "grant" as const });

describe("3W matrix", () => {
  test("sums grants per currency only; envelopes and totals are counted, never summed; no amount is no sum", () => {
    const m = matrix3w(
      [
        project("a", { funding: grant(1000) }),
        project("b", { funding: grant(500, "USD") }),
        project("c", { funding: { amount: 1e6, currency: "EUR", kind: "call-envelope" } }),
        project("d", { funding: { amount: 5e6, currency: "EUR", kind: "programme-total" } }),
        project("e"),
      ],
      countryOf,
    );
    const eu = m.rows.find((r) => r.donor === "eu" && r.activity === null)!;
    expect(eu.cells.MK).toEqual({
      projects: 5,
      grants: { EUR: 1000, USD: 500 },
      grantProjects: 2,
      coFunded: 0,
      otherFigures: 2,
      noAmount: 1,
    });
    expect(m.currencies).toEqual(["EUR", "USD"]);
  });

  test("no grant amount: the sum is absent, not 0", () => {
    const m = matrix3w(
      [project("a", { funding: { amount: 9, currency: "EUR", kind: "grant-size-range" } })],
      countryOf,
    );
    const cell = m.rows[0]!.cells.MK!;
    expect(cell.grants).toEqual({});
    expect(cell.grants.EUR).toBeUndefined();
    const csv = matrixCells(
      m,
      { donor: String, activity: String, column: String },
      { source: "s", url: "u", date: "d" },
    );
    expect(csv[1]).not.toContain("grant_sum_EUR");
  });

  test("a grant shared by several donors is counted in each row but summed in none", () => {
    const m = matrix3w([project("a", { donors: ["eu", "us"], funding: grant(1000) })], countryOf);
    for (const donor of ["eu", "us"]) {
      const row = m.rows.find((r) => r.donor === donor && r.activity === null)!;
      expect(row.total).toMatchObject({ projects: 1, coFunded: 1, grants: {} });
    }
  });

  test("columns are exclusive: one country, several, or unknown; the country comes from places too", () => {
    const m = matrix3w(
      [
        project("one", { targetCountries: [], targetMunicipalities: ["ohrid"] }),
        project("two", { targetCountries: ["MK"], targetMunicipalities: ["prizren"] }),
        project("none", { targetCountries: [] }),
        project("region", { targetCountries: [], targetRegions: ["sandzak"] }),
      ],
      countryOf,
      (r) => (r === "sandzak" ? "RS" : undefined),
    );
    const eu = m.rows.find((r) => r.donor === "eu" && r.activity === null)!;
    expect(eu.cells.MK?.projects).toBe(1);
    expect(eu.cells.XK).toBeUndefined();
    expect(eu.cells.RS?.projects).toBe(1);
    expect(eu.cells.several?.projects).toBe(1);
    expect(eu.cells.unknown?.projects).toBe(1);
    expect(eu.total.projects).toBe(4);
  });

  test("activity rows follow their donor; a project without donor is the last row", () => {
    const m = matrix3w(
      [project("a", { activityTypes: ["research", "advocacy"] }), project("b", { donors: [], activityTypes: [] })],
      countryOf,
    );
    expect(m.rows.map((r) => [r.donor, r.activity])).toEqual([
      ["eu", null],
      ["eu", "advocacy"],
      ["eu", "research"],
      [null, null],
      [null, ""],
    ]);
  });

  test("CSV: a note on units, then the header, text guarded against formulas", () => {
    const m = matrix3w([project("a", { funding: grant(1000) })], countryOf);
    const csv = matrixCells(
      m,
      { donor: () => "=HYPERLINK()", activity: (a) => a ?? "all", column: (c) => c },
      { source: "s", url: "u", date: "d" },
    );
    expect(String(csv[0]![0])).toMatch(/^Who funds what where.*never 0/);
    expect(csv[1]).toEqual([
      "donor_id",
      "donor",
      "activity_type_id",
      "activity_type",
      "country",
      "country_name",
      "projects",
      "grant_sum_EUR",
      "grant_projects_summed",
      "grants_cofunded_not_summed",
      "other_funding_figures",
      "no_amount",
    ]);
    expect(csv[2]).toEqual(["eu", "'=HYPERLINK()", "all", "all", "MK", "MK", 1, 1000, 1, 0, 0, 0]);
    // MK cell and total, for the donor row and its one activity row
    expect(csv).toHaveLength(2 + 4);
  });
});
