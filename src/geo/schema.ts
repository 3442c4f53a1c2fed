/**
 * The municipality layer the geo build writes and the app reads: zod schemas
 * (the app validates the files when it loads them) and the inferred types.
 */
import { z } from "zod";

export const COUNTRY_CODES = ["AL", "BA", "ME", "MK", "RS", "XK"] as const;
export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof CountryCodeSchema>;

export const LOCALES = ["sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Property key holding a municipality's name in a locale. */
export const nameKey = (locale: Locale) => `name:${locale}` as const;

const nameFields = Object.fromEntries(LOCALES.map((l) => [nameKey(l), z.string().min(1)])) as Record<
  `name:${Locale}`,
  z.ZodString
>;

export const MunicipalityPropsSchema = z.object({
  id: z.string().regex(/^\d+$/),
  country: CountryCodeSchema,
  /** Official local name. */
  name: z.string().min(1),
  ...nameFields,
  population: z.number().int().positive().optional(),
  populationSource: z.string().optional(),
  populationYear: z.number().int().optional(),
  /** km², from the unsimplified geometry. */
  area: z.number().positive(),
});
export type MunicipalityProps = z.infer<typeof MunicipalityPropsSchema>;

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4);
const PolygonSchema = z.object({ type: z.literal("Polygon"), coordinates: z.array(Ring).min(1) });
const MultiPolygonSchema = z.object({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(z.array(Ring).min(1)).min(1),
});

export const MunicipalityFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: MunicipalityPropsSchema,
  geometry: z.union([PolygonSchema, MultiPolygonSchema]),
});
export type MunicipalityFeature = z.infer<typeof MunicipalityFeatureSchema>;

export const MunicipalityCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(MunicipalityFeatureSchema).min(1),
});
export type MunicipalityCollection = z.infer<typeof MunicipalityCollectionSchema>;

export const CountryFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({ country: CountryCodeSchema }),
  geometry: z.union([PolygonSchema, MultiPolygonSchema]),
});
export const CountryCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(CountryFeatureSchema).length(COUNTRY_CODES.length),
});
export type CountryCollection = z.infer<typeof CountryCollectionSchema>;

/** Summary written beside the layers. */
export const GeoMetaSchema = z.object({
  builtFrom: z.string(),
  inputHash: z.string(),
  counts: z.record(CountryCodeSchema, z.number().int()),
  total: z.number().int(),
  simplify: z.string(),
  /** TopoJSON grid cells across the extent (geo/encode.ts). */
  quantization: z.number().int().positive(),
  attribution: z.string(),
});
export type GeoMeta = z.infer<typeof GeoMetaSchema>;
