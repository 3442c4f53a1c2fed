/**
 * The WB Radar dataset: zod schemas for every entity (types are inferred from
 * them) and the JSON Schema at data/schema.json is generated from them.
 *
 * Rules that hold everywhere: every record has a stable id, its sources, a
 * confidence and the date it was last verified; a value the sources do not give
 * is left out (never 0); enum values are the taxonomy ids.
 */
import { z } from "zod";
import { COUNTRY_CODES, LOCALES } from "../geo/schema.ts";
import {
  endsBeforeStart,
  FULL_DATE_PATTERN,
  isPartialDate,
  MAX_YEAR,
  MIN_YEAR,
  PARTIAL_DATE_PATTERN,
} from "./dates.ts";
import {
  ACTIVITY_TYPES,
  CONFIDENCE,
  DONOR_TYPES,
  EXTREMISM_FORMS,
  FUNDING_KINDS,
  INDICATOR_DIRECTIONS,
  LEVELS,
  LOCATION_PRECISIONS,
  OC_TOPICS,
  ORGANISATION_KINDS,
  PLACE_KINDS,
  PROJECT_STATUSES,
} from "./taxonomy.ts";
import { hasUserinfo, hasVisibleText } from "./text.ts";

/** 2: organised-crime topics apart from forms of extremism, funding kinds, regions, claims. migrate.ts reads 1. */
export const SCHEMA_VERSION = 2;

/** Funding above this is a typo, not a grant (ten billion in any currency). */
export const MAX_FUNDING = 1e10;

export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/)
  .describe("Stable id: letters, digits, '.', '_' or '-', at most 80 characters, never reused");
export const MunicipalityIdSchema = z
  .string()
  .regex(/^(\d{1,20}|[A-Z]{2}-[a-z0-9-]{1,40})$/)
  .describe(
    "Municipality id from the geo layer (a Who's On First id), or the id of a municipality without a boundary " +
      "on the map (e.g. ME-tuzi), whose records are shown within the municipality that contains it",
  );
export const CountryCodeSchema = z.enum(COUNTRY_CODES).describe("AL, BA, ME, MK, RS or XK");
const Iso3166Schema = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe("ISO 3166-1 alpha-2 code (XK for Kosovo)");
const YearSchema = z.int().min(MIN_YEAR).max(MAX_YEAR);
export const FullDateSchema = z
  .string()
  .regex(new RegExp(FULL_DATE_PATTERN), { abort: true })
  .refine(isPartialDate, { params: { reason: "impossibleDate" } })
  .describe("YYYY-MM-DD");
const PartialDateSchema = z
  .string()
  .regex(new RegExp(PARTIAL_DATE_PATTERN), { abort: true })
  .refine(isPartialDate, { params: { reason: "impossibleDate" } })
  .describe("YYYY, YYYY-MM or YYYY-MM-DD");
/**
 * An http(s) address to a named site: no user name or password (https://google.com@evil.example/ goes to
 * evil.example), and no spaces, control, invisible or direction characters, which would make it read as another.
 */
const HttpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, abort: true })
  .max(2000)
  .refine((url) => !/[\s\p{C}]/u.test(url), { params: { reason: "invalidUrl" } })
  .refine((url) => !hasUserinfo(url), { params: { reason: "urlUserinfo" } });
/** Free text: trimmed, not empty, and with at least one visible character (never only invisible ones). */
export const TextSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { abort: true })
    .max(max)
    .refine(hasVisibleText, { params: { reason: "invisibleText" } });

/** Text in one or more app languages; at least one. */
export const LocalizedTextSchema = z
  .strictObject(
    Object.fromEntries(LOCALES.map((l) => [l, TextSchema(500).optional()])) as Record<
      (typeof LOCALES)[number],
      z.ZodOptional<z.ZodString>
    >,
  )
  .refine((text) => Object.values(text).some((v) => v !== undefined), { params: { reason: "noLanguage" } })
  .describe("Text by language code (sq, sr-Latn, sr-Cyrl, mk, bs, en); at least one");
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const SourceSchema = z
  .strictObject({
    url: HttpUrlSchema.optional().describe("http(s) address of the source"),
    citation: TextSchema(1000).optional().describe("Citation text: author/publisher, title, date"),
    publisher: TextSchema(300).optional(),
    accessed: FullDateSchema.optional().describe("When the source was read"),
    claim: TextSchema(600)
      .optional()
      .describe("What this page states that the record relies on, in our own words (never copied from the source)"),
  })
  .refine((s) => s.url !== undefined || s.citation !== undefined, { params: { reason: "sourceEmpty" } });
export type Source = z.infer<typeof SourceSchema>;

const recordFields = {
  id: IdSchema,
  sources: z.array(SourceSchema).min(1).max(20),
  confidence: z.enum(CONFIDENCE.ids),
  lastVerified: FullDateSchema.describe("When the record was last checked against its sources"),
  notes: TextSchema(2000).optional(),
  synthetic: z.literal(true).optional().describe("Generated sample data, never real"),
};

function idList(): z.ZodDefault<z.ZodArray<typeof IdSchema>>;
function idList<T extends z.ZodType<string>>(schema: T): z.ZodDefault<z.ZodArray<T>>;
function idList(schema: z.ZodType<string> = IdSchema) {
  return z.array(schema).max(1000).default([]);
}

export const PointSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe("[longitude, latitude] in WGS 84");

export const OrganisationSchema = z
  .strictObject({
    ...recordFields,
    name: LocalizedTextSchema,
    acronym: TextSchema(40).optional(),
    kind: z.enum(ORGANISATION_KINDS.ids).optional().describe("Absent when the sources do not say"),
    country: CountryCodeSchema.optional().describe("Home country; absent for international bodies based elsewhere"),
    city: TextSchema(200).optional().describe("Home city as the source names it"),
    municipalityId: MunicipalityIdSchema.optional(),
    point: PointSchema.optional(),
    locationPrecision: z.enum(LOCATION_PRECISIONS.ids),
    website: HttpUrlSchema.optional(),
    founded: YearSchema.optional(),
    focusAreas: idList(z.enum(ACTIVITY_TYPES.ids)),
    networks: idList().describe("Ids of network organisations it belongs to"),
  })
  .superRefine((org, ctx) => {
    if (org.locationPrecision === "exact" && !org.point)
      ctx.addIssue({ code: "custom", path: ["point"], params: { reason: "exactNeedsPoint" }, message: "" });
    if (org.locationPrecision === "municipality" && !org.municipalityId && !org.point)
      ctx.addIssue({
        code: "custom",
        path: ["municipalityId"],
        params: { reason: "municipalityNeedsPlace" },
        message: "",
      });
  });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const DonorSchema = z.strictObject({
  ...recordFields,
  name: LocalizedTextSchema,
  acronym: TextSchema(40).optional(),
  type: z.enum(DONOR_TYPES.ids),
  country: Iso3166Schema.optional(),
  website: HttpUrlSchema.optional(),
});
export type Donor = z.infer<typeof DonorSchema>;

export const FundingSchema = z
  .strictObject({
    amount: z.number().positive().max(MAX_FUNDING).describe("Amount; the lower bound when the source gives a range"),
    amountMax: z.number().positive().max(MAX_FUNDING).optional().describe("Upper bound of a range"),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe("ISO 4217 code, e.g. EUR, USD"),
    year: YearSchema.optional().describe("Year the amount refers to"),
    kind: z
      .enum(FUNDING_KINDS.ids)
      .describe(
        "grant: the project's own grant; call-envelope, programme-total, grant-size-range: money that is not the " +
          "project's and is never split over its places",
      ),
    qualifier: z
      .enum(["exact", "at-least", "up-to", "indicative"])
      .optional()
      .describe("How the source states it: 'upwards of' is at-least"),
  })
  .refine((f) => f.amountMax === undefined || f.amountMax >= f.amount, {
    path: ["amountMax"],
    params: { reason: "rangeReversed" },
  });
export type Funding = z.infer<typeof FundingSchema>;

export const ProjectSchema = z
  .strictObject({
    ...recordFields,
    title: LocalizedTextSchema,
    originalLanguage: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z]{2,8})?$/)
      .optional()
      .describe("Language of the title as the source gives it; other languages are translations"),
    description: LocalizedTextSchema.optional(),
    leadOrganisations: idList(),
    partnerOrganisations: idList(),
    donors: idList(),
    activityTypes: idList(z.enum(ACTIVITY_TYPES.ids)),
    levels: idList(z.enum(LEVELS.ids)),
    extremismForms: idList(z.enum(EXTREMISM_FORMS.ids)),
    ocTopics: idList(z.enum(OC_TOPICS.ids)).describe("Organised-crime topics the project addresses"),
    targetMunicipalities: idList(MunicipalityIdSchema).describe("Municipalities the sources name"),
    targetRegions: idList().describe("Ids of regions the sources name (a region stays a region)"),
    targetCountries: idList(CountryCodeSchema),
    areasAsStated: z
      .array(TextSchema(300))
      .max(20)
      .default([])
      .describe("Target areas in the source's words where they are not municipalities (e.g. 'northern Montenegro')"),
    start: PartialDateSchema.optional(),
    end: PartialDateSchema.optional(),
    funding: FundingSchema.optional(),
    status: z.enum(PROJECT_STATUSES.ids).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.start && p.end && isPartialDate(p.start) && isPartialDate(p.end) && endsBeforeStart(p.start, p.end))
      ctx.addIssue({ code: "custom", path: ["end"], params: { reason: "endBeforeStart" }, message: "" });
  });
export type Project = z.infer<typeof ProjectSchema>;

export const PlaceSchema = z.strictObject({
  ...recordFields,
  kind: z.enum(PLACE_KINDS.ids),
  municipalityIds: z.array(MunicipalityIdSchema).min(1).max(200),
  wording: TextSchema(2000).describe("The source's own key term for the place (a few words, e.g. 'hot spot')"),
  wordingLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z]{2,8})?$/)
    .optional(),
  paraphrase: LocalizedTextSchema.optional().describe("What the source reports, in our own words"),
  extremismForms: idList(z.enum(EXTREMISM_FORMS.ids)),
  ocTopics: idList(z.enum(OC_TOPICS.ids)),
  year: YearSchema.optional().describe("Year the source refers to"),
});

/**
 * A region a source names (a canton, a county, Sandžak): its municipalities only where a cited source lists them.
 * Projects that name it reach those municipalities as a region, never as if each were named.
 */
export const RegionSchema = z.strictObject({
  ...recordFields,
  name: LocalizedTextSchema,
  country: CountryCodeSchema,
  municipalityIds: z.array(MunicipalityIdSchema).max(200).default([]),
});
export type Region = z.infer<typeof RegionSchema>;
export type Place = z.infer<typeof PlaceSchema>;

export const IndicatorSchema = z
  .strictObject({
    ...recordFields,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    unit: TextSchema(60),
    scaleMin: z.number().optional(),
    scaleMax: z.number().optional(),
    direction: z.enum(INDICATOR_DIRECTIONS.ids),
    level: z.enum(["municipality", "country"]),
  })
  .refine((i) => i.scaleMin === undefined || i.scaleMax === undefined || i.scaleMin < i.scaleMax, {
    path: ["scaleMax"],
    params: { reason: "rangeReversed" },
  });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorValueSchema = z
  .strictObject({
    ...recordFields,
    indicator: IdSchema.describe("Id of the indicator"),
    country: CountryCodeSchema.optional(),
    municipalityId: MunicipalityIdSchema.optional(),
    year: YearSchema.optional().describe("Edition or year measured"),
    value: z.number().describe("The value; the lower bound when the source gives a range"),
    valueMax: z.number().optional().describe("Upper bound when the source gives a range"),
  })
  .superRefine((v, ctx) => {
    if ((v.country === undefined) === (v.municipalityId === undefined))
      ctx.addIssue({ code: "custom", path: ["country"], params: { reason: "oneAreaRequired" }, message: "" });
    if (v.valueMax !== undefined && v.valueMax < v.value)
      ctx.addIssue({ code: "custom", path: ["valueMax"], params: { reason: "rangeReversed" }, message: "" });
  });
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** The entity collections of a dataset, in the order files and spreadsheets list them. */
export const ENTITY_SCHEMAS = {
  organisations: OrganisationSchema,
  donors: DonorSchema,
  projects: ProjectSchema,
  places: PlaceSchema,
  regions: RegionSchema,
  indicators: IndicatorSchema,
  indicatorValues: IndicatorValueSchema,
} as const;
export type EntityName = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];

/** Per entity, the ids of records added since the previous version. */
const AddedIdsSchema = z.array(IdSchema).max(100_000);
/** Per entity, each changed record's id with the fields that differ (as data/CHANGELOG.md names them, e.g. "name.en"). */
const ChangedIdsSchema = z.record(IdSchema, z.array(z.string().min(1).max(200)).max(500));

export const VersionChangesSchema = z
  .strictObject({
    since: TextSchema(40).describe("The previous version, these changes are counted from"),
    added: z.partialRecord(z.enum(Object.keys(ENTITY_SCHEMAS) as [EntityName, ...EntityName[]]), AddedIdsSchema),
    changed: z.partialRecord(z.enum(Object.keys(ENTITY_SCHEMAS) as [EntityName, ...EntityName[]]), ChangedIdsSchema),
  })
  .describe("What this version added and changed since the previous one (npm run data:changelog -- --record)");
export type VersionChanges = z.infer<typeof VersionChangesSchema>;

export const DatasetMetaSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: TextSchema(300).optional(),
  synthetic: z.literal(true).optional().describe("The whole dataset is generated sample data"),
  version: TextSchema(40).optional(),
  description: TextSchema(5000).optional(),
  license: TextSchema(300).optional(),
  changes: VersionChangesSchema.optional(),
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

export const DatasetSchema = DatasetMetaSchema.extend({
  organisations: z.array(OrganisationSchema).default([]),
  donors: z.array(DonorSchema).default([]),
  projects: z.array(ProjectSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  regions: z.array(RegionSchema).default([]),
  indicators: z.array(IndicatorSchema).default([]),
  indicatorValues: z.array(IndicatorValueSchema).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
export type EntityRecord<E extends EntityName> = Dataset[E][number];
export type AnyRecord = EntityRecord<EntityName>;

export function emptyDataset(meta: Partial<DatasetMeta> = {}): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...meta,
    organisations: [],
    donors: [],
    projects: [],
    places: [],
    regions: [],
    indicators: [],
    indicatorValues: [],
  };
}
