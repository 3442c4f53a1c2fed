/**
 * The municipality fill colour as a MapLibre expression: municipalities
 * grouped by class, "no data" in its own colour. Typed style data, pure.
 */
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from "maplibre-gl";
import { classOf, type Classes } from "../analysis/classify.ts";

export const NO_DATA_COLOR = "#b9bec2";

export function choroplethFillColor(
  values: ReadonlyMap<string, number | undefined>,
  classes: Classes | undefined,
): DataDrivenPropertyValueSpecification<string> {
  if (!classes) return NO_DATA_COLOR;
  const groups: string[][] = classes.colors.map(() => []);
  for (const [id, value] of values) {
    const c = classOf(classes, value);
    if (c !== undefined) groups[c]!.push(id);
  }
  const branches = groups.flatMap((ids, i) => (ids.length > 0 ? [ids, classes.colors[i]!] : []));
  if (branches.length === 0) return NO_DATA_COLOR;
  return ["match", ["get", "id"], ...branches, NO_DATA_COLOR] as unknown as ExpressionSpecification;
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
