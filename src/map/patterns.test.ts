import { describe, expect, it } from "vitest";
import { PATTERN_SIZE, patternCss, patternImage } from "./patterns.ts";

const alphaAt = (image: ReturnType<typeof patternImage>, x: number, y: number) =>
  image.data[(y * image.width + x) * 4 + 3]!;

describe("fill patterns", () => {
  it("draws the 'reached' hatch along one diagonal, transparent elsewhere, tiling seamlessly", () => {
    const img = patternImage("indirect");
    expect(img.data.length).toBe(PATTERN_SIZE * PATTERN_SIZE * 4);
    expect(alphaAt(img, 0, 0)).toBeGreaterThan(0);
    expect(alphaAt(img, PATTERN_SIZE - 1, 1)).toBeGreaterThan(0); // (x + y) % n === 0: the line wraps
    expect(alphaAt(img, 5, 0)).toBe(0);
    expect(alphaAt(img, 0, 5)).toBe(0);
    // one diagonal only: (x − y) lines are empty away from the other
    expect(alphaAt(img, 3, 3)).toBe(0);
  });

  it("cross-hatches 'no data' along both diagonals", () => {
    const img = patternImage("no-data");
    expect(alphaAt(img, 3, 3)).toBeGreaterThan(0);
    expect(alphaAt(img, 3, PATTERN_SIZE - 3)).toBeGreaterThan(0);
    expect(alphaAt(img, 6, 0)).toBe(0);
  });

  it("gives the legend the same pattern over the fill colour", () => {
    expect(patternCss("no-data", "#b9bec2")).toMatch(/repeating-linear-gradient.*repeating-linear-gradient.*#b9bec2$/);
    expect(patternCss("indirect", "#eff3ff").match(/repeating-linear-gradient/g)).toHaveLength(1);
  });
});
