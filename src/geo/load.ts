/**
 * Fetches the layers written by the geo build and validates them: the files
 * are input like any other. Geometry is checked shallowly (MapLibre copes with
 * odd coordinates; a full zod pass over ~100k positions costs load time).
 */
import { z } from "zod";
import {
  CountryCodeSchema,
  LabelFeatureSchema,
  MunicipalityPropsSchema,
  type CountryCode,
  type MunicipalityProps,
} from "./schema.ts";
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";

const ShallowGeometry = z.object({
  type: z.enum(["Polygon", "MultiPolygon"]),
  coordinates: z.array(z.unknown()).min(1),
});

const MunicipalityFile = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(z.object({ type: z.literal("Feature"), properties: MunicipalityPropsSchema, geometry: ShallowGeometry }))
    .min(1),
});
const CountryFile = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ country: CountryCodeSchema }),
      geometry: ShallowGeometry,
    }),
  ),
});
const LabelFile = z.object({ type: z.literal("FeatureCollection"), features: z.array(LabelFeatureSchema) });

export type MunicipalityCollection = FeatureCollection<Polygon | MultiPolygon, MunicipalityProps>;
export type CountryOutlines = FeatureCollection<Polygon | MultiPolygon, { country: CountryCode }>;
export type LabelProps = z.infer<typeof LabelFeatureSchema>["properties"];
export type LabelCollection = FeatureCollection<Point, LabelProps>;

export interface GeoLayers {
  municipalities: MunicipalityCollection;
  countries: CountryOutlines;
  labels: LabelCollection;
  /** Municipality properties by id. */
  byId: ReadonlyMap<string, MunicipalityProps>;
}

export class GeoLoadError extends Error {
  override name = "GeoLoadError";
}

async function fetchJson<T>(url: string, schema: z.ZodType<T>, fetchImpl: typeof fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new GeoLoadError(`${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new GeoLoadError(`${url}: HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new GeoLoadError(`${url}: not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new GeoLoadError(`${url}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export async function loadGeoLayers(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<GeoLayers> {
  const [municipalities, countries, labels] = await Promise.all([
    fetchJson(`${baseUrl}geo/municipalities.geojson`, MunicipalityFile, fetchImpl),
    fetchJson(`${baseUrl}geo/countries.geojson`, CountryFile, fetchImpl),
    fetchJson(`${baseUrl}geo/labels.geojson`, LabelFile, fetchImpl),
  ]);
  const byId = new Map(municipalities.features.map((f) => [f.properties.id, f.properties]));
  if (byId.size !== municipalities.features.length) throw new GeoLoadError("municipality ids are not unique");
  return {
    municipalities: municipalities as MunicipalityCollection,
    countries: countries as CountryOutlines,
    labels: labels as LabelCollection,
    byId,
  };
}
