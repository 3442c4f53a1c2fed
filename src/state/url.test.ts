import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CLASS_METHODS } from "../analysis/classify.ts";
import { METRIC_IDS } from "../analysis/metrics.ts";
import { ACTIVITY_TYPES, EXTREMISM_FORMS, OC_TOPICS, LEVELS, ORGANISATION_KINDS } from "../data/taxonomy.ts";
import { COUNTRY_CODES, LOCALES } from "../geo/schema.ts";
import { DEFAULT_URL_STATE, OVERLAYS, parseUrlState, serializeUrlState, TABS, type UrlState } from "./url.ts";

const state = (patch: Omit<Partial<UrlState>, "filters"> & { filters?: Partial<UrlState["filters"]> }): UrlState => ({
  ...DEFAULT_URL_STATE,
  ...patch,
  filters: { ...DEFAULT_URL_STATE.filters, ...patch.filters },
});

describe("URL state", () => {
  test("the default state is an empty query, and an empty query is the default state", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
    expect(parseUrlState("")).toEqual(DEFAULT_URL_STATE);
  });

  test.each([
    ["metric", state({ metric: "fundingEur" }), "?metric=fundingEur"],
    ["metric indicator", state({ metric: "oci-criminality" }), "?metric=oci-criminality"],
    ["countrywide", state({ countCountryWide: true }), "?countrywide=1"],
    ["layer", state({ overlays: ["places"] }), "?layer=places"],
    ["need", state({ need: "oci-criminality" }), "?need=oci-criminality"],
    ["layer two", state({ overlays: ["organisations", "places"] }), "?layer=organisations,places"],
    ["layer none", state({ overlays: [] }), "?layer=none"],
    ["class", state({ classMethod: "natural", classCount: 7 }), "?class=natural,7"],
    ["donor", state({ filters: { donors: ["gcerf", "us-government"] } }), "?donor=gcerf,us-government"],
    ["activity", state({ filters: { activities: ["interfaith-dialogue"] } }), "?activity=interfaith-dialogue"],
    ["kind", state({ filters: { kinds: ["women", "youth"] } }), "?kind=women,youth"],
    ["level", state({ filters: { levels: ["prevention"] } }), "?level=prevention"],
    ["form", state({ filters: { forms: ["right-wing"] } }), "?form=right-wing"],
    ["country", state({ filters: { countries: ["XK", "AL"] } }), "?country=XK,AL"],
    ["from/to", state({ filters: { from: 2018, to: 2021 } }), "?from=2018&to=2021"],
    ["sel", state({ sel: "85674165" }), "?sel=85674165"],
    ["sel city", state({ sel: "city-skopje" }), "?sel=city-skopje"],
    ["view", state({ view: { lon: 20.8, lat: 41.1167, zoom: 8.5 } }), "?view=20.8,41.1167,8.5"],
  ])("%s round-trips", (_, value, query) => {
    expect(serializeUrlState(value)).toBe(query);
    expect(parseUrlState(query)).toEqual(value);
  });

  test("owns lang and data like every public parameter, and keeps parameters that are not WB Radar's", () => {
    expect(serializeUrlState(state({ sel: "1", lang: "sq", data: "/x.json" }), "?utm_source=x&lang=mk&sel=2")).toBe(
      "?utm_source=x&sel=1&lang=sq&data=%2Fx.json",
    );
    expect(serializeUrlState(state({}), "?lang=sq&data=%2Fx.json")).toBe("");
    expect(parseUrlState("?lang=xx&data=")).toMatchObject({ lang: null, data: null });
    expect(parseUrlState(`?data=${"a".repeat(2001)}`).data).toBeNull();
  });

  test("invalid values are dropped for their defaults, never a crash", () => {
    const parsed = parseUrlState(
      "?metric=%3Cb%3E&countrywide=yes&class=jenks,99&donor=ok,<script>,a%20b&activity=nope,research&kind=gang&country=FR,RS" +
        "&from=20240&to=abc&sel=85674165;drop&view=500,1,2",
    );
    expect(parsed).toEqual(state({ filters: { donors: ["ok"], activities: ["research"], countries: ["RS"] } }));
  });

  test("sel takes a municipality id or a known city, nothing else", () => {
    expect(parseUrlState("?sel=city-atlantis").sel).toBeNull();
    expect(parseUrlState("?sel=city-belgrade").sel).toBe("city-belgrade");
  });

  test("a reversed year range is put in order; the view is rounded", () => {
    expect(parseUrlState("?from=2022&to=2019").filters).toMatchObject({ from: 2019, to: 2022 });
    expect(parseUrlState("?view=20.123456,41.987654,7.123456").view).toEqual({
      lon: 20.1235,
      lat: 41.9877,
      zoom: 7.12,
    });
  });

  test("property: any valid state survives serialize → parse", () => {
    const sub = <T extends string>(items: readonly T[]) => fc.uniqueArray(fc.constantFrom(...items), { maxLength: 4 });
    const arbitrary = fc.record({
      metric: fc.oneof(fc.constantFrom(...METRIC_IDS), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/)),
      countCountryWide: fc.boolean(),
      overlays: fc.subarray([...OVERLAYS]).map((o) => [...o].sort()),
      need: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), { nil: null }),
      classMethod: fc.constantFrom(...CLASS_METHODS),
      classCount: fc.integer({ min: 3, max: 7 }),
      filters: fc.record(
        {
          donors: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), { maxLength: 4 }),
          activities: sub(ACTIVITY_TYPES.ids),
          kinds: sub(ORGANISATION_KINDS.ids),
          levels: sub(LEVELS.ids),
          forms: sub(EXTREMISM_FORMS.ids),
          topics: sub(OC_TOPICS.ids),
          countries: sub(COUNTRY_CODES),
          from: fc.integer({ min: 1990, max: 2010 }),
          to: fc.integer({ min: 2010, max: 2030 }),
        },
        { requiredKeys: ["donors", "activities", "kinds", "levels", "forms", "topics", "countries"] },
      ),
      change: fc.option(
        fc.tuple(fc.integer({ min: 1990, max: 2020 }), fc.nat(5), fc.nat(10), fc.nat(5)).map(([from, w1, gap, w2]) => ({
          earlier: { from, to: from + w1 },
          later: { from: from + gap + 1, to: from + gap + 1 + w2 },
        })),
        { nil: null },
      ),
      sel: fc.option(fc.stringMatching(/^[1-9]\d{0,11}$/), { nil: null }),
      tab: fc.constantFrom(...TABS),
      lang: fc.option(fc.constantFrom(...LOCALES), { nil: null }),
      data: fc.option(
        fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 2000),
        { nil: null },
      ),
      view: fc.option(
        fc.record({
          lon: fc.integer({ min: -1800000, max: 1800000 }).map((n) => n / 10000),
          lat: fc.integer({ min: -850000, max: 850000 }).map((n) => n / 10000),
          zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(arbitrary, (s) => {
        expect(parseUrlState(serializeUrlState(s))).toEqual(s);
      }),
    );
  });

  test("the change view's periods: put in order, and refused when malformed or the same", () => {
    expect(parseUrlState("?change=2021-2023,2016-2018").change).toEqual({
      earlier: { from: 2016, to: 2018 },
      later: { from: 2021, to: 2023 },
    });
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, change: parseUrlState("?change=2023,2021").change })).toBe(
      "?change=2021,2023",
    );
    for (const bad of ["2021", "2021,2021", "2016-2018,2021-2023,2024", "2018-2016,2021", "a,b"])
      expect(parseUrlState(`?change=${bad}`).change).toBeNull();
  });

  test("property: any query string parses without throwing", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseUrlState(s)));
  });
});
