/**
 * The shareable state in the page URL, the source of truth for it. Pure
 * parse/serialize; every value is validated and an invalid one is dropped for
 * its default (never a crash). Defaults are left out of the URL.
 *
 * Public parameter names (documented in README; partners depend on them):
 *   metric  coverage metric, or an indicator's id   e.g. metric=fundingEur, metric=oci-criminality
 *   need    indicator for the gap map (need × coverage)   e.g. need=oci-criminality
 *   class   classification, count     e.g. class=natural,5
 *   donor, activity, kind, level, form, country   comma-separated ids
 *   from, to                          year range
 *   change  two periods to compare (the change view): an earlier and a later, each a year or a range   e.g. change=2016-2018,2021-2023
 *           with an indicator mapped, two of its editions   e.g. metric=oci-criminality&change=2021,2023
 *   countrywide  1: whole-country projects count in each municipality of their country
 *   layer   overlays drawn over the choropleth: organisations, places, overlooked (or none)
 *   sel     selected municipality id, or a city made of several (gazetteer.ts)
 *   view    lon,lat,zoom (rounded)
 *   tab     what the main area shows: map (default) or table
 *   lang    interface language (sq, sr-Latn, sr-Cyrl, mk, bs, en)
 *   data    address of a dataset to load instead of the shipped one (checked against the allowed origins when loaded)
 */
import { cityGroupById } from "../geo/gazetteer.ts";
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from "../analysis/classify.ts";
import { NO_FILTERS, type Filters } from "../analysis/filters.ts";
import { METRIC_IDS, type MetricId } from "../analysis/metrics.ts";
import { MAX_YEAR, MIN_YEAR } from "../data/dates.ts";
import { orderPeriods } from "../analysis/change.ts";
import { formatPeriod, parsePeriod, samePeriod, type Period } from "../analysis/periods.ts";
import { IdSchema } from "../data/schema.ts";
import { ACTIVITY_TYPES, EXTREMISM_FORMS, LEVELS, OC_TOPICS, ORGANISATION_KINDS } from "../data/taxonomy.ts";
import { COUNTRY_CODES, LOCALES, type CountryCode, type Locale } from "../geo/schema.ts";

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export const OVERLAYS = ["organisations", "overlooked", "places"] as const;
export const TABS = ["map", "table"] as const;
export type Tab = (typeof TABS)[number];
export type Overlay = (typeof OVERLAYS)[number];

/** The change view's two periods, the earlier first. */
export interface ChangePeriods {
  earlier: Period;
  later: Period;
}

export interface UrlState {
  /** A coverage metric (METRIC_IDS) or an indicator id (resolved against the dataset once it is loaded). */
  metric: MetricId | (string & {});
  countCountryWide: boolean;
  need: string | null;
  overlays: readonly Overlay[];
  classMethod: ClassMethod;
  classCount: number;
  filters: Filters;
  /** The change view's periods; null: the map of one period (the filters' years). */
  change: ChangePeriods | null;
  sel: string | null;
  view: MapView | null;
  tab: Tab;
  /** The language asked for in the URL; null: the remembered or the browser's. */
  lang: Locale | null;
  /** A dataset address (?data=); null: the shipped dataset. */
  data: string | null;
}

/** Longest `data` address kept; a longer one is dropped. */
export const MAX_DATA_PARAM = 2000;

export const DEFAULT_URL_STATE: UrlState = {
  metric: "projects",
  countCountryWide: false,
  need: null,
  overlays: OVERLAYS,
  classMethod: "quantile",
  classCount: 5,
  filters: NO_FILTERS,
  change: null,
  sel: null,
  view: null,
  tab: "map",
  lang: null,
  data: null,
};

/** Parameters this module owns, in the order it writes them (with lang and data, the public parameters). */
export const URL_STATE_PARAMS = [
  "layer",
  "metric",
  "need",
  "class",
  "donor",
  "activity",
  "kind",
  "level",
  "form",
  "oc",
  "country",
  "from",
  "to",
  "change",
  "countrywide",
  "sel",
  "view",
  "tab",
  "lang",
  "data",
] as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

function list<T extends string>(value: string | null, valid: (item: string) => item is T): T[] {
  if (!value) return [];
  return [...new Set(value.split(",").map((s) => s.trim()))].filter(valid).slice(0, 100);
}

const inList =
  <T extends string>(allowed: readonly T[]) =>
  (item: string): item is T =>
    (allowed as readonly string[]).includes(item);
const isId = (item: string): item is string => IdSchema.safeParse(item).success;

function year(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const y = Number(value);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

/** "2016-2018,2021-2023": two different periods, put in order; anything else is no change view. */
export function parseChange(value: string | null): ChangePeriods | null {
  const parts = value?.split(",");
  if (!parts || parts.length !== 2) return null;
  const [a, b] = parts.map(parsePeriod);
  if (!a || !b || samePeriod(a, b)) return null;
  const [earlier, later] = orderPeriods(a, b);
  return { earlier, later };
}

function parseView(value: string | null): MapView | null {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return roundView({ lon, lat, zoom });
}

export function roundView(view: MapView): MapView {
  return { lon: Number(view.lon.toFixed(4)), lat: Number(view.lat.toFixed(4)), zoom: Number(view.zoom.toFixed(2)) };
}

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const [method, count] = (p.get("class") ?? "").split(",");
  const k = Number(count);
  let from = year(p.get("from"));
  let to = year(p.get("to"));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const filters: Filters = {
    donors: list(p.get("donor"), isId),
    activities: list(p.get("activity"), inList(ACTIVITY_TYPES.ids)),
    kinds: list(p.get("kind"), inList(ORGANISATION_KINDS.ids)),
    levels: list(p.get("level"), inList(LEVELS.ids)),
    forms: list(p.get("form"), inList(EXTREMISM_FORMS.ids)),
    topics: list(p.get("oc"), inList(OC_TOPICS.ids)),
    countries: list<CountryCode>(p.get("country"), inList(COUNTRY_CODES)),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
  const sel = p.get("sel");
  const layer = p.get("layer");
  const need = p.get("need");
  const metric = p.get("metric");
  const data = p.get("data");
  return {
    need: need && isId(need) ? need : null,
    overlays: layer === null ? DEFAULT_URL_STATE.overlays : list(layer, inList(OVERLAYS)).sort(),
    metric: oneOf(METRIC_IDS, metric) ?? (metric && isId(metric) ? metric : DEFAULT_URL_STATE.metric),
    countCountryWide: p.get("countrywide") === "1",
    classMethod: oneOf(CLASS_METHODS, method ?? null) ?? DEFAULT_URL_STATE.classMethod,
    classCount: Number.isInteger(k) && k >= MIN_CLASSES && k <= MAX_CLASSES ? k : DEFAULT_URL_STATE.classCount,
    filters,
    change: parseChange(p.get("change")),
    sel: sel && (/^\d{1,20}$/.test(sel) || cityGroupById.has(sel)) ? sel : null,
    view: parseView(p.get("view")),
    tab: oneOf(TABS, p.get("tab")) ?? DEFAULT_URL_STATE.tab,
    lang: oneOf(LOCALES, p.get("lang")) ?? null,
    data: data && data.length <= MAX_DATA_PARAM ? data : null,
  };
}

/** The URL search string for a state, keeping parameters that are not WB Radar's (a partner's own, e.g. utm_*). */
export function serializeUrlState(state: UrlState, currentSearch = ""): string {
  const p = new URLSearchParams(currentSearch);
  for (const key of URL_STATE_PARAMS) p.delete(key);
  const d = DEFAULT_URL_STATE;
  const overlays = [...state.overlays].sort();
  if (overlays.join(",") !== [...d.overlays].sort().join(","))
    p.set("layer", overlays.length > 0 ? overlays.join(",") : "none");
  if (state.metric !== d.metric) p.set("metric", state.metric);
  if (state.need) p.set("need", state.need);
  if (state.classMethod !== d.classMethod || state.classCount !== d.classCount)
    p.set("class", `${state.classMethod},${state.classCount}`);
  const f = state.filters;
  const lists: Array<[string, readonly string[]]> = [
    ["donor", f.donors],
    ["activity", f.activities],
    ["kind", f.kinds],
    ["level", f.levels],
    ["form", f.forms],
    ["oc", f.topics],
    ["country", f.countries],
  ];
  for (const [key, values] of lists) if (values.length > 0) p.set(key, values.join(","));
  if (f.from !== undefined) p.set("from", String(f.from));
  if (f.to !== undefined) p.set("to", String(f.to));
  if (state.change) p.set("change", `${formatPeriod(state.change.earlier)},${formatPeriod(state.change.later)}`);
  if (state.countCountryWide) p.set("countrywide", "1");
  if (state.sel) p.set("sel", state.sel);
  if (state.view) {
    const v = roundView(state.view);
    p.set("view", `${v.lon},${v.lat},${v.zoom}`);
  }
  if (state.tab !== d.tab) p.set("tab", state.tab);
  if (state.lang) p.set("lang", state.lang);
  if (state.data) p.set("data", state.data);
  const text = p.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}
