// @vitest-environment node
import { expect, test } from "vitest";
import { hasSyntheticRecords, mergeDatasets } from "./merge.ts";
import { emptyDataset, type Donor } from "./schema.ts";

const donor = (id: string, name: string, extra: Partial<Donor> = {}): Donor => ({
  id,
  name: { en: name },
  type: "other",
  sources: [{ citation: "c" }],
  confidence: "reported",
  lastVerified: "2026-11-01",
  ...extra,
});

test("merge adds new records and lets imported ones replace those with the same id", () => {
  const current = { ...emptyDataset({ name: "Current" }), donors: [donor("a", "A"), donor("b", "B")] };
  const incoming = { ...emptyDataset({ name: "Import" }), donors: [donor("b", "B2"), donor("c", "C")] };
  const { dataset, added, updated } = mergeDatasets(current, incoming);
  expect(dataset.donors.map((d) => [d.id, d.name.en])).toEqual([
    ["a", "A"],
    ["b", "B2"],
    ["c", "C"],
  ]);
  expect(dataset.name).toBe("Current");
  expect(added.donors).toBe(1);
  expect(updated.donors).toBe(1);
});

test("sample data is recognised by any synthetic record", () => {
  expect(hasSyntheticRecords({ ...emptyDataset(), donors: [donor("a", "A")] })).toBe(false);
  expect(hasSyntheticRecords({ ...emptyDataset(), donors: [donor("a", "A", { synthetic: true })] })).toBe(true);
});
