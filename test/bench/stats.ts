/** Pure helpers of `npm run bench`: summaries of repeated measures and the budgets they are held to. */
import { linearRegression, median, quantileSorted } from "simple-statistics";

export interface Summary {
  /** How many measures. */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error("summarise: no values");
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: median(sorted),
    p95: quantileSorted(sorted, 0.95),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Bytes gained per step, by least squares over the samples in order (a leak shows as a steady slope). */
export function growthPerStep(samples: readonly number[]): number {
  if (samples.length < 2) return 0;
  return linearRegression(samples.map((y, x) => [x, y])).m;
}

export interface Budget {
  name: string;
  value: number;
  budget: number;
  unit: string;
  pass: boolean;
  /** For the first-idle budgets: the value is this ratio of the app's time to the baseline's. */
  ratio?: number;
}

/** A budget met when the value is at most the limit (every budget here is a ceiling). */
export function budget(
  name: string,
  value: number,
  limit: number,
  unit: string,
  extra: { ratio?: number } = {},
): Budget {
  return { name, value, budget: limit, unit, pass: Number.isFinite(value) && value <= limit, ...extra };
}

/** What a file is, for the transfer split. */
export type TransferKind = "html" | "js" | "css" | "geometry" | "data" | "glyphs" | "other";

export function transferKind(path: string): TransferKind {
  if (path.endsWith(".html") || path.endsWith("/")) return "html";
  if (path.startsWith("/glyphs/")) return "glyphs";
  if (path.startsWith("/geo/")) return "geometry";
  if (/\.m?js$/.test(path)) return "js";
  if (path.endsWith(".css")) return "css";
  if (path.endsWith(".json")) return "data";
  return "other";
}

/** A table for the terminal and README: one row per budget. */
export function budgetTable(budgets: readonly Budget[]): string {
  const fmt = (b: Budget, v: number) => `${Number.isInteger(v) ? v : v.toFixed(2)} ${b.unit}`;
  const rows = budgets.map((b) => [
    b.name,
    b.ratio !== undefined ? `${fmt(b, b.value)} (${b.ratio.toFixed(2)} ×)` : fmt(b, b.value),
    `≤ ${fmt(b, b.budget)}`,
    b.pass ? "pass" : "FAIL",
  ]);
  const header = ["budget", "measured", "limit", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
