import { describe, expect, it } from "vitest";
import { BIVARIATE_COLORS } from "../analysis/bivariate.ts";
import { ALL_ZERO_COLOR, classify } from "../analysis/classify.ts";
import type { CoverageKind } from "../analysis/coverageKind.ts";
import {
  bivariateStates,
  choroplethStates,
  classCounts,
  indirectCount,
  NO_DATA_COLOR,
  writeStates,
  type MunicipalityState,
} from "./choropleth.ts";

const values = new Map<string, number | undefined>([
  ["a", 0],
  ["b", 0],
  ["c", 3],
  ["d", 10],
  ["e", undefined],
]);
const kinds = new Map<string, CoverageKind>([
  ["a", "region"],
  ["b", "none"],
  ["c", "named"],
  ["d", "named"],
  ["e", "country-wide"],
]);

describe("choroplethStates", () => {
  const classes = classify([...values.values()], "quantile", 3)!;
  const states = choroplethStates(values, classes, new Set(["b"]), null, kinds);

  it("paints zero in the lightest class and no data grey, cross-hatched", () => {
    expect(states.get("a")!.fill).toBe(classes.colors[0]);
    expect(states.get("b")!.fill).toBe(classes.colors[0]);
    expect(states.get("d")!.fill).toBe(classes.colors.at(-1));
    expect(states.get("e")).toMatchObject({ fill: NO_DATA_COLOR, pattern: "no-data" });
  });

  it("hatches a zero that a region, a whole-country project or a source reaches, and nothing else", () => {
    expect(states.get("a")!.pattern).toBe("indirect");
    expect(states.get("b")!.pattern).toBe("");
    expect(states.get("c")!.pattern).toBe("");
    // no data stays "no data", whatever reaches it
    expect(states.get("e")!.pattern).toBe("no-data");
    expect(indirectCount(states)).toBe(1);
  });

  it("hatches nothing as reached when no coverage kinds are given (a mapped indicator)", () => {
    const plain = choroplethStates(values, classes, new Set());
    expect([...plain.values()].filter((s) => s.pattern === "indirect")).toEqual([]);
  });

  it("marks the overlooked and dims all but the highlighted class", () => {
    expect(states.get("b")!.overlooked).toBe(true);
    expect(states.get("a")!.overlooked).toBe(false);
    const dimmed = choroplethStates(values, classes, new Set(), 0);
    expect(dimmed.get("a")!.dim).toBe(false);
    expect(dimmed.get("d")!.dim).toBe(true);
    expect(dimmed.get("e")!.dim).toBe(true);
  });

  it("paints an all-zero map in the neutral colour and counts it as one class", () => {
    const zeros = new Map<string, number | undefined>([
      ["a", 0],
      ["b", 0],
      ["e", undefined],
    ]);
    const allZero = classify([...zeros.values()], "quantile", 5)!;
    const painted = choroplethStates(zeros, allZero, new Set());
    expect(painted.get("a")!.fill).toBe(ALL_ZERO_COLOR);
    expect(classCounts(zeros, allZero)).toEqual({ perClass: [2], noData: 1 });
  });

  it("paints everything as no data without classes", () => {
    const none = choroplethStates(values, undefined, new Set());
    expect(new Set([...none.values()].map((s) => s.fill))).toEqual(new Set([NO_DATA_COLOR]));
    expect(classCounts(values, undefined)).toEqual({ perClass: [], noData: 5 });
  });
});

describe("bivariateStates", () => {
  it("colours by need × coverage, hatches reached 'none' cells and cross-hatches no data", () => {
    const classes = new Map([
      ["a", { need: 2, coverage: 0 }],
      ["b", { need: 2, coverage: 0 }],
      ["c", { need: 1, coverage: 2 }],
    ] as const);
    const states = bivariateStates(["a", "b", "c", "e"], classes, new Set(), kinds);
    expect(states.get("a")).toMatchObject({ fill: BIVARIATE_COLORS[2]![0], pattern: "indirect" });
    expect(states.get("b")).toMatchObject({ fill: BIVARIATE_COLORS[2]![0], pattern: "" });
    expect(states.get("c")).toMatchObject({ fill: BIVARIATE_COLORS[1]![2], pattern: "" });
    expect(states.get("e")).toMatchObject({ fill: NO_DATA_COLOR, pattern: "no-data" });
  });
});

describe("writeStates (the feature-state writer)", () => {
  const state = (fill: string, extra: Partial<MunicipalityState> = {}): MunicipalityState => ({
    fill,
    pattern: "",
    overlooked: false,
    dim: false,
    ...extra,
  });

  it("writes everything the first time, then only what changed", () => {
    const written: string[] = [];
    const set = (id: string) => written.push(id);
    const first = new Map([
      ["a", state("#fff")],
      ["b", state("#000")],
    ]);
    expect(writeStates(set, first)).toBe(2);
    const second = new Map([
      ["a", state("#fff")],
      ["b", state("#000", { pattern: "indirect" })],
    ]);
    written.length = 0;
    expect(writeStates(set, second, first)).toBe(1);
    expect(written).toEqual(["b"]);
    const third = new Map([
      ["a", state("#fff", { overlooked: true })],
      ["b", state("#000", { pattern: "indirect", dim: true })],
    ]);
    expect(writeStates(set, third, second)).toBe(2);
    expect(writeStates(set, third, third)).toBe(0);
  });
});
