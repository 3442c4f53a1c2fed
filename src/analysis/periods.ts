/**
 * Periods of whole years, and whether a project was at work in one, at the precision its dates give. Pure.
 *
 * A project's years are bounded by what is known:
 * - a start (or end) date gives its year;
 * - a missing start is at the latest the end's year, a missing end at the earliest the start's year;
 * - the status, as of the day the record was last checked, bounds what is missing: "ongoing" means it had started and
 *   had not ended by that year, "completed" that it had ended by then, "planned" that it had not started before it.
 * A project is "active" in a period when it certainly overlaps it, "inactive" when it certainly does not, and
 * "unknown" when its dates cannot tell (an open end, no dates at all). Never guessed.
 */
import { MAX_YEAR, MIN_YEAR, yearOf } from "../data/dates.ts";
import type { Project } from "../data/schema.ts";

export interface Period {
  from: number;
  to: number;
}

export type Activity = "active" | "inactive" | "unknown";

const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;

/** "2016-2018" or "2021" (a single year) as a period; undefined for anything else, a reversed range or years out of range. */
export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD.exec(text.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < MIN_YEAR || to > MAX_YEAR || from > to) return undefined;
  return { from, to };
}

/** "2016-2018", or "2021" for a single year: the URL's form. */
export function formatPeriod(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
}

/** "2016–2018" (en dash), or "2021": the form shown to readers. */
export function periodLabel(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The earliest and latest years a project can have started and ended in (±Infinity where nothing bounds them). */
export interface YearBounds {
  startMin: number;
  startMax: number;
  endMin: number;
  endMax: number;
}

export function yearBounds(p: Project): YearBounds {
  const start = p.start ? yearOf(p.start) : undefined;
  const end = p.end ? yearOf(p.end) : undefined;
  const checked = yearOf(p.lastVerified);
  let startMin = start ?? -Infinity;
  let startMax = start ?? end ?? Infinity;
  let endMin = end ?? start ?? -Infinity;
  let endMax = end ?? Infinity;
  if (p.status === "ongoing") {
    if (start === undefined) startMax = Math.min(startMax, checked);
    if (end === undefined) endMin = Math.max(endMin, checked);
  } else if (p.status === "completed") {
    if (start === undefined) startMax = Math.min(startMax, checked);
    if (end === undefined) endMax = Math.min(endMax, checked);
  } else if (p.status === "planned" && start === undefined) {
    startMin = Math.max(startMin, checked);
  }
  // A start can be no later than the end, and the reverse.
  startMax = Math.min(startMax, endMax);
  endMin = Math.max(endMin, startMin);
  return { startMin, startMax, endMin, endMax };
}

export function activityIn(bounds: YearBounds, period: Period): Activity {
  if (bounds.startMin > period.to || bounds.endMax < period.from) return "inactive";
  if (bounds.startMax <= period.to && bounds.endMin >= period.from) return "active";
  return "unknown";
}

/** The first and last year any dated project names (undefined for a dataset without dates): what playback steps through. */
export function yearExtent(projects: readonly Project[]): Period | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const p of projects)
    for (const date of [p.start, p.end]) {
      if (!date) continue;
      const y = yearOf(date);
      if (y < from) from = y;
      if (y > to) to = y;
    }
  return from <= to ? { from, to } : undefined;
}

/**
 * The period playback shows after `current`: the same number of years, one year on; back to the start of `extent`
 * once the window has passed its end. Without a current period, the first year of the extent.
 */
export function nextPeriod(current: Partial<Period>, extent: Period, step: 1 | -1 = 1): Period {
  if (current.from === undefined || current.to === undefined) {
    const y = step === 1 ? extent.from : extent.to;
    return { from: y, to: y };
  }
  const width = current.to - current.from;
  const from = current.from + step;
  if (step === 1 && from > extent.to) return { from: extent.from, to: extent.from + width };
  if (step === -1 && from + width < extent.from) return { from: extent.to - width, to: extent.to };
  return { from, to: from + width };
}

/**
 * The periods the change view opens on: the later is the period already chosen (the year filter), else the last three
 * years of the data up to `thisYear`; the earlier, as many years just before it.
 */
export function defaultPeriods(
  extent: Period,
  chosen: Partial<Period>,
  thisYear: number,
): { earlier: Period; later: Period } {
  const end = Math.max(extent.from, Math.min(extent.to, thisYear));
  const later =
    chosen.from !== undefined && chosen.to !== undefined
      ? { from: chosen.from, to: chosen.to }
      : { from: Math.max(MIN_YEAR + 3, end - 2), to: end };
  const width = later.to - later.from;
  return { earlier: { from: later.from - width - 1, to: later.from - 1 }, later };
}
