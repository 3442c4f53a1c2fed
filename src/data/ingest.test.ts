import { describe, expect, test } from "vitest";
import { capIssues, ingest, ISSUES_KEPT_PER_KIND } from "./ingest.ts";
import { issue, MAX_QUOTED_CHARS } from "./issues.ts";
import { fatalResult } from "./validate.ts";

describe("what a report carries", () => {
  test("keeps the first problems of each kind and counts the rest", () => {
    const many = Array.from({ length: 250 }, (_, i) => issue("error", "required", ["projects", i, "title"]));
    const few = [issue("warning", "unknownField", ["x"]), issue("error", "duplicateId", ["y"])];
    const capped = capIssues(fatalResult([...many, ...few]));
    expect(capped.issues).toHaveLength(ISSUES_KEPT_PER_KIND + 2);
    expect(capped.issues.filter((i) => i.code === "required")[0]?.path).toEqual(["projects", 0, "title"]);
    expect(capped.omitted).toEqual({ error: 250 - ISSUES_KEPT_PER_KIND, warning: 0, info: 0 });
  });

  test("a short report is passed on as it is", () => {
    const result = fatalResult([issue("error", "empty", [])]);
    expect(capIssues(result)).toBe(result);
  });

  test("a value quoted in a message is cut, not echoed whole", () => {
    const quoted = issue("error", "invalidFormat", [], { value: "x".repeat(1_000_000) }).params.value as string;
    expect(quoted).toHaveLength(MAX_QUOTED_CHARS + 1);
    expect(quoted.endsWith("…")).toBe(true);
    // Never half of a surrogate pair.
    const emoji = issue("error", "invalidFormat", [], { value: "a".repeat(MAX_QUOTED_CHARS - 1) + "😀😀" });
    expect(emoji.params.value).toBe("a".repeat(MAX_QUOTED_CHARS - 1) + "…");
  });

  test("ingest caps what it returns: 5,000 bad records give a short report with the full count", async () => {
    const organisations = Array.from({ length: 5000 }, (_, i) => ({ id: `o${i}` }));
    const result = await ingest({ kind: "value", input: { schemaVersion: 1, organisations } }, {});
    const listed = result.issues.filter((i) => i.severity === "error").length;
    expect(listed).toBeLessThan(1000);
    expect(listed + (result.omitted?.error ?? 0)).toBeGreaterThanOrEqual(5000);
  });
});
