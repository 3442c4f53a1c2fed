import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDatasets } from "../../src/data/diff.ts";
import { emptyDataset, type Dataset, type Donor } from "../../src/data/schema.ts";
import { CHANGELOG_HEADER, changelogSection, prependSection, readDatasetFile } from "./changelog.ts";

const donor = (id: string, extra: Partial<Donor> = {}): Donor => ({
  id,
  name: { en: `Donor ${id}` },
  type: "other",
  sources: [{ citation: "Report" }],
  confidence: "reported",
  lastVerified: "2026-11-01",
  ...extra,
});
const dataset = (version: string, donors: Donor[]): Dataset => ({ ...emptyDataset({ version }), donors });
const info = { version: "2", date: "2026-12-01", from: "`old.json` (version 1)", to: "`new.json` (version 2)" };

describe("changelog", () => {
  it("writes the version, date, counts and the ids per entity with the fields that changed", () => {
    const diff = diffDatasets(
      dataset("1", [donor("a"), donor("b"), donor("gone")]),
      dataset("2", [donor("a"), donor("b", { name: { en: "B", sq: "B" }, type: "government" }), donor("new")]),
    );
    const section = changelogSection(diff, info);
    expect(section).toContain("## 2 (2026-12-01)\n\nCompared with `old.json` (version 1); this is `new.json`");
    expect(section).toContain("| donors | 1 | 1 | 1 |");
    expect(section).toContain("| organisations | 0 | 0 | 0 |");
    expect(section).toContain("| **total** | 1 | 1 | 1 |");
    expect(section).toContain('- `version`: `"1"` → `"2"`');
    expect(section).toContain(
      "### donors\n\n- Added (1): `new`\n- Removed (1): `gone`\n- Changed (1):\n  - `b`: name.en, name.sq, type",
    );
    expect(section).not.toContain("### organisations");
    expect(section).not.toContain("`a`");
  });

  it("says when nothing changed", () => {
    const same = dataset("2", [donor("a")]);
    expect(changelogSection(diffDatasets(same, same), info)).toContain("No records were added, changed or removed.");
  });

  it("puts the newest section first, under the header", () => {
    const first = prependSection(undefined, "## 1 (2026-01-01)\n\nOne.\n");
    expect(first.startsWith(CHANGELOG_HEADER.trimEnd() + "\n\n## 1 (2026-01-01)")).toBe(true);
    const second = prependSection(first, "## 2 (2026-02-01)\n\nTwo.\n");
    expect(second.indexOf("## 2 (")).toBeGreaterThan(second.indexOf("# Dataset changelog"));
    expect(second.indexOf("## 2 (")).toBeLessThan(second.indexOf("## 1 ("));
    expect(second).toContain("Two.\n\n## 1 (2026-01-01)\n\nOne.\n");
  });

  it("reads a schema-1 file at the current schema, so old releases can be compared", () => {
    const dir = mkdtempSync(join(tmpdir(), "changelog-"));
    const path = join(dir, "old.json");
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, projects: [{ id: "p", funding: { amount: 5 } }] }));
    const read = readDatasetFile(path);
    expect(read.schemaVersion).toBe(2);
    expect(read.projects[0]!.funding).toEqual({ amount: 5, kind: "grant" });
  });
});
