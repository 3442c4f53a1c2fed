/**
 * Dataset benchmark: parse + validate (with the municipality checks and
 * point-in-polygon) and the spreadsheet round trip, for the seed dataset and
 * synthetic datasets of growing size. Median of N runs, in Node.
 *
 *   npm run bench:data [-- runs]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { datasetToCsvFiles, datasetToXlsx } from "../../src/data/export.ts";
import { createLocator } from "../../src/data/location.ts";
import { validateRead, parseJsonText } from "../../src/data/parse.ts";
import { readDatasetFiles } from "../../src/data/read.ts";
import { generateSyntheticDataset } from "../../src/data/synthetic.ts";
import { labelPoint } from "../../src/geo/labelPoint.ts";
import { readGeoLayers } from "../../geo/read.ts";

const runs = Number(process.argv[2] ?? 5);
const geo = readGeoLayers().municipalities;
const props = geo.features.map((f) => f.properties);
const context = { municipalityIds: new Set(props.map((p) => p.id)), locate: createLocator(geo.features) };
const municipalities = geo.features.map((f) => ({
  id: f.properties.id,
  country: f.properties.country,
  point: labelPoint(f.geometry),
}));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const file = (name: string, content: string | Blob) => {
  const blob = typeof content === "string" ? new Blob([content]) : content;
  return { name, size: blob.size, text: () => blob.text(), arrayBuffer: () => blob.arrayBuffer() };
};
async function time(fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const cases: Array<[string, string]> = [["seed", readFileSync(resolve("data/dataset.json"), "utf8")]];
for (const [organisations, projects] of [
  [100, 1000],
  [500, 5000],
  [500, 20000],
] as const)
  cases.push([
    `synthetic ${organisations} org / ${projects} projects`,
    JSON.stringify(generateSyntheticDataset({ seed: 1, organisations, projects, municipalities })),
  ]);

console.log(`median of ${runs} runs (ms)`);
console.log(
  "dataset | MB | JSON parse+validate | CSV export | CSV import+validate | XLSX export | XLSX import+validate",
);
for (const [name, text] of cases) {
  const json = await time(() => validateRead(parseJsonText(text, "x.json"), context));
  const dataset = validateRead(parseJsonText(text, "x.json"), context).dataset;
  const csvExport = await time(() => datasetToCsvFiles(dataset));
  const csv = datasetToCsvFiles(dataset).map((f) => file(f.name, f.text));
  const csvImport = await time(async () => validateRead(await readDatasetFiles(csv), context));
  const xlsxExport = await time(() => datasetToXlsx(dataset, props));
  const xlsx = [file("x.xlsx", await datasetToXlsx(dataset, props))];
  const xlsxImport = await time(async () => validateRead(await readDatasetFiles(xlsx), context));
  const mb = (text.length / 1024 / 1024).toFixed(2);
  console.log(
    [name, mb, json, csvExport, csvImport, xlsxExport, xlsxImport]
      .map((v) => (typeof v === "number" ? v.toFixed(0) : v))
      .join(" | "),
  );
}
