import { describe, expect, test } from "vitest";
import { MAX_DEPTH, nestsDeeperThan, parseJsonText } from "./parse.ts";

describe("deeply nested input", () => {
  const nested = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

  test("a dataset-shaped value is within the limit", () => {
    expect(nestsDeeperThan({ projects: [{ title: { en: "x" }, sources: [{ url: "u" }] }] }, MAX_DEPTH)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nested(MAX_DEPTH)), MAX_DEPTH)).toBe(false);
  });

  test("one level more is refused, counting arrays and objects alike", () => {
    expect(nestsDeeperThan(JSON.parse(nested(MAX_DEPTH + 1)), MAX_DEPTH)).toBe(true);
    expect(
      nestsDeeperThan(JSON.parse('{"a":'.repeat(MAX_DEPTH + 1) + "1" + "}".repeat(MAX_DEPTH + 1)), MAX_DEPTH),
    ).toBe(true);
  });

  test("a small file nesting thousands of levels inside an unknown field is refused with a message, not a crash", () => {
    const text = `{"schemaVersion":1,"extra":${nested(2000)}}`;
    expect(text.length).toBeLessThan(5000);
    const read = parseJsonText(text, "deep.json");
    expect(read.fatal).toBe(true);
    expect(read.issues).toMatchObject([{ code: "tooDeep", params: { file: "deep.json", limit: MAX_DEPTH } }]);
  });
});
