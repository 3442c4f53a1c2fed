/**
 * The choropleth as feature state: each municipality's fill colour (its
 * class's colour, or the "no data" colour) and whether it is overlooked. The
 * style reads them with ["feature-state", …], so a filter change updates
 * colours without MapLibre re-tiling the layer. Pure.
 */
import { BIVARIATE_COLORS, type BivariateClass } from "../analysis/bivariate.ts";
import { classOf, type Classes } from "../analysis/classify.ts";

export const NO_DATA_COLOR = "#b9bec2";

export interface MunicipalityState {
  fill: string;
  overlooked: boolean;
  /** Outside the legend class picked to stand out. */
  dim: boolean;
}

export function choroplethStates(
  values: ReadonlyMap<string, number | undefined>,
  classes: Classes | undefined,
  overlooked: ReadonlySet<string>,
  highlight: number | null = null,
): Map<string, MunicipalityState> {
  const states = new Map<string, MunicipalityState>();
  for (const [id, value] of values) {
    const c = classes ? classOf(classes, value) : undefined;
    states.set(id, {
      fill: c === undefined ? NO_DATA_COLOR : classes!.colors[c]!,
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

/** Feature states for the gap map: the bivariate colour, or "no data". */
export function bivariateStates(
  ids: Iterable<string>,
  classes: ReadonlyMap<string, BivariateClass>,
  overlooked: ReadonlySet<string>,
): Map<string, MunicipalityState> {
  const states = new Map<string, MunicipalityState>();
  for (const id of ids) {
    const c = classes.get(id);
    states.set(id, {
      fill: c ? BIVARIATE_COLORS[c.need]![c.coverage]! : NO_DATA_COLOR,
      overlooked: overlooked.has(id),
      dim: false,
    });
  }
  return states;
}
