/**
 * The two fill patterns drawn over the choropleth, as raw RGBA pixels for
 * map.addImage (no canvas needed), and the same patterns as CSS for the
 * legend's swatches. Pure.
 *
 * - "no data": a white cross-hatch over the grey "no data" fill, so that a
 *   missing value never looks like a light class (or like zero);
 * - "reached otherwise": dark diagonal lines over the class colour, for a
 *   municipality no project names but a region, a whole-country project or a
 *   cited source reaches.
 */
import type { FillPattern } from "./choropleth.ts";

export const PATTERN_IMAGE = {
  "no-data": "wb-pattern-no-data",
  indirect: "wb-pattern-indirect",
} as const satisfies Record<Exclude<FillPattern, "">, string>;

/** Image pixels per tile side; drawn at pixel ratio 2, so one tile is 6 CSS pixels. */
export const PATTERN_SIZE = 12;
export const PATTERN_PIXEL_RATIO = 2;

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Rgba = readonly [number, number, number, number];
const WHITE: Rgba = [255, 255, 255, 200];
const INK: Rgba = [38, 50, 58, 115];

/** A tile with lines 2 pixels wide along one or both diagonals; elsewhere transparent. Tiles seamlessly. */
function diagonals(rising: boolean, falling: boolean, color: Rgba): PatternImage {
  const n = PATTERN_SIZE;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const onRising = rising && (x + y) % n < 2;
      const onFalling = falling && (x - y + n) % n < 2;
      if (!onRising && !onFalling) continue;
      data.set(color, (y * n + x) * 4);
    }
  return { width: n, height: n, data };
}

export function patternImage(pattern: Exclude<FillPattern, "">): PatternImage {
  return pattern === "no-data" ? diagonals(true, true, WHITE) : diagonals(true, false, INK);
}

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
const STEP = PATTERN_SIZE / PATTERN_PIXEL_RATIO;

/** The pattern as a CSS background over `base`, for a legend swatch that matches the map. */
export function patternCss(pattern: Exclude<FillPattern, "">, base: string): string {
  const line = (angle: number, color: Rgba) =>
    `repeating-linear-gradient(${angle}deg, ${css(color)} 0 1px, transparent 1px ${STEP / Math.SQRT2}px)`;
  // A gradient at 135° has stripes rising to the right, like the tile's (x + y) lines.
  const layers = pattern === "no-data" ? [line(45, WHITE), line(135, WHITE)] : [line(135, INK)];
  return [...layers, base].join(", ");
}
