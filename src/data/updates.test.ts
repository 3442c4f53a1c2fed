// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { diffDatasets } from "./diff.ts";
import { DatasetSchema, emptyDataset, type Dataset, type Organisation } from "./schema.ts";
import { BADGED_ENTITIES, recordUpdate, versionChanges } from "./updates.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported" as const, lastVerified: "2026-01-01" };
const org = (id: string, name: string): Organisation =>
  ({ id, name: { en: name }, focusAreas: [], networks: [], locationPrecision: "country", ...cited }) as Organisation;

describe("what the latest version added and changed", () => {
  const before: Dataset = { ...emptyDataset({ version: "1" }), organisations: [org("a", "A"), org("b", "B")] };
  const after: Dataset = {
    ...emptyDataset({ version: "2" }),
    organisations: [org("a", "A"), org("b", "B renamed"), org("c", "C")],
  };
  const changes = versionChanges(diffDatasets(before, after), "1");
  const dataset = { ...after, changes };

  test("from the diff of the two versions: ids added, and each changed id with its fields", () => {
    expect(changes).toEqual({
      since: "1",
      added: { organisations: ["c"] },
      changed: { organisations: { b: ["name.en"] } },
    });
  });

  test("each record's badge: new, updated with what changed, or none", () => {
    expect(recordUpdate(dataset, "organisations", "c")).toEqual({ kind: "added", version: "2", since: "1" });
    expect(recordUpdate(dataset, "organisations", "b")).toEqual({
      kind: "changed",
      version: "2",
      since: "1",
      fields: ["name.en"],
    });
    expect(recordUpdate(dataset, "organisations", "a")).toBeUndefined();
    // A dataset that does not record its changes marks nothing.
    expect(recordUpdate(after, "organisations", "c")).toBeUndefined();
  });

  test("recording them is not itself a change of the data", () => {
    expect(diffDatasets(after, dataset).empty).toBe(true);
  });
});

test("the shipped dataset records its changes since the previous version, for records it holds", () => {
  const shipped = DatasetSchema.parse(JSON.parse(readFileSync("data/dataset.json", "utf8")));
  const changes = shipped.changes!;
  expect(changes.since).not.toBe(shipped.version);
  for (const entity of BADGED_ENTITIES) {
    const ids = new Set(shipped[entity].map((r) => r.id));
    for (const id of [...(changes.added[entity] ?? []), ...Object.keys(changes.changed[entity] ?? {})])
      expect(ids.has(id), `${entity} ${id}`).toBe(true);
  }
});
