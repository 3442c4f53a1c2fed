// @vitest-environment node
/**
 * The shipped reference dataset (data/dataset.json, built by `npm run data:encode` from the checked research in
 * data/research/): it loads without an error and holds the floors the method needs (`npm run data:audit` prints
 * the same figures).
 */
import { expect, test } from "vitest";
import { shippedInput } from "../../test/unit/dataFiles.ts";
import { municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { COUNTRY_CODES } from "../geo/schema.ts";
import { auditDataset } from "./audit.ts";
import { validateDataset } from "./validate.ts";

const countryOf = new Map(municipalities.features.map((f) => [f.properties.id, f.properties.country]));
const result = validateDataset(shippedInput(), { municipalityIds });
const audit = auditDataset(result.dataset, (id) => countryOf.get(id));

test("loads without an error; the only warnings say where a municipality without a boundary is shown", () => {
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(new Set(result.issues.map((i) => i.code))).toEqual(new Set(["placedWithin"]));
});

test("covers every country: organisations based there and projects reaching it", () => {
  expect(audit.counts.organisations).toBeGreaterThanOrEqual(200);
  expect(audit.counts.projects).toBeGreaterThanOrEqual(200);
  expect(audit.counts.donors).toBeGreaterThanOrEqual(40);
  for (const c of COUNTRY_CODES) {
    expect(audit.organisationsByCountry[c], c).toBeGreaterThanOrEqual(20);
    expect(audit.projectsByCountry[c], c).toBeGreaterThanOrEqual(50);
  }
  // women's, youth, faith-based and community organisations are all present
  for (const kind of ["women", "youth", "faith-based", "community"])
    expect(audit.organisationKinds[kind], kind).toBeGreaterThan(0);
});

test("in every country, projects name municipalities or regions, so the map has something to show", () => {
  const regionCountry = new Map(result.dataset.regions.map((r) => [r.id, r.country]));
  for (const c of COUNTRY_CODES) {
    const placed = result.dataset.projects.filter(
      (p) =>
        p.targetMunicipalities.some((m) => countryOf.get(m) === c) ||
        p.targetRegions.some((r) => regionCountry.get(r) === c),
    );
    expect(placed.length, c).toBeGreaterThanOrEqual(10);
  }
});

test("cites claims, not websites: every record's sources are pages, with what they state and when they were read", () => {
  for (const [entity, s] of Object.entries(audit.sources)) {
    expect(s.pageSpecific.share, `${entity} page-specific`).toBeGreaterThanOrEqual(0.95);
    expect(s.claim.share, `${entity} claim`).toBe(1);
    expect(s.accessed.share, `${entity} accessed`).toBe(1);
  }
});

test("tags what the sources say; a figure says what it is; every place has its year", () => {
  expect(audit.projects.activityType.share).toBeGreaterThanOrEqual(0.9);
  expect(audit.projects.level.share).toBeGreaterThanOrEqual(0.8);
  expect(audit.projects.period.share).toBeGreaterThanOrEqual(0.7);
  // many pages name only a country: those projects stay at country level
  expect(audit.projects.municipalityOrRegion.share).toBeGreaterThanOrEqual(0.4);
  expect(audit.projects.fundingKind.share).toBe(1);
  expect(audit.organisations.kind.share).toBeGreaterThanOrEqual(0.9);
  expect(audit.places.year.share).toBe(1);
  expect(audit.synthetic).toBe(0);
});

test("places are balanced across forms: right-wing and organised crime are reported, not only religious extremism", () => {
  expect(audit.places.byForm["right-wing"]).toBeGreaterThanOrEqual(20);
  expect(audit.places.byForm["organised-crime"]).toBeGreaterThanOrEqual(20);
  expect(audit.places.byForm["religiously-inspired"]).toBeGreaterThanOrEqual(20);
});

test("no amount that is not the project's own is counted as a grant, and Kosovo has no Organized Crime Index score", () => {
  for (const p of result.dataset.projects)
    if (p.funding && p.funding.kind !== "grant") expect(p.funding.kind).toMatch(/envelope|total|range/);
  expect(result.dataset.indicatorValues.filter((v) => v.indicator.startsWith("oci-") && v.country === "XK")).toEqual(
    [],
  );
});

test("census populations: cited, for whole countries (never mixed with older figures), none a boycott undercount", () => {
  const values = result.dataset.indicatorValues.filter((v) => v.indicator === "population");
  expect(values.length).toBeGreaterThan(0);
  const byCountry = new Map<string, number>();
  for (const v of values) {
    const c = countryOf.get(v.municipalityId ?? "");
    expect(c, v.id).toBeDefined();
    byCountry.set(c!, (byCountry.get(c!) ?? 0) + 1);
    expect(v.notes ?? "", v.id).not.toMatch(/boycott|undercount/i);
  }
  // Every country has its latest census, for at least 70 % of its municipalities (the encoder's rule).
  expect([...byCountry.keys()].sort()).toEqual(["AL", "BA", "ME", "MK", "RS", "XK"]);
  for (const [c, n] of byCountry) {
    const total = municipalities.features.filter((f) => f.properties.country === c).length;
    expect(n / total, c).toBeGreaterThanOrEqual(0.7);
  }
});
