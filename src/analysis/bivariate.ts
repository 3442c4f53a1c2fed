/**
 * The gap map: need (an indicator) against coverage (the chosen metric), in
 * 3 × 3 classes. Pure.
 *
 * - Need per municipality: its own value of a municipality-level indicator,
 *   or its country's value of a country-level one (the latest year); for an
 *   indicator where higher is better, need runs the other way.
 * - Need classes: terciles over the municipalities with a value.
 * - Coverage classes: none (0), then the positive values split at their median.
 * - A municipality without a need value or without coverage data is "no data".
 */
import { quantileSorted } from "simple-statistics";
import type { Indicator, IndicatorValue } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";
import { latestValues } from "./indicators.ts";

/** Stevens' 3 × 3 bivariate scheme: [need][coverage], need rows low→high, coverage columns none→high. */
export const BIVARIATE_COLORS: readonly (readonly string[])[] = [
  ["#e8e8e8", "#ace4e4", "#5ac8c8"],
  ["#dfb0d6", "#a5add3", "#5698b9"],
  ["#be64ac", "#8c62aa", "#3b4994"],
];

export interface BivariateClass {
  need: 0 | 1 | 2;
  coverage: 0 | 1 | 2;
}

/** Need values per municipality for an indicator: own values, or their country's. */
export function needValues(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  municipalities: ReadonlyArray<{ id: string; country: CountryCode }>,
): Map<string, number> {
  const latest = latestValues(values, (v) =>
    v.indicator === indicator.id ? (v.municipalityId ?? v.country) : undefined,
  );
  const sign = indicator.direction === "higher-is-better" ? -1 : 1;
  const result = new Map<string, number>();
  for (const m of municipalities) {
    const v = indicator.level === "country" ? latest.get(m.country) : latest.get(m.id);
    if (v) result.set(m.id, sign * v.value);
  }
  return result;
}

function tercileBreaks(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [quantileSorted(sorted, 1 / 3), quantileSorted(sorted, 2 / 3)];
}

export function bivariateClasses(
  need: ReadonlyMap<string, number>,
  coverage: ReadonlyMap<string, number | undefined>,
): { classes: Map<string, BivariateClass>; needBreaks?: [number, number]; coverageBreak?: number } {
  const classes = new Map<string, BivariateClass>();
  const needList = [...need.values()];
  if (needList.length === 0) return { classes };
  const needBreaks = tercileBreaks(needList);
  const positive = [...coverage.values()].filter((v): v is number => v !== undefined && v > 0).sort((a, b) => a - b);
  const coverageBreak = positive.length > 0 ? quantileSorted(positive, 0.5) : undefined;
  for (const [id, n] of need) {
    const c = coverage.get(id);
    if (c === undefined) continue;
    const needClass = n <= needBreaks[0] ? 0 : n <= needBreaks[1] ? 1 : 2;
    const coverageClass = c <= 0 ? 0 : coverageBreak === undefined || c <= coverageBreak ? 1 : 2;
    classes.set(id, { need: needClass, coverage: coverageClass });
  }
  return { classes, needBreaks, coverageBreak };
}

/** High need and no coverage, highest need first. */
export function highNeedNoCoverage(
  classes: ReadonlyMap<string, BivariateClass>,
  need: ReadonlyMap<string, number>,
): string[] {
  return [...classes]
    .filter(([, c]) => c.need === 2 && c.coverage === 0)
    .map(([id]) => id)
    .sort((a, b) => need.get(b)! - need.get(a)! || a.localeCompare(b));
}
