/**
 * The choropleth as feature state: each municipality's fill colour (its
 * class's colour, or the "no data" colour), the pattern drawn over it ("no
 * data", or coverage that reaches it without a project naming it) and whether
 * it is overlooked. The style reads them with ["feature-state", …], so a
 * filter change updates colours without MapLibre re-tiling the layer. Pure.
 */
import { BIVARIATE_COLORS, type BivariateClass } from "../analysis/bivariate.ts";
import { classOf, type Classes } from "../analysis/classify.ts";
import { isReached, type CoverageKind } from "../analysis/coverageKind.ts";

export const NO_DATA_COLOR = "#b9bec2";

/**
 * Drawn over the fill: "no-data" (a cross-hatch on grey: nothing is known, which is not zero) or "indirect" (no
 * project names the municipality, but a region, a whole-country project or a cited source reaches it).
 */
export type FillPattern = "" | "no-data" | "indirect";

export interface MunicipalityState {
  fill: string;
  pattern: FillPattern;
  overlooked: boolean;
  /** Outside the legend class picked to stand out. */
  dim: boolean;
}

/** The pattern for a municipality with no value, with zero (or no coverage class), or with some coverage. */
function patternOf(hasValue: boolean, zero: boolean, kind: CoverageKind | undefined): FillPattern {
  if (!hasValue) return "no-data";
  return zero && kind !== undefined && isReached(kind) ? "indirect" : "";
}

/**
 * `kinds`: each municipality's coverage kind when a coverage metric is mapped (absent for an indicator, which has
 * no "reached indirectly").
 */
export function choroplethStates(
  values: ReadonlyMap<string, number | undefined>,
  classes: Classes | undefined,
  overlooked: ReadonlySet<string>,
  highlight: number | null = null,
  kinds?: ReadonlyMap<string, CoverageKind>,
): Map<string, MunicipalityState> {
  const states = new Map<string, MunicipalityState>();
  for (const [id, value] of values) {
    const c = classes ? classOf(classes, value) : undefined;
    states.set(id, {
      fill: c === undefined ? NO_DATA_COLOR : classes!.colors[c]!,
      pattern: patternOf(c !== undefined, value === 0, kinds?.get(id)),
      overlooked: overlooked.has(id),
      dim: highlight !== null && c !== highlight,
    });
  }
  return states;
}

/** Municipalities per class, and without data, for the legend. */
export function classCounts(
  values: ReadonlyMap<string, number | undefined>,
  classes: Classes | undefined,
): { perClass: number[]; noData: number } {
  const perClass = classes ? classes.colors.map(() => 0) : [];
  let noData = 0;
  for (const value of values.values()) {
    const c = classes ? classOf(classes, value) : undefined;
    if (c === undefined) noData++;
    else perClass[c]!++;
  }
  return { perClass, noData };
}

/** Municipalities at zero (or no coverage class) that some other coverage reaches: the legend's hatched row. */
export function indirectCount(states: ReadonlyMap<string, MunicipalityState>): number {
  let n = 0;
  for (const s of states.values()) if (s.pattern === "indirect") n++;
  return n;
}

/** Feature states for the gap map: the bivariate colour, or "no data"; hatched where "none" is reached otherwise. */
export function bivariateStates(
  ids: Iterable<string>,
  classes: ReadonlyMap<string, BivariateClass>,
  overlooked: ReadonlySet<string>,
  kinds?: ReadonlyMap<string, CoverageKind>,
): Map<string, MunicipalityState> {
  const states = new Map<string, MunicipalityState>();
  for (const id of ids) {
    const c = classes.get(id);
    states.set(id, {
      fill: c ? BIVARIATE_COLORS[c.need]![c.coverage]! : NO_DATA_COLOR,
      pattern: patternOf(c !== undefined, c?.coverage === 0, kinds?.get(id)),
      overlooked: overlooked.has(id),
      dim: false,
    });
  }
  return states;
}

/** Whether writing `next` over `before` changes anything (the writer skips unchanged municipalities). */
export function sameState(before: MunicipalityState | undefined, next: MunicipalityState): boolean {
  return (
    before !== undefined &&
    before.fill === next.fill &&
    before.pattern === next.pattern &&
    before.overlooked === next.overlooked &&
    before.dim === next.dim
  );
}

/**
 * The feature-state writer: writes each municipality whose state differs from what was last written (`before`,
 * absent after the source was replaced) and returns how many it wrote.
 */
export function writeStates(
  set: (id: string, state: MunicipalityState) => void,
  next: ReadonlyMap<string, MunicipalityState>,
  before?: ReadonlyMap<string, MunicipalityState>,
): number {
  let written = 0;
  for (const [id, state] of next) {
    if (sameState(before?.get(id), state)) continue;
    set(id, state);
    written++;
  }
  return written;
}
