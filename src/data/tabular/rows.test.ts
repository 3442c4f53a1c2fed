// @vitest-environment node
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Column } from "./columns.ts";
import { parseCsv, toCsv } from "./csv.ts";
import { cellText, guardCell, guardFormula, readCell, recordsToRows, unguardFormula } from "./rows.ts";
import { readWorkbook, writeWorkbook, xlsxText } from "./xlsx.ts";

/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Arbitrary text, often starting with what the guard is about: formula characters, "'" and both together. */
const guardedText = (body: fc.Arbitrary<string> = fc.string({ unit: "binary", maxLength: 40 })) =>
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom("", "'", "''", "=", "+", "-", "@", "\t", "\r", "'=", "''=", "'+", "'-", "'@", "'\t", "'\r"),
        fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", " ", "a", "_", "|"), maxLength: 6 }),
      ),
      fc.oneof(body, fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ maxLength: 40 })),
    )
    .map(([start, rest]) => start + rest);

describe("the formula guard", () => {
  test("examples", () => {
    expect(guardFormula("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(guardFormula("-5")).toBe("'-5");
    expect(guardFormula("\tx")).toBe("'\tx");
    expect(guardFormula("'=x")).toBe("''=x");
    expect(guardFormula("''@x")).toBe("'''@x");
    expect(guardFormula("'quoted'")).toBe("'quoted'");
    expect(guardFormula("it's")).toBe("it's");
    expect(guardFormula("")).toBe("");
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(unguardFormula("'=x")).toBe("=x");
    expect(unguardFormula("'quoted'")).toBe("'quoted'");
    expect(unguardFormula("'")).toBe("'");
  });

  test("property: unguard undoes guard, for every string", () => {
    fc.assert(
      fc.property(fc.oneof(guardedText(), fc.string({ unit: "binary" }), fc.string()), (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: guarded text never starts with a formula character, and only such text changes", () => {
    fc.assert(
      fc.property(guardedText(), (text) => {
        const guarded = guardFormula(text);
        expect(FORMULA_START.test(guarded)).toBe(false);
        if (!/^'*[=+\-@\t\r]/.test(text)) expect(guarded).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  test("numbers and booleans are written as they are; negative numbers stay numbers", () => {
    expect(guardCell(-5)).toBe(-5);
    expect(guardCell(true)).toBe(true);
    expect(guardCell(null)).toBeNull();
    expect(guardCell("-5")).toBe("'-5");
    const number: Column = { name: "value", path: ["value"], type: "number" };
    expect(readCell(number, -5)).toBe(-5);
    expect(readCell(number, "-5")).toBe(-5);
    expect(cellText(-5)).toBe("-5");
  });

  test("text cells, list cells and meta-like cells are read with the guard undone", () => {
    const text: Column = { name: "notes", path: ["notes"], type: "text" };
    const list: Column = { name: "areasAsStated", path: ["areasAsStated"], type: "list" };
    expect(readCell(text, "''=x")).toBe("'=x");
    expect(readCell(text, " '=x ")).toBe("=x");
    expect(readCell(list, "'=a | b")).toEqual(["=a", "b"]);
    expect(cellText("'+1")).toBe("+1");
  });

  test("every text cell of an entity sheet is guarded, lists included", () => {
    const project = {
      id: "p1",
      title: { en: "=HYPERLINK(1)" },
      description: { en: "'=x" },
      areasAsStated: ["-north", "south"],
      sources: [{ citation: "@who", claim: "+1" }],
      confidence: "reported",
      lastVerified: "2026-11-01",
      funding: { amount: 1000, currency: "EUR", kind: "grant" },
    } as const;
    const [header, row] = recordsToRows("projects", [project as never]) as [string[], unknown[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("title_en")).toBe("'=HYPERLINK(1)");
    expect(cell("description_en")).toBe("''=x");
    expect(cell("areasAsStated")).toBe("'-north | south");
    expect(cell("source1_citation")).toBe("'@who");
    expect(cell("source1_claim")).toBe("'+1");
    expect(cell("funding_amount")).toBe(1000);
  });
});

describe("every text survives guard → file → read → unguard, byte for byte", () => {
  // A second column keeps a row from being empty (an empty row is skipped when reading).
  const table = (texts: readonly string[]) => [["marker", "text"], ...texts.map((t) => ["m", guardFormula(t)])];
  const texts = fc.array(
    fc.oneof(
      guardedText(),
      fc.string({ unit: "binary" }),
      fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)),
    ),
    { minLength: 1, maxLength: 12 },
  );

  test("property: CSV", () => {
    fc.assert(
      fc.property(texts, (list) => {
        const [, ...rows] = parseCsv(toCsv(table(list)), "t.csv").rows;
        expect(rows.map((r) => unguardFormula(r[1]!))).toEqual(list);
      }),
      { numRuns: 500 },
    );
  });

  test("property: Excel", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (list) => {
        const book = await writeWorkbook([{ name: "s", rows: table(list) }]);
        const [sheet] = await readWorkbook(await book.arrayBuffer());
        // An empty text is an empty cell in a workbook.
        const back = sheet!.rows.slice(1).map((r) => (typeof r[1] === "string" ? unguardFormula(r[1]) : r[1]));
        expect(back).toEqual(list.map((t) => (t === "" ? null : t)));
      }),
      { numRuns: 150 },
    );
  });

  test("Excel: text like an escape, control characters, CR, surrounding spaces, names of object properties", async () => {
    const list = [
      "_x0041_",
      "_x005F_x0041_",
      "_x0041_x0042_",
      "a\u000bb",
      "\ufffd",
      "a\r\nb",
      "\r",
      " x ",
      "\ud83f\udffe",
      // write-excel-file looks strings up in a plain object: these once made the whole file unreadable.
      "toString",
      "constructor",
      "__proto__",
    ];
    expect(xlsxText("_x0041_")).toBe("_x005F_x0041_");
    expect(xlsxText("a\u000bb")).toBe("a_x000B_b");
    expect(xlsxText("plain")).toBe("plain");
    expect(xlsxText("toString")).toBe("_x0074_oString");
    const book = await writeWorkbook([{ name: "s", rows: table(list) }]);
    const [sheet] = await readWorkbook(await book.arrayBuffer());
    expect(sheet!.rows.slice(1).map((r) => unguardFormula(String(r[1])))).toEqual(list);
  });
});
