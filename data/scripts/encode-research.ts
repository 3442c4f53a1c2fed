/**
 * Encodes the checked research staging files (data/research/*.json) into the
 * shipped dataset (data/dataset.json): keys become ids, place names become
 * municipality ids (through the same names and aliases the app's search uses),
 * named regions become region records (only those whose municipalities a cited
 * source lists), and whatever cannot be placed is kept as the source states it.
 * Prints what it left out and why; the result is validated before it is written.
 *
 *   npm run data:encode
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { z } from "zod";
import { buildSearchIndex } from "../../src/analysis/search.ts";
import { validateDataset } from "../../src/data/validate.ts";
import {
  ACTIVITY_TYPES,
  DONOR_TYPES,
  EXTREMISM_FORMS,
  LEVELS,
  OC_TOPICS,
  ORGANISATION_KINDS,
  PROJECT_STATUSES,
} from "../../src/data/taxonomy.ts";
import {
  SCHEMA_VERSION,
  type Dataset,
  type Donor,
  type IndicatorValue,
  type LocalizedText,
  type Organisation,
  type Place,
  type Project,
  type Region,
  type Source,
} from "../../src/data/schema.ts";
import { CITY_GROUPS, UNMAPPED_MUNICIPALITIES } from "../../src/geo/gazetteer.ts";
import { COUNTRY_CODES, type CountryCode, type Locale } from "../../src/geo/schema.ts";
import { searchKey } from "../../src/lib/script.ts";
import { REGIONS } from "./regions.ts";
import { readGeoLayers } from "../../geo/read.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const OCI = new Set(["oci-criminality", "oci-resilience", "oci-criminal-markets", "oci-criminal-actors"]);
const UNMAPPED_COUNTRY = new Map<string, CountryCode>(UNMAPPED_MUNICIPALITIES.map((u) => [u.id, u.country]));
const REGION_COUNTRY = new Map<string, CountryCode>([
  ...REGIONS.map((r): [string, CountryCode] => [r.id, r.country]),
  ...CITY_GROUPS.map((g): [string, CountryCode] => [g.id, g.country]),
]);
const RESEARCH = join(ROOT, "data/research");
const CHECKED_ON = "2026-11-25";
/**
 * The dataset's version: raised with every update of the data (not of the day records were checked). Its `changes`
 * (what it added and changed since the previous version) are written by `npm run data:changelog -- --record` and kept
 * here while the version stays the same.
 */
const VERSION = "2026-11-26";

// ---- the staging format (data/research/README.md), read loosely: helpers wrote it by hand ----
const SourceIn = z.object({ url: z.string(), accessed: z.string().optional(), claim: z.string().optional() });
const Names = z.record(z.string(), z.string().nullable().optional());
const OrgIn = z.object({
  key: z.string(),
  name: Names,
  acronym: z.string().nullish(),
  kind: z.string().nullish(),
  country: z.string().nullish(),
  basedIn: z.object({ asStated: z.string().nullish(), municipality: z.string().nullish() }).nullish(),
  website: z.string().nullish(),
  founded: z.number().nullish(),
  focus: z.array(z.string()).nullish(),
  sources: z.array(SourceIn),
  confidence: z.string().nullish(),
});
const DonorIn = z.object({
  key: z.string(),
  name: Names,
  acronym: z.string().nullish(),
  type: z.string().nullish(),
  country: z.string().nullish(),
  website: z.string().nullish(),
  sources: z.array(SourceIn),
  confidence: z.string().nullish(),
});
const RegionRef = z.union([z.string(), z.object({ name: z.string(), asStated: z.string().nullish() })]);
const ProjectIn = z.object({
  key: z.string(),
  title: z.record(z.string(), z.string().nullish()),
  lead: z.array(z.string()).nullish(),
  partners: z.array(z.string()).nullish(),
  donors: z.array(z.string()).nullish(),
  activityTypes: z.array(z.string()).nullish(),
  levels: z.array(z.string()).nullish(),
  extremismForms: z.array(z.string()).nullish(),
  ocTopics: z.array(z.string()).nullish(),
  targets: z
    .object({
      municipalities: z.array(z.string()).nullish(),
      regions: z.array(RegionRef).nullish(),
      countries: z.array(z.string()).nullish(),
    })
    .nullish(),
  start: z.union([z.string(), z.number()]).nullish(),
  end: z.union([z.string(), z.number()]).nullish(),
  status: z.string().nullish(),
  funding: z
    .object({
      amount: z.number().nullish(),
      amountMax: z.number().nullish(),
      currency: z.string().nullish(),
      kind: z.string().nullish(),
      year: z.number().nullish(),
    })
    .nullish(),
  sources: z.array(SourceIn),
  confidence: z.string().nullish(),
});
const PlaceIn = z.object({
  key: z.string(),
  kind: z.string(),
  municipalities: z.array(z.string()).nullish(),
  region: z.union([RegionRef, z.array(RegionRef)]).nullish(),
  countries: z.array(z.string()).nullish(),
  keyTerm: z.string().nullish(),
  keyTermLanguage: z.string().nullish(),
  paraphrase: z.string().nullish(),
  year: z.number().nullish(),
  form: z.string().nullish(),
  sources: z.array(SourceIn),
  confidence: z.string().nullish(),
});
const ValueIn = z.object({
  indicator: z.string(),
  country: z.string(),
  year: z.number().nullish(),
  value: z.number(),
  valueMax: z.number().nullish(),
  sources: z.array(SourceIn),
});
const FileIn = z.object({
  area: z.string().optional(),
  organisations: z.array(OrgIn).default([]),
  donors: z.array(DonorIn).default([]),
  projects: z.array(ProjectIn).default([]),
  places: z.array(PlaceIn).default([]),
  indicatorValues: z.array(ValueIn).default([]),
});

// ---- what was left out, printed at the end and summarised in data/README.md ----
const leftOut: string[] = [];
const note = (why: string) => leftOut.push(why);

// ---- ids ----
/** Keys that name the same record in two files (found while merging). */
const KEY_ALIASES: Record<string, string> = {
  "forum-mne": "me-forum-mne",
  "nl-embassy-pristina": "netherlands",
  sweden: "sida",
  uk: "uk-government",
  "al-idm": "idm",
  "al-ahc": "ahc",
  "al-clci": "clci",
  atrc: "xk-atrc",
  "rs-helsinki-committee": "rs-hchrs",
  "hcs-reach-out-sandzak-2": "rs-hchrs-reach-out-sandzak-2",
  // organisations and donors researched in two areas
  "council-of-europe-org": "coe",
  "gi-toc-org": "gi-toc",
  scn: "strong-cities-network",
  wwb: "women-without-borders",
  "ada-austria": "ada",
  "coe-donor": "council-of-europe",
  "german-foreign-office": "de-federal-foreign-office",
  "germany-ffo": "de-federal-foreign-office",
  "gitoc-resilience-fund": "gi-toc-resilience-fund",
  // the same project researched in two areas (same title and lead)
  "al-ahc-youth-resilience-2020": "ahc-us-youth-resilience-2020",
  "globsec-youth-resilience-wb-2018": "globsec-youth-resilience-2018",
  "al-ahc-youth-radicalisation-wb-2018": "globsec-youth-resilience-2018",
  "smart-balkans-atrc-multistakeholder-pve": "al-smart-multistakeholder-youth-violence",
  "rs-alved-south-serbia-2020": "alved-2020",
  "ba-cpcd-smart-balkans": "smart-balkans",
  "ba-iom-wb-local-voices": "iom-local-voices-wb-2018",
  "iom-pve-local-voices-wb": "iom-local-voices-wb-2018",
  "iom-wb-pve-local-voices-2018": "iom-local-voices-wb-2018",
  "ba-usaid-oti-bhri": "usaid-oti-bhri",
  "ccg-cats-mk-2018": "mk-ccg-local-resilience-2018",
  "rs-cesid-youth-ve-disinformation-2023": "cesid-ve-youth-disinformation",
  "civil-communities-against-ve-2018": "mk-civil-communities-against-ve-2018",
  "rs-coe-prison-radicalisation-hf2": "coe-hf2-prisons-radicalisation-2020",
  "communities-first-hub-2018": "communities-first-hub",
  "xk-inl-anticorruption-call-2024": "inl-kosovo-anti-corruption-2024",
  "xk-osce-live-2018": "osce-live",
  "pave-h2020": "pave-2020",
  "smart-balkans-youth-criminal-activities": "smart-balkans-juventas-youth-crime",
};
const idOf = (key: string) => {
  const k = KEY_ALIASES[key] ?? key;
  return k.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 80);
};

// ---- sources ----
/** A page address as the dataset accepts it: http(s), a domain name (not a bare IP proxy), no trailing dot. */
function pageUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    url.hostname = url.hostname.replace(/\.$/, "");
    if (/^[\d.]+$/.test(url.hostname) || url.port) return undefined;
    return url.href.slice(0, 2000);
  } catch {
    return undefined;
  }
}

function sources(list: z.infer<typeof SourceIn>[]): Source[] {
  const seen = new Set<string>();
  return list.flatMap((s) => {
    const url = pageUrl(s.url);
    if (!url) note(`source ${s.url}: not a page address the dataset accepts (proxy or malformed); left out`);
    if (!url || seen.has(url)) return [];
    seen.add(url);
    return [
      {
        url,
        accessed: s.accessed && /^\d{4}-\d{2}-\d{2}$/.test(s.accessed) ? s.accessed : CHECKED_ON,
        ...(s.claim ? { claim: s.claim.trim().slice(0, 600) } : {}),
      },
    ];
  });
}
const confidence = (c: string | null | undefined) => (c === "official" ? "official" : "reported");
const record = (src: z.infer<typeof SourceIn>[], c: string | null | undefined) => ({
  sources: sources(src).slice(0, 20),
  confidence: confidence(c),
  lastVerified: CHECKED_ON,
});

// ---- text ----
const LOCALE_OF: Record<string, Locale> = {
  en: "en",
  sq: "sq",
  sr: "sr-Latn",
  "sr-Latn": "sr-Latn",
  "sr-Cyrl": "sr-Cyrl",
  mk: "mk",
  bs: "bs",
  hr: "bs",
  me: "sr-Latn",
  cnr: "sr-Latn",
};
function localized(names: Record<string, string | null | undefined>): LocalizedText | undefined {
  const out: LocalizedText = {};
  for (const [lang, value] of Object.entries(names)) {
    const locale = LOCALE_OF[lang];
    const text = value?.trim();
    if (locale && text && !out[locale]) out[locale] = text.slice(0, 500);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

// ---- places ----
const geo = readGeoLayers().municipalities;
const countryOfMunicipality = new Map(geo.features.map((f) => [f.properties.id, f.properties.country]));
const index = buildSearchIndex(
  geo.features.map((f) => f.properties),
  [],
);
/** Every exact name key → the places it may mean. */
const byKey = new Map<string, Array<{ kind: string; id: string; country?: CountryCode }>>();
for (const e of index)
  for (const k of e.keys) byKey.set(k, [...(byKey.get(k) ?? []), { kind: e.kind, id: e.id, country: e.country }]);
const ADMIN =
  /^(municipality of|city of|opština|opstina|općina|komuna e|bashkia|grad|town of|the)\s+|\s+(municipality|city|town|village|area|komuna|bashkia)$/giu;

/** A name as the source gives it → a municipality, a city (as a region), an unmapped municipality, or nothing. */
function resolvePlace(name: string, country: CountryCode | undefined): { municipality?: string; region?: string } {
  const keys = [searchKey(name), searchKey(name.replace(ADMIN, "").replace(ADMIN, ""))];
  for (const key of keys) {
    const candidates = (byKey.get(key) ?? []).filter((c) => c.kind !== "organisation");
    const inCountry = country ? candidates.filter((c) => c.country === country) : candidates;
    const pool = inCountry.length > 0 ? inCountry : candidates;
    const distinct = [...new Map(pool.map((c) => [`${c.kind}:${c.id}`, c])).values()];
    if (distinct.length !== 1) continue;
    const [hit] = distinct;
    if (!hit) continue;
    if (hit.kind === "city") return { region: hit.id };
    if (hit.kind === "unmapped") return { municipality: hit.id };
    return { municipality: hit.id };
  }
  const region = REGIONS.find((r) => r.names.some((n) => searchKey(n) === searchKey(name)));
  if (region && (!country || region.country === country)) return { region: region.id };
  return {};
}

// Region members: names as on the map → ids; a name that does not resolve stops the encoder.
for (const r of REGIONS)
  r.members = r.memberNames.map((n) => {
    const hit = resolvePlace(n, r.country).municipality;
    if (!hit) throw new Error(`region ${r.id}: "${n}" is not a municipality of ${r.country}`);
    return hit;
  });

const countryCode = (c: string | null | undefined): CountryCode | undefined =>
  (COUNTRY_CODES as readonly string[]).includes(c ?? "") ? (c as CountryCode) : undefined;
const AREA_COUNTRY: Record<string, CountryCode> = {
  kosovo: "XK",
  albania: "AL",
  "north-macedonia": "MK",
  bosnia: "BA",
  serbia: "RS",
  montenegro: "ME",
};

// ---- read and merge ----
const files = readdirSync(RESEARCH)
  .filter((f) => f.endsWith(".json"))
  .sort();
const organisations = new Map<string, Organisation>();
const donors = new Map<string, Donor>();
const projects = new Map<string, Project>();
const places = new Map<string, Place>();
const usedRegions = new Set<string>();
const values = new Map<string, IndicatorValue>();
const pick = <T extends string>(allowed: readonly T[], xs: readonly string[] | null | undefined) =>
  [...new Set((xs ?? []).filter((x) => (allowed as readonly string[]).includes(x)))] as T[];

/** A record researched in two areas: the first one, with the other's sources and names added. */
function addOrMerge<T extends { id: string; name: LocalizedText; sources: Source[] }>(into: Map<string, T>, record: T) {
  const existing = into.get(record.id);
  if (!existing) return void into.set(record.id, record);
  mergeSources(existing, record.sources);
  existing.name = { ...record.name, ...existing.name };
}

function mergeSources<T extends { sources: Source[] }>(existing: T, extra: Source[]) {
  const urls = new Set(existing.sources.map((s) => s.url));
  existing.sources.push(...extra.filter((s) => !urls.has(s.url)).slice(0, 20 - existing.sources.length));
}

for (const file of files) {
  const raw = JSON.parse(readFileSync(join(RESEARCH, file), "utf8")) as unknown;
  const parsed = FileIn.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message.slice(0, 2000)}`);
  const data = parsed.data;
  const areaCountry = AREA_COUNTRY[file.replace(/\.json$/, "")];

  for (const o of data.organisations) {
    const id = idOf(o.key);
    const name = localized(o.name);
    if (!name) {
      note(`organisation ${o.key} (${file}): no name`);
      continue;
    }
    const country = countryCode(o.country) ?? (o.country ? undefined : areaCountry);
    const based = o.basedIn?.municipality ? resolvePlace(o.basedIn.municipality, country) : {};
    const org: Organisation = {
      id,
      name,
      ...(o.acronym ? { acronym: o.acronym.slice(0, 40) } : {}),
      ...(o.kind && (ORGANISATION_KINDS.ids as readonly string[]).includes(o.kind)
        ? { kind: o.kind as Organisation["kind"] }
        : {}),
      ...(country ? { country } : {}),
      ...(o.basedIn?.asStated ? { city: o.basedIn.asStated.slice(0, 200) } : {}),
      ...(based.municipality ? { municipalityId: based.municipality } : {}),
      locationPrecision: based.municipality ? "municipality" : "country",
      ...(o.website && /^https?:\/\//.test(o.website) ? { website: o.website } : {}),
      ...(o.founded && o.founded >= 1800 && o.founded <= 2026 ? { founded: o.founded } : {}),
      focusAreas: pick(ACTIVITY_TYPES.ids, o.focus),
      networks: [],
      ...record(o.sources, o.confidence),
    };
    if (o.basedIn?.municipality && !based.municipality)
      note(`organisation ${id}: "${o.basedIn.municipality}" is not one municipality; kept at country level`);
    addOrMerge(organisations, org);
  }

  for (const d of data.donors) {
    const id = idOf(d.key);
    const name = localized(d.name);
    if (!name) continue;
    const donor: Donor = {
      id,
      name,
      ...(d.acronym ? { acronym: d.acronym.slice(0, 40) } : {}),
      type: (DONOR_TYPES.ids as readonly string[]).includes(d.type ?? "") ? (d.type as Donor["type"]) : "other",
      ...(d.country && /^[A-Z]{2}$/.test(d.country) ? { country: d.country } : {}),
      ...(d.website && /^https?:\/\//.test(d.website) ? { website: d.website } : {}),
      ...record(d.sources, d.confidence),
    };
    addOrMerge(donors, donor);
  }

  for (const p of data.projects) {
    const id = idOf(p.key);
    const original = p.title.original?.trim();
    const originalLanguage = p.title.originalLanguage ?? undefined;
    const titles: Record<string, string | undefined> = { ...p.title } as Record<string, string | undefined>;
    delete titles.original;
    delete titles.originalLanguage;
    if (original && originalLanguage && LOCALE_OF[originalLanguage]) titles[originalLanguage] = original;
    const title = localized(titles) ?? (original ? { en: original } : undefined);
    if (!title) {
      note(`project ${p.key} (${file}): no title`);
      continue;
    }
    const stated = (p.targets?.countries ?? []).flatMap((c) => countryCode(c) ?? []);
    const country = stated.length === 1 ? stated[0] : areaCountry;
    const municipalities: string[] = [];
    const regions: string[] = [];
    const areas: string[] = [];
    for (const m of p.targets?.municipalities ?? []) {
      const r = resolvePlace(m, country);
      if (r.municipality) municipalities.push(r.municipality);
      else if (r.region) regions.push(r.region);
      else areas.push(m);
    }
    for (const ref of p.targets?.regions ?? []) {
      const name = typeof ref === "string" ? ref : ref.name;
      const r = resolvePlace(name, country);
      if (r.region) regions.push(r.region);
      else if (r.municipality) municipalities.push(r.municipality);
      else areas.push(typeof ref === "string" ? ref : (ref.asStated ?? ref.name));
    }
    regions.forEach((r) => usedRegions.add(r));
    const countries = new Set<CountryCode>(stated);
    for (const m of municipalities) {
      const c = countryOfMunicipality.get(m) ?? UNMAPPED_COUNTRY.get(m);
      if (c) countries.add(c);
    }
    for (const r of regions) {
      const c = REGION_COUNTRY.get(r);
      if (c) countries.add(c);
    }
    const date = (v: string | number | null | undefined) => {
      const s = v === null || v === undefined ? "" : String(v);
      return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? s : undefined;
    };
    const f = p.funding;
    const funding =
      f && f.amount && f.amount > 0 && f.currency && /^[A-Z]{3}$/.test(f.currency)
        ? {
            amount: f.amount,
            ...(f.amountMax && f.amountMax >= f.amount ? { amountMax: f.amountMax } : {}),
            currency: f.currency,
            kind: (["grant", "call-envelope", "programme-total", "grant-size-range"].includes(f.kind ?? "")
              ? f.kind
              : "programme-total") as "grant" | "call-envelope" | "programme-total" | "grant-size-range",
            ...(f.year ? { year: f.year } : {}),
          }
        : undefined;
    if (f && f.amount && !f.kind) note(`project ${id}: an amount without its kind is kept as a programme total`);
    const start = date(p.start);
    let end = date(p.end);
    if (start && end && end.slice(0, 4) < start.slice(0, 4)) end = undefined;
    const project: Project = {
      id,
      title,
      ...(originalLanguage ? { originalLanguage: LOCALE_OF[originalLanguage] ?? originalLanguage } : {}),
      leadOrganisations: (p.lead ?? []).map(idOf),
      partnerOrganisations: (p.partners ?? []).map(idOf),
      donors: [...new Set((p.donors ?? []).map(idOf))],
      activityTypes: pick(ACTIVITY_TYPES.ids, p.activityTypes),
      levels: pick(LEVELS.ids, p.levels),
      extremismForms: pick(EXTREMISM_FORMS.ids, p.extremismForms),
      ocTopics: pick(OC_TOPICS.ids, p.ocTopics),
      targetMunicipalities: [...new Set(municipalities)],
      targetRegions: [...new Set(regions)],
      targetCountries: [...countries],
      areasAsStated: [...new Set(areas)].map((a) => a.slice(0, 300)).slice(0, 20),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(funding ? { funding } : {}),
      ...(p.status && (PROJECT_STATUSES.ids as readonly string[]).includes(p.status)
        ? { status: p.status as Project["status"] }
        : {}),
      ...record(p.sources, p.confidence),
    };
    const existing = projects.get(id);
    if (!existing) projects.set(id, project);
    else {
      // The same project from another area's research: what either page states, together.
      mergeSources(existing, project.sources);
      const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
      existing.leadOrganisations = union(existing.leadOrganisations, project.leadOrganisations);
      existing.partnerOrganisations = union(existing.partnerOrganisations, project.partnerOrganisations).filter(
        (o) => !existing.leadOrganisations.includes(o),
      );
      existing.donors = union(existing.donors, project.donors);
      existing.activityTypes = union(existing.activityTypes, project.activityTypes);
      existing.levels = union(existing.levels, project.levels);
      existing.extremismForms = union(existing.extremismForms, project.extremismForms);
      existing.ocTopics = union(existing.ocTopics, project.ocTopics);
      existing.targetMunicipalities = union(existing.targetMunicipalities, project.targetMunicipalities);
      existing.targetRegions = union(existing.targetRegions, project.targetRegions);
      existing.targetCountries = union(existing.targetCountries, project.targetCountries);
      existing.areasAsStated = union(existing.areasAsStated, project.areasAsStated).slice(0, 20);
      existing.title = { ...project.title, ...existing.title };
      for (const k of ["start", "end", "funding", "status", "originalLanguage"] as const)
        if (existing[k] === undefined && project[k] !== undefined) Object.assign(existing, { [k]: project[k] });
    }
  }

  for (const pl of data.places) {
    const id = idOf(pl.key);
    const country = (pl.countries ?? []).length === 1 ? countryCode(pl.countries?.[0]) : areaCountry;
    const ids = (pl.municipalities ?? []).flatMap((m) => resolvePlace(m, country).municipality ?? []);
    if (ids.length === 0) {
      note(
        `place ${id}: names ${pl.municipalities?.length ? "no municipality of the map" : "a region or a country only"} (${
          [pl.municipalities?.join(", "), JSON.stringify(pl.region)].filter(Boolean).join("; ") ||
          pl.countries?.join(", ")
        }); kept out of the map`,
      );
      continue;
    }
    if (!pl.year || !pl.keyTerm) {
      note(`place ${id}: no ${pl.year ? "key term" : "year"}`);
      continue;
    }
    const form = pl.form ?? undefined;
    const place: Place = {
      id,
      kind: pl.kind === "donor-focus" ? "donor-focus" : "reported",
      municipalityIds: [...new Set(ids)],
      wording: pl.keyTerm.trim().slice(0, 200),
      ...(pl.keyTermLanguage && /^[a-z]{2,3}(-[A-Za-z]{2,8})?$/.test(pl.keyTermLanguage)
        ? { wordingLanguage: pl.keyTermLanguage }
        : {}),
      ...(pl.paraphrase ? { paraphrase: { en: pl.paraphrase.trim().slice(0, 500) } } : {}),
      extremismForms: form && (EXTREMISM_FORMS.ids as readonly string[]).includes(form) ? [form as never] : [],
      ocTopics: form === "organised-crime" ? ["other-oc"] : [],
      year: pl.year,
      ...record(pl.sources, pl.confidence),
    };
    // The same report researched in two areas: one place, with both areas' sources.
    const urls = new Set(place.sources.map((x) => x.url));
    const twin = [...places.values()].find(
      (q) =>
        q.kind === place.kind &&
        q.year === place.year &&
        (q.wording === place.wording || q.sources.some((x) => urls.has(x.url))) &&
        q.municipalityIds.some((m) => place.municipalityIds.includes(m)),
    );
    if (place.sources.length === 0) note(`place ${id}: no source the dataset accepts; left out`);
    else if (twin) mergeSources(twin, place.sources);
    else if (!places.has(id)) places.set(id, place);
  }

  for (const raw of data.indicatorValues) {
    // Kosovo's count is of confirmed cases of people who travelled: the same measure as the others'.
    const v = raw.indicator === "ff-travelled-confirmed" ? { ...raw, indicator: "travelled-syria-iraq" } : raw;
    if (!OCI.has(v.indicator) && v.indicator !== "travelled-syria-iraq") {
      note(`indicator value ${v.indicator} ${v.country}: no such indicator in the dataset`);
      continue;
    }
    const country = countryCode(v.country);
    if (!country || !v.year) continue;
    if (OCI.has(v.indicator) && country === "XK") {
      note(`${v.indicator} XK ${v.year}: GI-TOC does not rate Kosovo; a figure only news sites give is left out`);
      continue;
    }
    const key = `${v.indicator}:${country}:${v.year}`;
    const value: IndicatorValue = {
      id: `${v.indicator}-${country.toLowerCase()}-${v.year}`,
      indicator: v.indicator,
      country,
      year: v.year,
      value: v.value,
      ...(v.valueMax !== null && v.valueMax !== undefined && v.valueMax >= v.value ? { valueMax: v.valueMax } : {}),
      ...record(v.sources, "reported"),
    };
    if (value.sources.some((s) => /ocindex\.net|globalinitiative\.net/.test(s.url ?? "")))
      value.confidence = "official";
    const existing = values.get(key);
    if (!existing) values.set(key, value);
    else if (existing.value !== value.value)
      note(`${key}: sources disagree (${existing.value} kept, ${value.value} left out)`);
    else mergeSources(existing, value.sources);
  }
}

// ---- regions actually named ----
const regionRecords: Region[] = [];
for (const id of usedRegions) {
  const city = CITY_GROUPS.find((g) => g.id === id);
  if (city) {
    regionRecords.push({
      id,
      name: { ...city.names },
      country: city.country,
      municipalityIds: [...city.members],
      sources: [{ url: city.source.url, accessed: CHECKED_ON, claim: city.source.claim }],
      confidence: "reported",
      lastVerified: CHECKED_ON,
    });
    continue;
  }
  const r = REGIONS.find((x) => x.id === id);
  if (r)
    regionRecords.push({
      id,
      name: r.label,
      country: r.country,
      municipalityIds: r.members,
      sources: [{ url: r.source.url, accessed: CHECKED_ON, claim: r.source.claim }],
      confidence: "reported",
      lastVerified: CHECKED_ON,
    });
}

// ---- census populations (research/population-XX.json), for the per-capita figures ----
/**
 * A country's census figures are used only when they cover this share of its municipalities on the map; the rest
 * of that country is then "no data" for per-capita figures (never the older figures of the map's records, so that
 * one country's per-capita map does not mix census years).
 */
const POPULATION_COVERAGE = 0.7;
const PopulationFile = z.object({
  country: z.string(),
  census: z.string().optional(),
  sources: z.array(
    z.object({ key: z.string(), url: z.string(), claim: z.string().optional(), confidence: z.string().optional() }),
  ),
  values: z.array(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      population: z.number(),
      year: z.number(),
      source: z.string(),
      note: z.string().optional(),
    }),
  ),
});
const populationValues: IndicatorValue[] = [];
for (const file of files.filter((f) => /^population-[A-Z]{2}\.json$/.test(f))) {
  const pop = PopulationFile.parse(JSON.parse(readFileSync(join(RESEARCH, file), "utf8")));
  const country = countryCode(pop.country);
  if (!country) continue;
  const sourceOf = new Map(pop.sources.map((s) => [s.key, s]));
  const byId = new Map(pop.values.map((v) => [v.id, v]));
  const features = geo.features.filter((f) => f.properties.country === country);
  const usable: IndicatorValue[] = [];
  for (const f of features) {
    const own = byId.get(f.properties.id);
    if (!own) continue;
    // A municipality without a boundary is inside this one: the census figures of all of them, added up.
    const parts = [
      own,
      ...UNMAPPED_MUNICIPALITIES.filter((u) => u.within === f.properties.id).map((u) => byId.get(u.id)),
    ];
    if (parts.some((p) => p === undefined || p.year !== own.year)) {
      note(`population ${f.properties.name}: a municipality shown within it has no ${own.year} figure; left out`);
      continue;
    }
    const all = parts as NonNullable<(typeof parts)[number]>[];
    if (all.some((p) => /boycott|undercount/i.test(p.note ?? ""))) {
      note(
        `population ${f.properties.name}: the census count is a boycott undercount; per-capita would mislead; left out`,
      );
      continue;
    }
    const cited = [...new Set(all.map((p) => p.source))].flatMap((k) => sourceOf.get(k) ?? []);
    // The research notes say more (how the figure was checked); the record keeps what a reader needs: its release.
    const release = (text: string) => text.split(/;|\. /)[0]!.trim().slice(0, 160);
    const notes = [
      ...new Set(all.flatMap((p) => (p.note ? [`${p.name ?? p.id}: ${release(p.note)}.`] : []))),
      ...(all.length > 1 ? [`Sum of ${all.map((p) => `${p.name ?? p.id} ${p.population}`).join(", ")}.`] : []),
    ].join(" ");
    usable.push({
      id: `population-${f.properties.id}-${own.year}`,
      indicator: "population",
      municipalityId: f.properties.id,
      year: own.year,
      value: all.reduce((s, p) => s + p.population, 0),
      sources: sources(cited.map((s) => ({ url: s.url, accessed: CHECKED_ON, claim: s.claim }))),
      confidence: cited.some((s) => s.confidence === "official") ? "official" : "reported",
      lastVerified: CHECKED_ON,
      ...(notes ? { notes: notes.slice(0, 2000) } : {}),
    });
  }
  if (usable.length / features.length < POPULATION_COVERAGE)
    note(
      `population ${country}: census figures for ${usable.length} of ${features.length} municipalities, too few to ` +
        "replace the map's own figures without mixing census years; kept in the research file, not used",
    );
  else populationValues.push(...usable);
}

// ---- references that point nowhere: drop them and say so ----
for (const p of projects.values()) {
  for (const field of ["leadOrganisations", "partnerOrganisations"] as const) {
    const missing = p[field].filter((o) => !organisations.has(o));
    if (missing.length) note(`project ${p.id}: ${field} ${missing.join(", ")} not defined in any file; dropped`);
    p[field] = p[field].filter((o) => organisations.has(o));
  }
  const missingDonors = p.donors.filter((d) => !donors.has(d));
  if (missingDonors.length) note(`project ${p.id}: donors ${missingDonors.join(", ")} not defined; dropped`);
  p.donors = p.donors.filter((d) => donors.has(d));
}

// ---- indicators: the first seed's definitions (labels in six languages), cited to the pages that define them ----
const previous = JSON.parse(readFileSync(join(ROOT, "test/fixtures/seed-v1.json"), "utf8")) as {
  indicators: Dataset["indicators"];
};
const INDEX_SOURCES: Source[] = [
  {
    url: "https://ocindex.net/report/2023/02-about-the-index.html",
    accessed: CHECKED_ON,
    claim:
      "GI-TOC's report explains the Index: criminality is made of a criminal-markets and a criminal-actors score, " +
      "resilience is scored apart, and the Index covers the 193 UN member states (so not Kosovo).",
  },
  {
    url: "https://dpnsee.org/publication/global-organized-crime-index-reports-about-see/",
    accessed: CHECKED_ON,
    claim: "Criminality and resilience are each scored from 1 (lowest) to 10 (highest).",
  },
];
const TRAVEL_SOURCES: Source[] = [
  {
    url: "https://www.icsve.org/drivers-of-radicalization-and-violent-extremism-in-kosovo-womens-roles-in-supporting-preventing-fighting-violent-extremism/",
    accessed: CHECKED_ON,
    claim:
      "Counts of people who travelled to Syria and Iraq are reported as confirmed cases by authorities and " +
      "researchers (316 for Kosovo by October 2016); each country's figure has its own source and year.",
  },
];
const POPULATION_INDICATOR: Dataset["indicators"][number] = {
  id: "population",
  label: {
    en: "Population (census)",
    sq: "Popullsia (regjistrimi)",
    "sr-Latn": "Stanovništvo (popis)",
    "sr-Cyrl": "Становништво (попис)",
    mk: "Население (попис)",
    bs: "Stanovništvo (popis)",
  },
  description: {
    en: "Residents counted by each country's latest census, per municipality; the per-capita figures divide by it.",
  },
  unit: "people",
  scaleMin: 0,
  direction: "neutral",
  level: "municipality",
  sources: [
    {
      url: "https://monstat.org/eng/novosti.php?id=3864",
      accessed: CHECKED_ON,
      claim:
        "An example of a census release: MONSTAT announces the 2023 census results; each population value cites the page it comes from.",
    },
  ],
  confidence: "reported",
  lastVerified: CHECKED_ON,
};
const indicators = [
  ...previous.indicators.map((i) => ({
    ...i,
    sources: OCI.has(i.id) ? INDEX_SOURCES : TRAVEL_SOURCES,
    lastVerified: CHECKED_ON,
  })),
  ...(populationValues.length > 0 ? [POPULATION_INDICATOR] : []),
];
/** The current file's `changes`, when it is of the version being written. */
function keptChanges(): Pick<Dataset, "changes"> {
  try {
    const current = JSON.parse(readFileSync(join(ROOT, "data/dataset.json"), "utf8")) as Partial<Dataset>;
    return current.version === VERSION && current.changes ? { changes: current.changes } : {};
  } catch {
    return {};
  }
}

const dataset: Dataset = {
  $schema: "./schema.json",
  schemaVersion: SCHEMA_VERSION,
  name: "WB Radar reference dataset",
  version: VERSION,
  description:
    "Organisations, donors, projects, regions and places named in public reporting, and organised-crime " +
    "indicators, for the six Western Balkan countries. Every record cites the page that states it, with the day it " +
    "was read and what that page says in our own words. A fact the sources do not give is left out.",
  license: "CC BY 4.0",
  organisations: [...organisations.values()].sort((a, b) => a.id.localeCompare(b.id)),
  donors: [...donors.values()].sort((a, b) => a.id.localeCompare(b.id)),
  projects: [...projects.values()].sort((a, b) => a.id.localeCompare(b.id)),
  places: [...places.values()].sort((a, b) => a.id.localeCompare(b.id)),
  regions: regionRecords.sort((a, b) => a.id.localeCompare(b.id)),
  indicators,
  indicatorValues: [...values.values(), ...populationValues].sort((a, b) => a.id.localeCompare(b.id)),
  // Last, where data:changelog --record writes it.
  ...keptChanges(),
};

const municipalityIds = new Set([...countryOfMunicipality.keys()]);
const result = validateDataset(JSON.parse(JSON.stringify(dataset)), { municipalityIds });
const errors = result.issues.filter((i) => i.severity === "error");
for (const e of errors.slice(0, 40)) console.error("error", e.code, e.path.join("."), JSON.stringify(e.params));
if (errors.length > 0) {
  console.error(`${errors.length} errors: nothing written`);
  process.exit(1);
}
// Written as the repository formats JSON (prettier), so a re-encode shows only real changes in a diff.
const out = join(ROOT, "data/dataset.json");
writeFileSync(out, await format(JSON.stringify(dataset), { ...(await resolveConfig(out)), filepath: out }));
writeFileSync(join(ROOT, "data/research/left-out.txt"), `${leftOut.join("\n")}\n`);
console.log(
  `dataset: ${dataset.organisations.length} organisations, ${dataset.donors.length} donors, ` +
    `${dataset.projects.length} projects, ${dataset.places.length} places, ${dataset.regions.length} regions, ` +
    `${dataset.indicatorValues.length} indicator values; ${result.issues.length} warnings; ` +
    `${leftOut.length} notes in data/research/left-out.txt`,
);
