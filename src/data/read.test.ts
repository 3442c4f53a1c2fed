// @vitest-environment node
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fileOf, seedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { datasetToCsvFiles, datasetToXlsx } from "./export.ts";
import { MAX_FILE_BYTES, megabytes, parseJsonText, validateRead } from "./parse.ts";
import { readDatasetFiles, type FileLike } from "./read.ts";
import { emptyDataset } from "./schema.ts";
import { parseCsv, toCsv } from "./tabular/csv.ts";
import { validateDataset } from "./validate.ts";
import { writeWorkbook } from "./tabular/xlsx.ts";

const context = { municipalityIds, locate };
const load = async (...files: FileLike[]) => validateRead(await readDatasetFiles(files), context);
const seed = validateDataset(seedInput(), context).dataset;
const props = municipalities.features.map((f) => f.properties);

const ORG_HEADER = "id,name_en,kind,country,municipalityId,locationPrecision,source1_url,confidence,lastVerified";

describe("files that are not datasets", () => {
  test("malformed JSON names the problem", async () => {
    const r = await load(fileOf("data.json", '{"organisations": [}'));
    expect(r.fatal).toBe(true);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: "parse", params: expect.objectContaining({ file: "data.json" }) }),
    ]);
    expect(String(r.issues[0]!.params.detail)).toMatch(/JSON/);
  });

  test("an empty file", async () => {
    for (const name of ["empty.json", "empty.csv", "empty.xlsx"]) {
      const r = await load(fileOf(name, ""));
      expect(r.fatal).toBe(true);
      expect(r.issues.map((i) => i.code)).toEqual(["empty"]);
    }
    expect((await load(fileOf("blank.json", "  \n"))).issues.map((i) => i.code)).toEqual(["empty"]);
  });

  test("a file over the limit is refused before it is read", async () => {
    let read = false;
    const huge: FileLike = {
      name: "huge.json",
      size: MAX_FILE_BYTES + 1,
      text: () => ((read = true), Promise.resolve("{}")),
      arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))),
    };
    const r = await load(huge);
    expect(read).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "tooLarge",
        params: expect.objectContaining({ limit: megabytes(MAX_FILE_BYTES) }),
      }),
    ]);
  });

  test("a real file 1 MB over the limit is refused", async () => {
    const text = JSON.stringify({ schemaVersion: 1, notes: "x".repeat(MAX_FILE_BYTES + 1024 * 1024) });
    const r = await load(fileOf("big.json", text));
    expect(r.issues.map((i) => i.code)).toEqual(["tooLarge"]);
  });

  test("other file types, and a corrupt workbook", async () => {
    expect((await load(fileOf("map.geojson", "{}"))).issues.map((i) => i.code)).toEqual(["unsupportedFile"]);
    const r = await load(fileOf("broken.xlsx", "this is not a zip file"));
    expect(r.fatal).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["parse"]);
  });
});

describe("CSV", () => {
  test("byte-order mark, ';' separators, Windows line ends, Cyrillic and a decimal comma", async () => {
    const csv =
      "\uFEFF" +
      [
        "id;name_sr-Cyrl;name_en;kind;country;municipalityId;locationPrecision;founded;source1_url;confidence;lastVerified",
        "bcsp;Београдски центар за безбедносну политику;BCSP;think-tank;RS;;country;1997;https://bezbednost.org;official;2026-11-01",
      ].join("\r\n") +
      "\r\n";
    const r = await load(fileOf("organisations.csv", csv));
    expect(r.issues).toEqual([]);
    expect(r.dataset.organisations[0]).toMatchObject({
      id: "bcsp",
      name: { "sr-Cyrl": "Београдски центар за безбедносну политику", en: "BCSP" },
      founded: 1997,
    });
    const values =
      "id;indicator;country;value;source1_citation;confidence;lastVerified\r\nv;ind;RS;5,63;GI-TOC;official;2026-11-01";
    const indicators =
      "id,label_en,unit,direction,level,source1_citation,confidence,lastVerified\nind,Score,score,higher-is-worse,country,GI-TOC,official,2026-11-01";
    const both = await load(fileOf("indicatorValues.csv", values), fileOf("indicators.csv", indicators));
    expect(both.dataset.indicatorValues[0]!.value).toBe(5.63);
  });

  test("problems are reported by file, row and column", async () => {
    const csv = [
      ORG_HEADER,
      "ok,OK,,AL,421182353,municipality,https://a.org,official,2026-11-01",
      "bad,Bad,gang,AL,421182353,municipality,javascript:alert(1),official,2026-11-01",
    ].join("\n");
    const r = await load(fileOf("my organisations.csv", csv));
    expect(r.dataset.organisations.map((o) => o.id)).toEqual(["ok"]);
    expect(r.issues.map((i) => [i.code, i.location])).toEqual([
      ["invalidUrl", { sheet: "my organisations.csv", row: 3, column: "source1_url" }],
      ["invalidValue", { sheet: "my organisations.csv", row: 3, column: "kind" }],
    ]);
  });

  test("the entity is recognised from the headers when the file name does not say", async () => {
    const csv = [ORG_HEADER, "ok,OK,,AL,421182353,municipality,https://a.org,official,2026-11-01"].join("\n");
    const r = await load(fileOf("export (3).csv", csv));
    expect(r.dataset.organisations).toHaveLength(1);
  });

  test("unknown columns are named", async () => {
    const csv = [ORG_HEADER + ",colour", "ok,OK,,AL,421182353,municipality,https://a.org,official,2026-11-01,red"].join(
      "\n",
    );
    const r = await load(fileOf("organisations.csv", csv));
    expect(r.issues).toEqual([expect.objectContaining({ code: "unknownColumn", params: { column: "colour" } })]);
  });

  test("text that a spreadsheet would run as a formula is exported with a guard and read back unchanged", async () => {
    const data = {
      ...emptyDataset(),
      organisations: [{ ...seed.organisations[0]!, notes: '=HYPERLINK("http://evil")' }],
    };
    const files = datasetToCsvFiles(data);
    expect(files[0]!.text).toContain("'=HYPERLINK");
    const back = await load(...files.map((f) => fileOf(f.name, f.text)));
    expect(back.dataset.organisations[0]!.notes).toBe('=HYPERLINK("http://evil")');
  });

  test("property: any table survives toCsv → parseCsv", () => {
    const cell = fc.string({ unit: "grapheme", maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const table = [["a", "b", "c"], ...rows];
        // Papaparse skips rows that are entirely empty.
        const expected = table.filter((r) => r.some((c) => c.trim() !== ""));
        expect(parseCsv(toCsv(table), "t.csv").rows).toEqual(expected);
      }),
    );
  });

  test("property: arbitrary text never throws and always gives a result", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const r = await load(fileOf("organisations.csv", text));
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("JSON", () => {
  test("property: any JSON value validates without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseJsonText(JSON.stringify(value), "x.json");
        if (!r.fatal) validateDataset(r.input, context);
      }),
    );
  });

  test("property: records with arbitrary fields are checked one by one", () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 5 }), (records) => {
        const r = validateDataset({ schemaVersion: 1, organisations: records, projects: records }, context);
        expect(r.counts.organisations.valid + r.counts.organisations.skipped).toBe(records.length);
      }),
    );
  });
});

describe("Excel", () => {
  test("a workbook with a missing sheet loads the others and says what is missing", async () => {
    const full = await datasetToXlsx(seed, props);
    const { readWorkbook } = await import("./tabular/xlsx.ts");
    const sheets = (await readWorkbook(await full.arrayBuffer())).filter((s) => s.name !== "donors");
    const partial = await writeWorkbook(sheets.map((s) => ({ name: s.name, rows: s.rows as never })));
    const r = await load(fileOf("partial.xlsx", partial));
    expect(r.fatal).toBe(false);
    expect(r.dataset.donors).toEqual([]);
    expect(r.dataset.organisations).toHaveLength(seed.organisations.length);
    expect(r.issues.filter((i) => i.severity !== "warning" || i.code !== "unknownDonor").map((i) => i.code)).toEqual([
      "missingSheet",
    ]);
  });

  test("a workbook without any dataset sheet is refused", async () => {
    const other = await writeWorkbook([
      {
        name: "Budget",
        rows: [
          ["a", "b"],
          [1, 2],
        ],
      },
    ]);
    const r = await load(fileOf("budget.xlsx", other));
    expect(r.fatal).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["unknownSheet", "notDataset"]);
  });

  test("problems are reported by sheet, row and column", async () => {
    const rows = [
      [
        "id",
        "title_en",
        "start",
        "end",
        "funding_amount",
        "funding_currency",
        "funding_kind",
        "source1_citation",
        "confidence",
        "lastVerified",
      ],
      ["p1", "Fine", "2019", "2020", 1000, "EUR", "grant", "Report", "reported", "2026-11-01"],
      ["p2", "Reversed", "2021", "2019", -3, "EUR", "grant", "Report", "reported", "2026-11-01"],
    ];
    const book = await writeWorkbook([{ name: "projects", rows }]);
    const r = await load(fileOf("projects.xlsx", book));
    expect(r.dataset.projects.map((p) => p.id)).toEqual(["p1"]);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.location])).toEqual([
      ["notPositive", { sheet: "projects", row: 3, column: "funding_amount" }],
      ["endBeforeStart", { sheet: "projects", row: 3, column: "end" }],
    ]);
  });
});
