// @vitest-environment node
// (fflate tells files from folders by `instanceof Uint8Array`, which jsdom's TextEncoder output fails.)
import { zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { checkZip, WORKBOOK_LIMITS, type ZipLimits } from "./zipLimits.ts";

const small: ZipLimits = { maxEntries: 5, maxUnpackedBytes: 1024 * 1024, maxRatio: 50, ratioFrom: 64 * 1024 };
const zeros = (n: number) => new Uint8Array(n);
const text = (s: string) => new TextEncoder().encode(s);

describe("bounding a workbook before it is opened", () => {
  test("an ordinary archive passes, with what it unpacks to", () => {
    const archive = zipSync({ "a.xml": text("<x>1</x>".repeat(100)), "b.xml": text("<y/>") });
    expect(checkZip(archive, small)).toEqual({ ok: true, entries: 2, unpackedBytes: 804 });
  });

  test("too many entries", () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.xml`, text("x")]));
    expect(checkZip(zipSync(files), small)).toMatchObject({ ok: false, reason: "entries" });
  });

  test("a bomb is stopped once it passes the bound, long before it has all unpacked", () => {
    // 16 MB of zeros packs to ~16 KB: a thousand times.
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": zeros(16 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const check = checkZip(bomb, { ...small, maxRatio: 1_000_000 });
    expect(check).toMatchObject({ ok: false, reason: "unpacked" });
    expect(check.unpackedBytes).toBeLessThan(8 * 1024 * 1024);
  });

  test("a high packing ratio is refused past a few megabytes, even under the size bound", () => {
    const packed = zipSync({ "sheet.xml": zeros(4 * 1024 * 1024) }, { level: 9 });
    expect(checkZip(packed, { ...small, maxUnpackedBytes: 1e9 })).toMatchObject({ ok: false, reason: "ratio" });
    // The same with the ratio bound off passes.
    expect(checkZip(packed, { ...small, maxUnpackedBytes: 1e9, maxRatio: 1e9 })).toMatchObject({ ok: true });
  });

  test("bytes that are not a zip archive are reported, not thrown", () => {
    const check = checkZip(text("PK\u0003\u0004 this is not really a zip archive at all"), WORKBOOK_LIMITS);
    expect(check.ok).toBe(false);
  });
});
