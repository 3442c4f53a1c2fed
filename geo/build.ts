/**
 * The municipality geo build: Who's On First records → public/geo/
 *   municipalities.topo.json (municipalities, country outlines and label points in one quantized topology, see
 *   src/geo/topology.ts), meta.json
 * Run by `npm install` (postinstall) and `npm run geo`. `--force` rebuilds
 * even when the inputs are unchanged. Never writes a half-built layer: the new
 * files are written to a temporary folder and swapped in at the end.
 */
import { createHash } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  CountryCollectionSchema,
  GeoMetaSchema,
  MunicipalityCollectionSchema,
  type CountryCode,
  type GeoMeta,
} from "../src/geo/schema.ts";
import { cleanRecords } from "./clean.ts";
import { decodeGeoFile, GEO_FILE } from "../src/geo/topology.ts";
import { encodeGeoFile, QUANTIZATION, type GeoFileLayers } from "./encode.ts";
import { countryLabelFeatures, labelFeatures } from "./labels.ts";
import { COUNTRIES, GeoBuildError, readRecord } from "./records.ts";
import { simplify, SIMPLIFY } from "./simplify.ts";
import { loadPins, PROJECT_ROOT, recordPath, resolveSource } from "./source.ts";

export const OUT_DIR = join(PROJECT_ROOT, "public/geo");
export const ATTRIBUTION =
  "Boundaries: Who's On First (whosonfirst.org), Mesoshapes (EuroGeographics EuroGlobalMap), Quattroshapes";
/** Gzipped size budget of the geometry file (test/bench/run.ts holds the app to it too). */
export const MAX_GZIP_BYTES = 300 * 1024;
const GEO_NAME = GEO_FILE.replace(/^geo\//, "");

async function inputHash(pinsText: string): Promise<string> {
  const hash = createHash("sha256").update(pinsText);
  const dirs = [join(PROJECT_ROOT, "geo"), join(PROJECT_ROOT, "src/geo"), join(PROJECT_ROOT, "src/lib")];
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts")).sort()) {
      hash.update(name).update(await readFile(join(dir, name)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

async function upToDate(outDir: string, hash: string): Promise<boolean> {
  try {
    const meta = GeoMetaSchema.parse(JSON.parse(await readFile(join(outDir, "meta.json"), "utf8")));
    return meta.inputHash === hash && existsSync(join(outDir, GEO_NAME));
  } catch {
    return false;
  }
}

/** Writes every file to a fresh folder, then swaps it in for outDir. */
async function writeAtomically(outDir: string, files: Record<string, string>): Promise<void> {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(tmp, name), text);
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });
}

export interface BuildOptions {
  force?: boolean;
  log?: (line: string) => void;
  /** Where the layers go (default public/geo). */
  outDir?: string;
  /** Read the records from this folder instead of the usual places. */
  recordsDir?: string;
}

export async function build({
  force = false,
  log = console.log,
  outDir = OUT_DIR,
  recordsDir,
}: BuildOptions = {}): Promise<GeoMeta | "up-to-date"> {
  const started = performance.now();
  const pinsText = await readFile(join(PROJECT_ROOT, "geo/wof-pins.json"), "utf8");
  const hash = await inputHash(pinsText);
  if (!force && (await upToDate(outDir, hash))) return "up-to-date";

  const pins = await loadPins();
  const source = await resolveSource(pins, { envDir: recordsDir });
  log(`geo: reading ${pins.length} records from ${source.dir} (${source.kind})`);
  const records = await Promise.all(pins.map((pin) => readRecord(pin, recordPath(source.dir, pin))));
  const { municipalities, log: cleanLog } = cleanRecords(records);
  for (const line of cleanLog) log(`geo: ${line}`);

  const simplified = await simplify(municipalities);
  const muniCollection = MunicipalityCollectionSchema.parse(simplified.municipalities);
  if (muniCollection.features.length !== municipalities.length) {
    throw new GeoBuildError(
      `simplification lost features: ${municipalities.length} in, ${muniCollection.features.length} out`,
    );
  }
  const countryCollection = CountryCollectionSchema.parse(simplified.countries);

  const counts = Object.fromEntries(COUNTRIES.map((c) => [c, 0])) as Record<CountryCode, number>;
  for (const f of muniCollection.features) counts[f.properties.country] += 1;
  const meta: GeoMeta = {
    builtFrom: `Who's On First, ${pins.length} records pinned in geo/wof-pins.json`,
    inputHash: hash,
    counts,
    total: muniCollection.features.length,
    simplify: SIMPLIFY,
    quantization: QUANTIZATION,
    attribution: ATTRIBUTION,
  };
  const geoText = JSON.stringify(
    encodeGeoFile({
      municipalities: muniCollection as GeoFileLayers["municipalities"],
      countries: countryCollection as GeoFileLayers["countries"],
      labels: labelFeatures(muniCollection.features as GeoFileLayers["municipalities"]["features"]),
      countryLabels: countryLabelFeatures(countryCollection.features as GeoFileLayers["countries"]["features"]),
    }),
  );
  // What the app will read: decoded and checked the same way, with every municipality still there.
  const decoded = decodeGeoFile(JSON.parse(geoText));
  if (decoded.municipalities.features.length !== muniCollection.features.length)
    throw new GeoBuildError(`quantization lost municipalities: ${decoded.municipalities.features.length} left`);
  const gzipBytes = gzipSync(geoText, { level: 9 }).length;
  if (gzipBytes > MAX_GZIP_BYTES) {
    throw new GeoBuildError(
      `${GEO_NAME} is ${Math.round(gzipBytes / 1024)} KB gzipped, over the ${MAX_GZIP_BYTES / 1024} KB budget`,
    );
  }
  await writeAtomically(outDir, {
    [GEO_NAME]: geoText,
    "meta.json": `${JSON.stringify(meta, null, 1)}\n`,
  });
  const perCountry = COUNTRIES.map((c) => `${c} ${counts[c]}`).join(", ");
  log(
    `geo: ${meta.total} municipalities (${perCountry}); ${GEO_NAME} ${Math.round(geoText.length / 1024)} KB, ` +
      `${Math.round(gzipBytes / 1024)} KB gzip; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return meta;
}

const isMain = process.argv[1] && import.meta.filename === realpathSync(process.argv[1]);
if (isMain) {
  build({ force: process.argv.includes("--force") })
    .then((result) => {
      if (result === "up-to-date") console.log("geo: public/geo is up to date (npm run geo -- --force to rebuild)");
    })
    .catch((e: unknown) => {
      console.error(e instanceof GeoBuildError ? `geo build failed: ${e.message}` : e);
      process.exit(1);
    });
}
