/**
 * The geo cleaning and build on the real Who's On First records (../shared/geo/wof).
 */
import { cp, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { booleanPointInPolygon } from "@turf/turf";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES, nameKey, type CountryCode } from "../src/geo/schema.ts";
import { build, MAX_GZIP_BYTES } from "./build.ts";
import { cleanRecords, MIN_POPULATION_YEAR, type CleanFeature } from "./clean.ts";
import { labelFeatures } from "./labels.ts";
import { COUNTRIES, readRecord, type WofRecord } from "./records.ts";
import { simplify, type Simplified } from "./simplify.ts";
import { loadPins, recordPath, SHARED_WOF_DIR } from "./source.ts";

/** Expected counts: see ../shared/geo/README.md (MK after the 2013 Kičevo merger, XK without fragments). */
const EXPECTED: Record<CountryCode, [number, number]> = {
  AL: [61, 61],
  BA: [141, 144],
  ME: [21, 25],
  MK: [80, 80],
  RS: [160, 175],
  XK: [37, 38],
};

let records: WofRecord[];
let clean: CleanFeature[];
let simplified: Simplified;

beforeAll(async () => {
  const pins = await loadPins();
  records = await Promise.all(pins.map((p) => readRecord(p, recordPath(SHARED_WOF_DIR, p))));
  clean = cleanRecords(records).municipalities;
  simplified = await simplify(clean);
}, 60_000);

describe("geo cleaning", () => {
  it("has one feature per municipality, in the expected count per country", () => {
    for (const c of COUNTRIES) {
      const n = clean.filter((f) => f.properties.country === c).length;
      const [min, max] = EXPECTED[c];
      expect(n, c).toBeGreaterThanOrEqual(min);
      expect(n, c).toBeLessThanOrEqual(max);
    }
  });

  it("gives every municipality a unique stable id (its WOF id)", () => {
    const ids = clean.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("85674399"); // Kičevo
  });

  it("leaves no fragments: names unique within a country, merged records gone", () => {
    for (const c of COUNTRIES) {
      const names = clean.filter((f) => f.properties.country === c).map((f) => f.properties.name);
      expect(new Set(names).size, c).toBe(names.length);
    }
    const ids = new Set(clean.map((f) => f.properties.id));
    for (const gone of ["1108809577", "1108809527", "1108809573", "85674395", "85674381", "85674407", "85674241"]) {
      expect(ids.has(gone), gone).toBe(false);
    }
    const prishtina = clean.find((f) => f.properties.id === "1108809557");
    expect(prishtina?.properties.area).toBeGreaterThan(520); // 519.8 km² + the 2.5 km² fragment
  });

  it("names every municipality in every language, with the known quirks fixed", () => {
    for (const f of clean) {
      for (const l of LOCALES) expect(f.properties[nameKey(l)], `${f.properties.id} ${l}`).toMatch(/\S/);
    }
    const all = clean.flatMap((f) => LOCALES.map((l) => f.properties[nameKey(l)]));
    for (const wrong of [
      "Northeastern",
      "Pelagonia",
      "Polog",
      "Vardar",
      "Southeastern",
      "Skopje",
      "KaCanik",
      "Shte Rpce",
    ]) {
      expect(all, wrong).not.toContain(wrong);
    }
    expect(all.some((n) => n.includes(" / "))).toBe(false);
    const byId = (id: string) => clean.find((f) => f.properties.id === id)?.properties;
    expect(byId("85674215")?.name).toBe("Старо Нагоричане");
    expect(byId("85674365")?.["name:sr-Latn"]).toBe("Mogila");
    expect(byId("1108758989")?.["name:sr-Cyrl"]).toBe("Бања Лука");
    expect(byId("1108809505")?.["name:sq"]).toBe("Kaçanik");
  });

  it("keeps only dated population figures from 2002 on", () => {
    for (const f of clean) {
      if (f.properties.population === undefined) continue;
      expect(f.properties.populationYear).toBeGreaterThanOrEqual(MIN_POPULATION_YEAR);
      expect(f.properties.populationSource).toBeTruthy();
    }
    expect(clean.filter((f) => f.properties.country === "BA").every((f) => f.properties.population === undefined)).toBe(
      true,
    );
    expect(clean.find((f) => f.properties.id === "85674635")?.properties.population).toBeUndefined(); // Plav
  });
});

describe("simplified layers", () => {
  it("keeps every municipality and stays within the size budget", () => {
    expect(simplified.municipalities.features).toHaveLength(clean.length);
    expect(gzipSync(JSON.stringify(simplified.municipalities)).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    expect(simplified.countries.features.map((f) => (f.properties as { country: string }).country).sort()).toEqual([
      ...COUNTRIES,
    ]);
  });

  it("puts every label point inside its municipality", () => {
    const labels = labelFeatures(simplified.municipalities.features as CleanFeature[]);
    const byId = new Map(simplified.municipalities.features.map((f) => [(f.properties as { id: string }).id, f]));
    for (const l of labels) {
      const poly = byId.get(l.properties.id);
      expect(poly && booleanPointInPolygon(l.geometry.coordinates, poly), l.properties.name).toBe(true);
    }
  });
});

describe("build", () => {
  it("never replaces a good layer with a half-built one when a record is corrupt", async () => {
    const work = await mkdtemp(join(tmpdir(), "wb-geo-"));
    const recordsDir = join(work, "wof");
    await mkdir(recordsDir);
    for (const repo of await readdir(SHARED_WOF_DIR)) {
      if (repo === "manifest.json") continue;
      if (repo === "whosonfirst-data-admin-me")
        await cp(join(SHARED_WOF_DIR, repo), join(recordsDir, repo), { recursive: true });
      else await symlink(join(SHARED_WOF_DIR, repo), join(recordsDir, repo));
    }
    const corrupt = join(recordsDir, "whosonfirst-data-admin-me/data/856/746/17/85674617.geojson");
    await writeFile(corrupt, '{"type":"Feature","properties":');
    const outDir = join(work, "out");
    await mkdir(outDir);
    await writeFile(join(outDir, "municipalities.geojson"), "GOOD");
    await expect(build({ force: true, outDir, recordsDir, log: () => {} })).rejects.toThrow(
      `${corrupt}: not valid JSON`,
    );
    expect(await readFile(join(outDir, "municipalities.geojson"), "utf8")).toBe("GOOD");
    expect((await readdir(work)).sort()).toEqual(["out", "wof"]);
  }, 60_000);
});
