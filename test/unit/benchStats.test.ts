import { describe, expect, it } from "vitest";
import { budget, budgetTable, growthPerStep, summarise, transferKind } from "../bench/stats.ts";

describe("the benchmark's summaries", () => {
  it("gives median, 95th percentile and spread", () => {
    const s = summarise([50, 10, 40, 20, 30, 100]);
    expect(s).toMatchObject({ n: 6, median: 35, min: 10, max: 100 });
    const twenty = summarise(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(twenty.p95).toBeGreaterThanOrEqual(19);
    expect(twenty.p95).toBeLessThanOrEqual(20);
  });

  it("finds a steady heap growth and none in noise around a level", () => {
    expect(growthPerStep([100, 110, 120, 130, 140])).toBeCloseTo(10);
    expect(Math.abs(growthPerStep([100, 104, 98, 103, 99, 101, 100]))).toBeLessThan(1);
  });

  it("holds a value to a ceiling; a value that could not be measured fails", () => {
    expect(budget("x", 50, 50, "ms").pass).toBe(true);
    expect(budget("x", 51, 50, "ms").pass).toBe(false);
    expect(budget("x", Number.NaN, 50, "ms").pass).toBe(false);
    expect(budgetTable([budget("first idle", 3000, 2700, "ms", { ratio: 1.67 })])).toContain("3000 ms (1.67 ×)");
  });

  it("sorts fetched files by kind", () => {
    expect(transferKind("/assets/styles-x.js")).toBe("js");
    expect(transferKind("/assets/maplibre-gl-worker-x.mjs")).toBe("js");
    expect(transferKind("/geo/municipalities.topo.json")).toBe("geometry");
    expect(transferKind("/assets/dataset-x.json")).toBe("data");
    expect(transferKind("/glyphs/Noto%20Sans%20Regular/0-255.pbf")).toBe("glyphs");
    expect(transferKind("/")).toBe("html");
  });
});
