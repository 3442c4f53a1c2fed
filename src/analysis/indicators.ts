/** Indicator values: the one that counts for an area is the most recent (no year counts as oldest). Pure. */
import type { IndicatorValue } from "../data/schema.ts";

export function latestValues(
  values: Iterable<IndicatorValue>,
  keyOf: (value: IndicatorValue) => string | undefined,
): Map<string, IndicatorValue> {
  const latest = new Map<string, IndicatorValue>();
  for (const v of values) {
    const key = keyOf(v);
    if (key === undefined) continue;
    const current = latest.get(key);
    if (!current || (v.year ?? 0) > (current.year ?? 0)) latest.set(key, v);
  }
  return latest;
}
