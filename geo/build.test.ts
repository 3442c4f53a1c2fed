/**
 * The geo cleaning and build on the real Who's On First records (../shared/geo/wof).
 */
import { cp, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { bbox, booleanPointInPolygon } from "@turf/turf";
import { beforeAll, describe, expect, it } from "vitest";
import { CITY_GROUPS, UNMAPPED_MUNICIPALITIES } from "../src/geo/gazetteer.ts";
import { LOCALES, nameKey, type CountryCode } from "../src/geo/schema.ts";
import { REGION_BOUNDS } from "../src/map/style.ts";
import { build, MAX_GZIP_BYTES } from "./build.ts";
import { cleanRecords, MIN_POPULATION_YEAR, type CleanFeature } from "./clean.ts";
import { labelFeatures } from "./labels.ts";
import { COUNTRIES, readRecord, type WofRecord } from "./records.ts";
import { simplify, type Simplified } from "./simplify.ts";
import { loadPins, recordPath, SHARED_WOF_DIR } from "./source.ts";

/**
 * Official counts of municipalities (README, "What the build does"): AL 61 (Law 115/2014); BA 143 incl. the
 * Brčko District; ME 25; MK 80 (after the 2013 Kičevo merger); XK 38. RS: every local self-government unit
 * outside Kosovo, except the cities of Belgrade and Niš, which appear as their 17 and 5 city municipalities:
 * 165 features. The layer holds these minus the municipalities whose boundaries are not in the open data
 * (gazetteer.ts, UNMAPPED_MUNICIPALITIES), which are documented and searchable.
 */
const OFFICIAL: Record<CountryCode, number> = { AL: 61, BA: 143, ME: 25, MK: 80, RS: 165, XK: 38 };

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
  it("has one feature per municipality: the official count minus the documented exceptions", () => {
    for (const c of COUNTRIES) {
      const n = clean.filter((f) => f.properties.country === c).length;
      const missing = UNMAPPED_MUNICIPALITIES.filter((u) => u.country === c).length;
      expect(n, c).toBe(OFFICIAL[c] - missing);
    }
  });

  it("places each municipality without a boundary inside the one that contains its seat", () => {
    for (const u of UNMAPPED_MUNICIPALITIES) {
      const within = clean.find((f) => f.properties.id === u.within);
      expect(within?.properties.country, u.id).toBe(u.country);
      expect(within?.properties.name, u.id).toBe(u.withinName);
      expect(booleanPointInPolygon(u.seat, within!), u.id).toBe(true);
    }
  });

  it("has every member of every city, and a start view that frames every municipality", () => {
    const ids = new Set(clean.map((f) => f.properties.id));
    for (const g of CITY_GROUPS) for (const m of g.members) expect(ids.has(m), `${g.id} ${m}`).toBe(true);
    const [[w, s], [e, n]] = REGION_BOUNDS;
    for (const f of clean) {
      const [fw, fs, fe, fn] = bbox(f);
      expect(fw >= w && fs >= s && fe <= e && fn <= n, f.properties.name).toBe(true);
    }
  });

  it("keeps every municipality id the shipped dataset uses", async () => {
    const dataset = JSON.parse(await readFile("data/dataset.json", "utf8")) as Record<string, unknown>;
    const used = new Set<string>();
    const walk = (v: unknown, key = ""): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
      else if (typeof v === "string" && /^(municipalityId|targetMunicipalities|municipalityIds)$/.test(key))
        used.add(v);
    };
    walk(dataset);
    expect(used.size).toBeGreaterThan(0);
    const ids = new Set(clean.map((f) => f.properties.id));
    for (const id of used) expect(ids.has(id) || UNMAPPED_MUNICIPALITIES.some((u) => u.id === id), id).toBe(true);
  });

  it("has Kosovo's 38 municipalities with North Mitrovica, and the two Palilulas apart", () => {
    const byId = (id: string) => clean.find((f) => f.properties.id === id)?.properties;
    expect(byId("1108809573")?.["name:sq"]).toBe("Mitrovicë e Veriut");
    expect(byId("1108809573")?.["name:sr-Cyrl"]).toBe("Северна Митровица");
    expect(byId("1108809573")?.["name:en"]).toBe("North Mitrovica");
    expect(byId("1108809571")?.["name:sr-Latn"]).toBe("Južna Mitrovica");
    expect(byId("1108809539")?.area).toBeLessThan(90); // Fushë Kosovë without the misnamed record
    const belgrade = byId("1108810015");
    const nis = byId("110881001502");
    expect(belgrade?.name).toBe("Palilula (Beograd)");
    expect(nis?.name).toBe("Palilula (Niš)");
    const lat = (id: string) => bbox(clean.find((f) => f.properties.id === id)!);
    expect(lat("1108810015")[1]).toBeGreaterThan(44.5);
    expect(lat("110881001502")[3]).toBeLessThan(43.6);
  });

  it("writes every name in Cyrillic for Serbian Cyrillic and Macedonian, with Macedonian letters", () => {
    for (const f of clean) {
      for (const l of ["sr-Cyrl", "mk"] as const)
        expect(f.properties[nameKey(l)], `${f.properties.id} ${l}`).not.toMatch(/[A-Za-z\u00C0-\u024F]/u);
      expect(f.properties["name:mk"], f.properties.id).not.toMatch(/[ЂЋђћ]/u);
    }
    const byName = (n: string) => clean.find((f) => f.properties.name === n)?.properties;
    expect(byName("Tiranë")?.["name:sr-Cyrl"]).toBe("Тирана");
    expect(byName("Durrës")?.["name:mk"]).toBe("Драч");
    expect(byName("Shkodër")?.["name:sr-Cyrl"]).toBe("Скадар");
    expect(byName("Shkodër")?.["name:sr-Latn"]).toBe("Skadar");
    expect(byName("Kukës")?.["name:mk"]).toBe("Кукес");
    expect(byName("Gjirokastër")?.["name:mk"]).toBe("Ѓирокастра");
    expect(byName("Gjirokastër")?.["name:sr-Cyrl"]).toBe("Ђирокастра");
    expect(byName("Ulcinj")?.["name:sq"]).toBe("Ulqin");
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
    for (const gone of ["1108809577", "1108809527", "85674395", "85674381", "85674407", "85674241"]) {
      expect(ids.has(gone), gone).toBe(false);
    }
    const gracanica = clean.find((f) => f.properties.id === "1108809537");
    expect(gracanica?.properties.area).toBeGreaterThan(125); // 122.8 km² + the 2.5 km² detached part
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
      expect(poly && booleanPointInPolygon(l.geometry.coordinates, poly), l.properties.id).toBe(true);
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
