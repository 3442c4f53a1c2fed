/**
 * The gap map: need (an indicator) against coverage (the chosen metric), in
 * 3 × 3 classes. Pure.
 *
 * - Need per municipality: its own value of a municipality-level indicator
 *   (the latest), or its country's value of a country-level one in one
 *   edition for all countries (countryEdition); for an indicator where higher
 *   is better, need runs the other way. A country-level count of people is not
 *   comparable between countries and is refused as need.
 * - Need classes: terciles over the units that measured it — the countries for
 *   a country-level indicator (Serbia's 160-odd municipalities do not weigh
 *   more than Montenegro's 25), the municipalities otherwise.
 * - Coverage classes: none (0), then the positive values split at their median.
 * - A municipality without a need value or without coverage data is "no data".
 */
import { quantileSorted } from "simple-statistics";
import type { Indicator, IndicatorValue } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";
import { comparableAsNeed, indicatorLayer, type Edition } from "./indicators.ts";

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

export interface Need {
  level: Indicator["level"];
  /** Sign-adjusted need per municipality (its own, or its country's). */
  perMunicipality: Map<string, number>;
  /** What was measured: per country for a country-level indicator, else per municipality. Classes split these. */
  units: Map<string, number>;
  /** For a country-level indicator, the edition compared. */
  edition?: Edition;
}

/** Need for an indicator at the level it was measured, or null when it cannot be compared as need. */
export function needOf(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  municipalities: ReadonlyArray<{ id: string; country: CountryCode }>,
): Need | null {
  if (!comparableAsNeed(indicator)) return null;
  const layer = indicatorLayer(indicator, values, municipalities);
  const sign = indicator.direction === "higher-is-better" ? -1 : 1;
  const units = new Map([...layer.latest].map(([key, v]) => [key, sign * v.value]));
  const perMunicipality = new Map<string, number>();
  for (const [id, v] of layer.perMunicipality) if (v !== undefined) perMunicipality.set(id, sign * v);
  const { edition } = layer;
  return { level: indicator.level, perMunicipality, units, ...(edition && { edition }) };
}

function tercileBreaks(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [quantileSorted(sorted, 1 / 3), quantileSorted(sorted, 2 / 3)];
}

/** `needUnits`: the values need terciles are computed over (default: every municipality's). */
export function bivariateClasses(
  need: ReadonlyMap<string, number>,
  coverage: ReadonlyMap<string, number | undefined>,
  needUnits: Iterable<number> = need.values(),
): { classes: Map<string, BivariateClass>; needBreaks?: [number, number]; coverageBreak?: number } {
  const classes = new Map<string, BivariateClass>();
  const needList = [...needUnits];
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
/**
 * High need, no known project: the top need class with no coverage, leaving out every municipality `exclude`
 * says is named by a cited source or reached otherwise (a region, a country-wide project). Highest need first.
 */
export function highNeedNoCoverage(
  classes: ReadonlyMap<string, BivariateClass>,
  need: ReadonlyMap<string, number>,
  exclude: (id: string) => boolean = () => false,
): string[] {
  return [...classes]
    .filter(([id, c]) => c.need === 2 && c.coverage === 0 && !exclude(id))
    .map(([id]) => id)
    .sort((a, b) => need.get(b)! - need.get(a)! || a.localeCompare(b));
}
