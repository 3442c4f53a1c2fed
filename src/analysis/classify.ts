/**
 * Classes for a choropleth: quantile, equal interval or natural breaks
 * (ckmeans, simple-statistics), 3–7 classes, colour-blind-safe ColorBrewer
 * palettes (d3-scale-chromatic). Values that are missing are "no data" and
 * never fall in a class. Pure.
 */
import { schemeBlues, schemeOranges, schemeYlGnBu } from "d3-scale-chromatic";
import { ckmeans, equalIntervalBreaks, quantileSorted } from "simple-statistics";

export const CLASS_METHODS = ["quantile", "equal", "natural"] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

export interface Classes {
  /** Upper bounds of each class; the first class starts at `min`. */
  min: number;
  upper: number[];
  colors: string[];
  /** Every value is zero: one neutral class, and the legend says so. */
  allZero?: true;
}

/** The colour of a map where every municipality has zero: neutral, lighter than any class colour. */
export const ALL_ZERO_COLOR = "#f0f0f0";

export const PALETTES = { blues: schemeBlues, oranges: schemeOranges, ylgnbu: schemeYlGnBu } as const;
export type PaletteId = keyof typeof PALETTES;

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function breaks(sorted: number[], method: ClassMethod, k: number): number[] {
  const distinct = uniqueSorted(sorted);
  const n = Math.max(1, Math.min(k, distinct.length));
  let upper: number[];
  if (n === 1) upper = [distinct[distinct.length - 1]!];
  else if (method === "equal") upper = equalIntervalBreaks(sorted, n).slice(1);
  else if (method === "natural") upper = ckmeans(sorted, n).map((cluster) => cluster[cluster.length - 1]!);
  else upper = Array.from({ length: n }, (_, i) => quantileSorted(sorted, (i + 1) / n));
  // Whole-number data (counts) get whole-number breaks.
  if (sorted.every(Number.isInteger)) upper = upper.map(Math.floor);
  upper = uniqueSorted(upper);
  upper[upper.length - 1] = sorted[sorted.length - 1]!;
  return upper;
}

/**
 * Class breaks for the values; fewer classes when there are fewer distinct
 * values. Zero, when present among positive values, is a class of its own
 * ("none recorded" is not the same as "a little"), and the other classes
 * divide the positive values.
 */
export function classify(
  values: readonly (number | undefined)[],
  method: ClassMethod,
  k: number,
  palette: PaletteId = "blues",
): Classes | undefined {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b);
  if (present.length === 0) return undefined;
  const n = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, k));
  const positive = present.filter((v) => v > 0);
  const zeroClass = present[0] === 0 && positive.length > 0;
  const upper = zeroClass ? [0, ...breaks(positive, method, n - 1)] : breaks(present, method, n);
  const scheme = PALETTES[palette][Math.max(3, upper.length)] ?? PALETTES[palette][3]!;
  // Zero is always the lightest colour: with a zero class the scheme starts at its light end, and when every value
  // is zero the single class is a neutral grey, never a colour that reads as "a lot". With fewer than 3 classes of
  // positive values, the darker end of the 3-class scheme is used.
  const allZero = upper.length === 1 && upper[0] === 0;
  const colors = allZero
    ? [ALL_ZERO_COLOR]
    : zeroClass
      ? scheme.slice(0, upper.length)
      : scheme.slice(scheme.length - upper.length);
  return { min: present[0]!, upper, colors: [...colors], ...(allZero ? { allZero: true } : {}) };
}

/** The class index of a value, or undefined for "no data". */
export function classOf(classes: Classes, value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const i = classes.upper.findIndex((u) => value <= u);
  return i === -1 ? classes.upper.length - 1 : i;
}
