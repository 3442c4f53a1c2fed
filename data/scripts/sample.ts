/**
 * Writes a synthetic sample dataset (every record marked synthetic) over the
 * real municipalities, for trying the app and for benchmarks:
 *
 *   npm run data:sample -- --organisations 500 --projects 20000 --seed 1
 *
 * Default output: public/sample/sample.json (git-ignored), which the app
 * loads with ?data=/sample/sample.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateSyntheticDataset, type SyntheticMunicipality } from "../../src/data/synthetic.ts";
import { readGeoLayers } from "../../geo/read.ts";

export function readMunicipalities(): SyntheticMunicipality[] {
  const { labels } = readGeoLayers();
  return labels.features.map((f) => ({
    id: f.properties.id,
    country: f.properties.country,
    point: f.geometry.coordinates,
  }));
}

const { values } = parseArgs({
  options: {
    organisations: { type: "string", default: "500" },
    projects: { type: "string", default: "2000" },
    donors: { type: "string", default: "40" },
    places: { type: "string", default: "60" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "public/sample/sample.json" },
  },
});
const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${values[name]}`);
  return n;
};
const dataset = generateSyntheticDataset({
  seed: count("seed"),
  organisations: count("organisations"),
  projects: count("projects"),
  donors: count("donors"),
  places: count("places"),
  municipalities: readMunicipalities(),
});
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(dataset);
writeFileSync(out, text);
console.log(
  `wrote ${out}: ${dataset.organisations.length} organisations, ${dataset.projects.length} projects, ` +
    `${(text.length / 1024 / 1024).toFixed(1)} MB`,
);
