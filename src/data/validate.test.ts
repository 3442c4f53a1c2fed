// @vitest-environment node
import { describe, expect, test } from "vitest";
import { seedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalityIds } from "../../test/unit/realGeo.ts";
import type { DataIssue } from "./issues.ts";
import { validateDataset } from "./validate.ts";

const context = { municipalityIds, locate };
const codes = (issues: DataIssue[]) => issues.map((i) => i.code);

const source = [{ url: "https://example.org/report", accessed: "2026-01-10" }];
const base = { sources: source, confidence: "reported", lastVerified: "2026-11-01" };
const org = (fields: Record<string, unknown> = {}) => ({
  id: "org-1",
  name: { en: "An organisation" },
  locationPrecision: "municipality",
  municipalityId: "85674165",
  ...base,
  ...fields,
});
const project = (fields: Record<string, unknown> = {}) => ({
  id: "p-1",
  title: { en: "A project" },
  ...base,
  ...fields,
});
const dataset = (fields: Record<string, unknown>) => ({ schemaVersion: 1, ...fields });

describe("the seed dataset", () => {
  const result = validateDataset(seedInput(), context);

  test("loads without a single problem", () => {
    expect(result.fatal).toBe(false);
    expect(result.issues).toEqual([]);
    expect(result.counts.organisations).toEqual({ valid: 25, skipped: 0 });
    expect(result.dataset.indicatorValues.length).toBeGreaterThan(40);
  });

  test("every record is cited, verified and real", () => {
    const all = [
      ...result.dataset.organisations,
      ...result.dataset.donors,
      ...result.dataset.projects,
      ...result.dataset.places,
      ...result.dataset.indicators,
      ...result.dataset.indicatorValues,
    ];
    for (const record of all) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      expect(record.lastVerified).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(record.synthetic).toBeUndefined();
    }
  });

  test("every reported place keeps the source's wording", () => {
    for (const place of result.dataset.places) expect(place.wording.length).toBeGreaterThan(3);
  });

  test("holds the GI-TOC scores as published, and no score that was not published", () => {
    const value = (id: string) => result.dataset.indicatorValues.find((v) => v.id === id);
    expect(value("oci-criminality-rs-2021")?.value).toBe(6.21);
    expect(value("oci-resilience-mk-2023")?.value).toBe(5.29);
    expect(value("oci-criminality-xk-2023")?.confidence).toBe("reported");
    // Serbia's 2023 resilience is not in the research notes: absent, not zero.
    expect(value("oci-resilience-rs-2023")).toBeUndefined();
    expect(value("travelled-syria-iraq-rs")).toMatchObject({ value: 40, valueMax: 49 });
  });
});

describe("bad input is reported and skipped, the rest loads", () => {
  test("not a dataset at all", () => {
    for (const input of [null, 42, "text", [1, 2]]) {
      const r = validateDataset(input, context);
      expect(r.fatal).toBe(true);
      expect(codes(r.issues)).toEqual(["notDataset"]);
    }
  });

  test("another schema version is refused as a whole", () => {
    const r = validateDataset({ schemaVersion: 7, organisations: [org()] }, context);
    expect(r.fatal).toBe(true);
    expect(codes(r.issues)).toEqual(["unsupportedVersion"]);
  });

  test("wrong types, with the path of each value", () => {
    const r = validateDataset(
      dataset({ organisations: [org({ founded: "nineteen ninety" }), org({ id: "org-2" })] }),
      context,
    );
    expect(r.dataset.organisations.map((o) => o.id)).toEqual(["org-2"]);
    expect(r.counts.organisations).toEqual({ valid: 1, skipped: 1 });
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "invalidType",
        path: ["organisations", 0, "founded"],
        recordId: "org-1",
        params: expect.objectContaining({ expected: "number", received: "string" }),
      }),
    ]);
  });

  test("an entity that is not a list", () => {
    const r = validateDataset(dataset({ donors: { id: "x" }, organisations: [org()] }), context);
    expect(codes(r.issues)).toEqual(["invalidType"]);
    expect(r.dataset.organisations).toHaveLength(1);
  });

  test("unknown enum values name the allowed ones", () => {
    const r = validateDataset(dataset({ organisations: [org({ kind: "gang" })] }), context);
    expect(r.issues[0]).toMatchObject({ code: "invalidValue", path: ["organisations", 0, "kind"] });
    expect(r.issues[0]!.params.allowed).toContain("think-tank");
  });

  test("duplicate ids: the first one stays", () => {
    const r = validateDataset(dataset({ organisations: [org(), org({ name: { en: "Twin" } })] }), context);
    expect(r.dataset.organisations).toHaveLength(1);
    expect(r.dataset.organisations[0]!.name.en).toBe("An organisation");
    expect(r.issues).toEqual([expect.objectContaining({ code: "duplicateId", path: ["organisations", 1, "id"] })]);
  });

  test("dangling references are warnings at the position of the record", () => {
    const r = validateDataset(
      dataset({
        organisations: [org()],
        projects: [
          project({ id: "p-0" }),
          project({ leadOrganisations: ["org-1", "ghost"], donors: ["nobody"], targetMunicipalities: ["999"] }),
        ],
        places: [{ id: "pl", kind: "reported", municipalityIds: ["123"], wording: "a quote", ...base }],
      }),
      context,
    );
    expect(r.dataset.projects).toHaveLength(2);
    expect(r.issues.map((i) => [i.severity, i.code, i.path.join(".")])).toEqual([
      ["warning", "unknownOrganisation", "projects.1.leadOrganisations.1"],
      ["warning", "unknownDonor", "projects.1.donors.0"],
      ["warning", "unknownMunicipality", "projects.1.targetMunicipalities.0"],
      ["warning", "unknownMunicipality", "places.0.municipalityIds.0"],
    ]);
  });

  test("a municipality without a boundary on the map is placed in the one that contains it, and said so", () => {
    const r = validateDataset(
      dataset({
        organisations: [org({ municipalityId: "ME-gusinje", locationPrecision: "municipality", country: "ME" })],
        projects: [project({ targetMunicipalities: ["ME-tuzi", "85674689"] })],
      }),
      context,
    );
    expect(r.dataset.organisations[0]?.municipalityId).toBe("85674635"); // Plav
    expect(r.dataset.projects[0]?.targetMunicipalities).toEqual(["85674689", "85674689"]);
    expect(r.issues.map((i) => [i.code, i.path.join("."), i.params.within])).toEqual([
      ["placedWithin", "organisations.0.municipalityId.0", "Plav"],
      ["placedWithin", "projects.0.targetMunicipalities.0", "Podgorica"],
    ]);
  });

  test("negative, zero and absurd funding", () => {
    const r = validateDataset(
      dataset({
        projects: [
          project({ id: "neg", funding: { amount: -5, currency: "EUR" } }),
          project({ id: "zero", funding: { amount: 0, currency: "EUR" } }),
          project({ id: "huge", funding: { amount: 5e12, currency: "EUR" } }),
          project({ id: "range", funding: { amount: 700, amountMax: 400, currency: "EUR" } }),
          project({ id: "ok", funding: { amount: 250000, currency: "EUR" } }),
        ],
      }),
      context,
    );
    expect(r.dataset.projects.map((p) => p.id)).toEqual(["ok"]);
    expect(codes(r.issues)).toEqual(["notPositive", "notPositive", "tooBig", "rangeReversed"]);
  });

  test("impossible dates", () => {
    const r = validateDataset(
      dataset({
        projects: [
          project({ id: "reversed", start: "2020-05", end: "2019" }),
          project({ id: "typo", start: "20240" }),
          project({ id: "april", start: "2021-04-31" }),
          project({ id: "verified", lastVerified: "2021-13-01" }),
          project({ id: "same-year", start: "2016-06", end: "2016" }),
        ],
      }),
      context,
    );
    expect(r.dataset.projects.map((p) => p.id)).toEqual(["same-year"]);
    expect(codes(r.issues)).toEqual(["endBeforeStart", "invalidFormat", "impossibleDate", "invalidFormat"]);
  });

  test("javascript: and other non-web links are refused", () => {
    const r = validateDataset(
      dataset({
        organisations: [
          org({ id: "a", website: "javascript:alert(1)" }),
          org({ id: "b", sources: [{ url: "data:text/html,<script>alert(1)</script>" }] }),
          org({ id: "c", website: "https://example.org" }),
        ],
      }),
      context,
    );
    expect(r.dataset.organisations.map((o) => o.id)).toEqual(["c"]);
    expect(codes(r.issues)).toEqual(["invalidUrl", "invalidUrl"]);
  });

  test("an address with a user name or password, or with invisible or direction characters, is refused", () => {
    const r = validateDataset(
      dataset({
        organisations: [
          // goes to evil.example, reads as google.com
          org({ id: "a", website: "https://google.com@evil.example/" }),
          org({ id: "b", sources: [{ url: "https://user:secret@example.org/report" }] }),
          org({ id: "c", sources: [{ url: "https://example.org/\u202Egpj.exe" }] }),
          org({ id: "d", website: "https://example.org/a\u200Bb" }),
          // an international name is fine: it is shown in punycode
          org({
            id: "e",
            website: "https://\u0430\u0440\u0440\u04CF\u0435.com/",
            sources: [{ url: "https://пример.com/" }],
          }),
        ],
      }),
      context,
    );
    expect(r.dataset.organisations.map((o) => o.id)).toEqual(["e"]);
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["urlUserinfo", "organisations.0.website"],
      ["urlUserinfo", "organisations.1.sources.0.url"],
      ["invalidUrl", "organisations.2.sources.0.url"],
      ["invalidUrl", "organisations.3.website"],
    ]);
    expect(r.issues[0]!.params).toMatchObject({ field: "website", value: "https://google.com@evil.example/" });
  });

  test("a name, title or wording made only of invisible characters is refused", () => {
    const invisible = [
      " \u200B ",
      "\u200B\u200C\u200D",
      "\uFEFF\u2060",
      "\u202E\u202C",
      "\u2066\u2069\u200E\u200F",
      "\u00AD",
      "\u3164",
      "\u034F",
    ];
    const r = validateDataset(
      dataset({
        organisations: invisible.map((name, i) => org({ id: `o${i}`, name: { en: name } })),
        donors: [{ id: "d", name: { sq: "\u2063" }, type: "eu", ...base }],
        projects: [project({ title: { en: "\u200B", mk: "Проект" } })],
        places: [{ id: "pl", kind: "reported", municipalityIds: ["85674165"], wording: "\u200F\u200B", ...base }],
        regions: [{ id: "r", name: { bs: "\u2067\u2069" }, country: "BA", ...base }],
        indicators: [
          { id: "i", label: { en: "\u2028" }, unit: "score", direction: "higher-is-worse", level: "country", ...base },
        ],
      }),
      context,
    );
    for (const e of ["organisations", "donors", "projects", "places", "regions", "indicators"] as const)
      expect(r.dataset[e], e).toEqual([]);
    const invisibleText = r.issues.filter((i) => i.code === "invisibleText");
    expect(invisibleText.map((i) => i.path.join("."))).toEqual([
      ...invisible.map((_, i) => `organisations.${i}.name.en`),
      "donors.0.name.sq",
      "projects.0.title.en",
      "places.0.wording",
      "regions.0.name.bs",
    ]);
    // "\u2028" is whitespace: trimmed to nothing, it is empty
    expect(codes(r.issues)).toEqual([...invisibleText.map(() => "invisibleText"), "textTooShort"]);
  });

  test("a name with a visible character among invisible ones, or in any script, is kept", () => {
    const names = ["\u200BForum\u200B", "\u202BФорум\u202C", "Qendra", "ア", "e\u0301"];
    const r = validateDataset(
      dataset({ organisations: names.map((name, i) => org({ id: `o${i}`, name: { en: name } })) }),
      context,
    );
    expect(r.issues).toEqual([]);
    expect(r.dataset.organisations.map((o) => o.name.en)).toEqual(names);
  });

  test("HTML in text is data, kept as it is (the UI renders it as text)", () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const r = validateDataset(dataset({ organisations: [org({ name: { en: name } })] }), context);
    expect(r.dataset.organisations[0]!.name.en).toBe(name);
  });

  test("a record without sources is refused", () => {
    const r = validateDataset(
      dataset({ organisations: [org({ sources: [] }), org({ id: "x", sources: [{}] })] }),
      context,
    );
    expect(r.dataset.organisations).toEqual([]);
    expect(codes(r.issues)).toEqual(["tooFewItems", "sourceEmpty"]);
  });

  test("unknown fields are dropped with a warning", () => {
    const r = validateDataset(dataset({ organisations: [org({ colour: "red" })], extra: 1 }), context);
    expect(r.dataset.organisations[0]).not.toHaveProperty("colour");
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "unknownField"],
      ["warning", "unknownField"],
    ]);
  });

  test("indicator values need their indicator, its level and its scale", () => {
    const indicator = {
      id: "ind",
      label: { en: "Score" },
      unit: "score",
      scaleMin: 1,
      scaleMax: 10,
      direction: "higher-is-worse",
      level: "country",
      ...base,
    };
    const value = (id: string, fields: Record<string, unknown>) => ({
      id,
      indicator: "ind",
      country: "RS",
      value: 5,
      ...base,
      ...fields,
    });
    const r = validateDataset(
      dataset({
        indicators: [indicator],
        indicatorValues: [
          value("ok", {}),
          value("orphan", { indicator: "nope" }),
          value("level", { country: undefined, municipalityId: "85674165" }),
          value("scale", { value: 11 }),
          value("both", { municipalityId: "85674165" }),
        ],
      }),
      context,
    );
    expect(r.dataset.indicatorValues.map((v) => v.id)).toEqual(["ok"]);
    expect(codes(r.issues)).toEqual(["oneAreaRequired", "unknownIndicator", "wrongIndicatorLevel", "outOfScale"]);
    expect(r.counts.indicatorValues).toEqual({ valid: 1, skipped: 4 });
  });
});

describe("locations never more precise than allowed", () => {
  const ohridPoint: [number, number] = [20.8, 41.12];

  test("a point without a municipality gets one by point-in-polygon", () => {
    const r = validateDataset(
      dataset({ organisations: [org({ municipalityId: undefined, locationPrecision: "exact", point: ohridPoint })] }),
      context,
    );
    expect(r.dataset.organisations[0]).toMatchObject({ municipalityId: "85674165", point: ohridPoint });
    expect(r.issues).toEqual([expect.objectContaining({ severity: "info", code: "municipalityAssigned" })]);
  });

  test("municipality precision drops the point", () => {
    const r = validateDataset(
      dataset({ organisations: [org({ municipalityId: undefined, point: ohridPoint })] }),
      context,
    );
    expect(r.dataset.organisations[0]!.municipalityId).toBe("85674165");
    expect(r.dataset.organisations[0]).not.toHaveProperty("point");
    expect(codes(r.issues)).toEqual(["municipalityAssigned", "pointHidden"]);
  });

  test("country precision drops municipality and point", () => {
    const r = validateDataset(
      dataset({ organisations: [org({ locationPrecision: "country", point: ohridPoint })] }),
      context,
    );
    expect(r.dataset.organisations[0]).not.toHaveProperty("point");
    expect(r.dataset.organisations[0]).not.toHaveProperty("municipalityId");
  });

  test("a point outside every municipality is reported and not kept", () => {
    const r = validateDataset(
      dataset({ organisations: [org({ municipalityId: undefined, point: [2.35, 48.85] })] }),
      context,
    );
    expect(codes(r.issues)).toEqual(["pointOutside", "pointHidden"]);
    expect(r.dataset.organisations[0]).toMatchObject({ locationPrecision: "country" });
    expect(r.dataset.organisations[0]).not.toHaveProperty("point");
  });
});
