/**
 * Filter benchmark: one filter change with 500 organisations and 20,000
 * projects — filter, facet counts, metrics for all 504 municipalities, classes
 * and the MapLibre fill expression — as the app does it on the main thread.
 * Median of N runs, in Node (the browser repaint is measured separately).
 *
 *   npm run bench:filter [-- runs]
 */
import { classify } from "../../src/analysis/classify.ts";
import { applyFilters, facetCounts, indexProjects, NO_FILTERS, type Filters } from "../../src/analysis/filters.ts";
import { computeMetrics, metricValue } from "../../src/analysis/metrics.ts";
import { generateSyntheticDataset } from "../../src/data/synthetic.ts";
import { labelPoint } from "../../src/geo/labelPoint.ts";
import { choroplethStates } from "../../src/map/choropleth.ts";
import { readGeoLayers } from "../../geo/read.ts";

const runs = Number(process.argv[2] ?? 15);
const geo = readGeoLayers().municipalities;
const infos = geo.features.map((f) => f.properties);
const countryOf = new Map(infos.map((m) => [m.id, m.country]));
const dataset = generateSyntheticDataset({
  seed: 1,
  organisations: 500,
  projects: 20_000,
  municipalities: geo.features.map((f) => ({
    id: f.properties.id,
    country: f.properties.country,
    point: labelPoint(f.geometry),
  })),
});
// Built once per dataset in the app (memoised), not per filter change.
const index = indexProjects(dataset, (id) => countryOf.get(id));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function change(filters: Filters) {
  const t0 = performance.now();
  const data = applyFilters(dataset, filters, index);
  const t1 = performance.now();
  facetCounts(index, filters);
  const t2 = performance.now();
  const metrics = computeMetrics(data, infos);
  const values = new Map([...metrics].map(([id, m]) => [id, metricValue(m, "fundingEur")]));
  const classes = classify([...values.values()], "natural", 5);
  choroplethStates(values, classes, new Set());
  const t3 = performance.now();
  return { filter: t1 - t0, facets: t2 - t1, metrics: t3 - t2, total: t3 - t0 };
}

const scenarios: Array<[string, Filters]> = [
  ["no filter", NO_FILTERS],
  ["one donor", { ...NO_FILTERS, donors: ["syn-donor-00001"] }],
  [
    "donor + activity + country + years",
    {
      ...NO_FILTERS,
      donors: ["syn-donor-00001", "syn-donor-00002"],
      activities: ["education"],
      countries: ["RS", "XK"],
      from: 2016,
      to: 2020,
    },
  ],
];
console.log(`500 organisations, 20,000 projects; median of ${runs} runs (ms)`);
console.log("scenario | filter | facet counts | metrics+classes+expression | total");
for (const [name, filters] of scenarios) {
  change(filters); // warm up
  const results = Array.from({ length: runs }, () => change(filters));
  const m = (k: keyof ReturnType<typeof change>) => median(results.map((r) => r[k])).toFixed(1);
  console.log([name, m("filter"), m("facets"), m("metrics"), m("total")].join(" | "));
}
