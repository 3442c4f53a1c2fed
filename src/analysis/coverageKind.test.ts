import { describe, expect, it } from "vitest";
import { coverageKindOf, coverageKinds, isReached } from "./coverageKind.ts";
import type { MunicipalityMetrics } from "./metrics.ts";

const m = (extra: Partial<MunicipalityMetrics> = {}): MunicipalityMetrics => ({
  organisations: 0,
  projects: 0,
  countryWideProjects: 0,
  regionProjects: 0,
  fundingUnknown: 0,
  donors: 0,
  ...extra,
});

describe("coverageKindOf", () => {
  it("takes the most specific coverage that applies", () => {
    expect(coverageKindOf(m({ projects: 1, regionProjects: 2, countryWideProjects: 3 }), true)).toBe("named");
    expect(coverageKindOf(m({ regionProjects: 2, countryWideProjects: 3 }), true)).toBe("region");
    expect(coverageKindOf(m({ countryWideProjects: 3 }), true)).toBe("country-wide");
    expect(coverageKindOf(m(), true)).toBe("source");
    expect(coverageKindOf(m(), false)).toBe("none");
    expect(coverageKindOf(undefined, false)).toBe("none");
  });

  it("does not take whole-country projects counted into `projects` for a project naming it", () => {
    expect(coverageKindOf(m({ projects: 2, countryWideProjects: 2 }), false, true)).toBe("country-wide");
    expect(coverageKindOf(m({ projects: 3, countryWideProjects: 2 }), false, true)).toBe("named");
  });

  it("counts every kind but none as reached", () => {
    expect(isReached("none")).toBe(false);
    for (const k of ["named", "region", "country-wide", "source"] as const) expect(isReached(k)).toBe(true);
  });

  it("gives every municipality its kind", () => {
    const kinds = coverageKinds(
      new Map([
        ["a", m({ regionProjects: 1 })],
        ["b", m()],
        ["c", m()],
      ]),
      new Set(["c"]),
    );
    expect(Object.fromEntries(kinds)).toEqual({ a: "region", b: "none", c: "source" });
  });
});
