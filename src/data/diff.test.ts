import { describe, expect, it } from "vitest";
import { diffDatasets, diffValues, formatPath, sameValue } from "./diff.ts";
import { mergeDatasets } from "./merge.ts";
import { emptyDataset, type Dataset, type Organisation, type Project } from "./schema.ts";

const org = (id: string, extra: Partial<Organisation> = {}): Organisation =>
  ({
    id,
    name: { en: `Org ${id}` },
    locationPrecision: "municipality",
    municipalityId: "421182353",
    sources: [{ url: "https://example.org/a", accessed: "2026-11-01", claim: "Works in Ohrid" }],
    confidence: "reported",
    lastVerified: "2026-11-01",
    ...extra,
  }) as Organisation;

const project = (id: string, extra: Partial<Project> = {}): Project =>
  ({
    id,
    title: { en: `Project ${id}` },
    implementers: ["a"],
    donors: [],
    activityTypes: ["research"],
    extremismForms: [],
    ocTopics: [],
    levels: [],
    municipalityIds: [],
    funding: { kind: "grant", amount: 1000, currency: "EUR" },
    sources: [{ citation: "Report" }],
    confidence: "reported",
    lastVerified: "2026-11-01",
    ...extra,
  }) as unknown as Project;

const dataset = (parts: Partial<Dataset> = {}): Dataset => ({ ...emptyDataset({ version: "1" }), ...parts });

describe("sameValue", () => {
  it("ignores key order and keys set to undefined, not array order", () => {
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [1] }, { a: 1 })).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
  });
});

describe("diffValues", () => {
  it("goes down into objects and reports arrays whole, with what they lost and gained", () => {
    const changes = diffValues(
      { name: { en: "A", sq: "A" }, tags: ["x", "y"], n: 1 },
      { name: { sq: "A", en: "B", mk: "Б" }, tags: ["y", "z"], n: 1 },
    );
    expect(changes).toEqual([
      { path: ["name", "en"], before: "A", after: "B" },
      { path: ["name", "mk"], before: undefined, after: "Б" },
      { path: ["tags"], before: ["x", "y"], after: ["y", "z"], removed: ["x"], added: ["z"] },
    ]);
  });

  it("says an array only changed order when no element was lost or gained", () => {
    expect(diffValues({ t: ["a", "b"] }, { t: ["b", "a"] })).toEqual([
      { path: ["t"], before: ["a", "b"], after: ["b", "a"], removed: [], added: [] },
    ]);
  });

  it("reports a value becoming an object (or the reverse) at its own path", () => {
    expect(diffValues({ f: 1 }, { f: { amount: 1 } })).toEqual([{ path: ["f"], before: 1, after: { amount: 1 } }]);
  });
});

describe("diffDatasets", () => {
  it("an identical dataset, with keys in another order, gives an empty diff", () => {
    const a = dataset({ organisations: [org("a"), org("b")], projects: [project("p")] });
    const reordered = JSON.parse(
      JSON.stringify(a, (_k, v: unknown) =>
        v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as Dataset;
    const diff = diffDatasets(a, reordered);
    expect(diff.empty).toBe(true);
    expect(diff.meta).toEqual([]);
    expect(diff.total).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(diff.entities.organisations).toEqual({ added: [], removed: [], changed: [] });
  });

  it("lists added, removed and changed ids per entity, leaving unchanged records out", () => {
    const before = dataset({ organisations: [org("a"), org("b"), org("gone")], projects: [project("p")] });
    const after = dataset({
      organisations: [
        org("a"),
        org("b", {
          name: { en: "Org b", sq: "Org b sq" },
          sources: [
            { url: "https://example.org/a", accessed: "2026-11-01", claim: "Works in Ohrid and Struga" },
            { citation: "Annual report 2025" },
          ],
        }),
        org("new"),
      ],
      projects: [project("p", { funding: { kind: "grant", amount: 2000, currency: "EUR" } })],
    });
    const diff = diffDatasets(before, after);
    expect(diff.entities.organisations.added).toEqual(["new"]);
    expect(diff.entities.organisations.removed).toEqual(["gone"]);
    expect(diff.entities.organisations.changed.map((c) => c.id)).toEqual(["b"]);
    const [name, sources] = diff.entities.organisations.changed[0]!.changes;
    expect(name).toEqual({ path: ["name", "sq"], before: undefined, after: "Org b sq" });
    // Sources are compared as values: the reworded one is lost and gained, the new one gained.
    expect(formatPath(sources!.path)).toBe("sources");
    expect(sources!.removed).toEqual([
      { url: "https://example.org/a", accessed: "2026-11-01", claim: "Works in Ohrid" },
    ]);
    expect(sources!.added).toHaveLength(2);
    expect(diff.entities.projects.changed).toEqual([
      { id: "p", changes: [{ path: ["funding", "amount"], before: 1000, after: 2000 }] },
    ]);
    expect(diff.counts.organisations).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(diff.counts.projects).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(diff.counts.donors).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(diff.total).toEqual({ added: 1, changed: 2, removed: 1 });
    expect(diff.empty).toBe(false);
  });

  it("reports the dataset's own fields apart from records", () => {
    const diff = diffDatasets(dataset({ name: "Ref" }), { ...dataset({ name: "Ref" }), version: "2" });
    expect(diff.meta).toEqual([{ path: ["version"], before: "1", after: "2" }]);
    expect(diff.total).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(diff.empty).toBe(false);
  });

  it("a merge adds and changes what a replace would, and removes nothing", () => {
    const current = dataset({ organisations: [org("a"), org("b")], projects: [project("p")] });
    const incoming = dataset({ organisations: [org("b", { acronym: "B" }), org("c")] });
    const replace = diffDatasets(current, incoming);
    const merge = diffDatasets(current, mergeDatasets(current, incoming).dataset);
    expect(merge.entities.organisations.added).toEqual(replace.entities.organisations.added);
    expect(merge.entities.organisations.changed).toEqual(replace.entities.organisations.changed);
    expect(replace.entities.organisations.removed).toEqual(["a"]);
    expect(replace.entities.projects.removed).toEqual(["p"]);
    expect(merge.total.removed).toBe(0);
  });
});
