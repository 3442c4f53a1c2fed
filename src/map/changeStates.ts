/**
 * The change view as feature state: each municipality coloured by what happened between the two periods, or each
 * country by how its index score moved between two editions. Municipalities: categories, not classes (the numbers
 * behind them are in the tooltip, the panel and the CSV), in colours of the Okabe–Ito set, told apart with
 * colour-blindness. Countries: a diverging scale of the change. Pure.
 */
import type { AreaChange, ChangeView } from "../analysis/change.ts";
import { interpolatePuOr, interpolateRdBu } from "d3-scale-chromatic";
import type { EditionComparison } from "../analysis/editions.ts";
import type { Indicator } from "../data/schema.ts";
import type { CountryCode } from "../geo/schema.ts";
import { NO_DATA_COLOR, type MunicipalityState } from "./choropleth.ts";

export const CHANGE_COLORS: Record<AreaChange, string> = {
  started: "#009e73",
  ended: "#d55e00",
  continued: "#0072b2",
  unclear: "#cc79a7",
  none: "#f1efe8",
};

/**
 * A country's colour for its score's change: on a diverging scale whose ends are the largest change in the comparison,
 * so that the colour is as strong as the change is large (a 0.01 move is all but white, never a full "worse"). The
 * indicator's direction picks the side: red for worse, blue for better; purple and orange when it has none.
 */
export function editionColor(indicator: Indicator, delta: number | undefined, largest: number): string {
  if (delta === undefined) return NO_DATA_COLOR;
  const t = largest === 0 ? 0.5 : 0.5 + delta / (2 * largest);
  if (indicator.direction === "neutral") return interpolatePuOr(1 - t);
  return interpolateRdBu(indicator.direction === "higher-is-worse" ? 1 - t : t);
}

/** The largest change in a comparison (0 when nothing changed or nothing is compared). */
export function largestChange(comparison: EditionComparison): number {
  return Math.max(0, ...comparison.countries.map((c) => Math.abs(c.delta ?? 0)));
}

/** `highlight`: the category picked in the legend; the others are dimmed. */
export function changeStates(view: ChangeView, highlight: AreaChange | null = null): Map<string, MunicipalityState> {
  const states = new Map<string, MunicipalityState>();
  for (const [id, m] of view.municipalities)
    states.set(id, {
      fill: CHANGE_COLORS[m.category],
      pattern: "",
      overlooked: false,
      dim: highlight !== null && m.category !== highlight,
    });
  return states;
}

/** Per municipality, its country's change; a country outside the comparison is "no data" (hatched). */
export function editionStates(
  comparison: EditionComparison,
  municipalities: Iterable<{ id: string; country: CountryCode }>,
): Map<string, MunicipalityState> {
  const largest = largestChange(comparison);
  const byCountry = new Map(comparison.countries.map((c) => [c.country, c.delta]));
  const states = new Map<string, MunicipalityState>();
  for (const m of municipalities) {
    const delta = byCountry.get(m.country);
    states.set(m.id, {
      fill: editionColor(comparison.indicator, delta, largest),
      pattern: delta === undefined ? "no-data" : "",
      overlooked: false,
      dim: false,
    });
  }
  return states;
}
