/**
 * The one geometry file the app fetches (written by the geo build): a quantized TopoJSON topology holding the
 * municipalities, the country outlines (dissolved from them, so they share their arcs), a label point per
 * municipality and one per country. Decoding validates every property with zod; geometry is checked shallowly
 * (arcs are integers the decoder turns into coordinates).
 */
import { feature } from "topojson-client";
import type { Objects, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { z } from "zod";
import { CountryCodeSchema, LOCALES, MunicipalityPropsSchema, nameKey, type CountryCode } from "./schema.ts";
import type { MunicipalityProps } from "./schema.ts";

/** Where the file is served, relative to the app's base URL. */
export const GEO_FILE = "geo/municipalities.topo.json";

const LabelPropsSchema = z.object({ id: z.string().regex(/^\d+$/), rank: z.number().int().nonnegative() });
const CountryPropsSchema = z.object({ country: CountryCodeSchema });

const arcIndexes = z.array(z.unknown());
const polygonal = <P extends z.ZodType>(properties: P) =>
  z.object({
    type: z.literal("GeometryCollection"),
    geometries: z
      .array(
        z.object({
          type: z.enum(["Polygon", "MultiPolygon"]),
          arcs: arcIndexes.min(1),
          properties,
        }),
      )
      .min(1),
  });
const points = <P extends z.ZodType>(properties: P) =>
  z.object({
    type: z.literal("GeometryCollection"),
    geometries: z.array(
      z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]), properties }),
    ),
  });

const GeoFileSchema = z.object({
  type: z.literal("Topology"),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    municipalities: polygonal(MunicipalityPropsSchema),
    countries: polygonal(CountryPropsSchema),
    labels: points(LabelPropsSchema),
    countryLabels: points(CountryPropsSchema),
  }),
});

export type LabelProps = Pick<MunicipalityProps, "id" | "country" | "name" | `name:${(typeof LOCALES)[number]}`> & {
  rank: number;
};
export type MunicipalityCollection = FeatureCollection<Polygon | MultiPolygon, MunicipalityProps>;
export type CountryOutlines = FeatureCollection<Polygon | MultiPolygon, { country: CountryCode }>;
export type LabelCollection = FeatureCollection<Point, LabelProps>;
export type CountryLabelCollection = FeatureCollection<Point, { country: CountryCode }>;

export interface GeoLayers {
  municipalities: MunicipalityCollection;
  countries: CountryOutlines;
  /** A point inside each municipality, with its names, largest first (`rank`). */
  labels: LabelCollection;
  countryLabels: CountryLabelCollection;
  /** Municipality properties by id. */
  byId: ReadonlyMap<string, MunicipalityProps>;
}

export class GeoFileError extends Error {
  override name = "GeoFileError";
}

/** Validates a parsed geometry file and decodes it into GeoJSON layers. */
export function decodeGeoFile(value: unknown): GeoLayers {
  const parsed = GeoFileSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new GeoFileError(`${first?.path.join(".")}: ${first?.message}`);
  }
  // The schema checked what the decoder reads; the types say what it returns.
  const topology = parsed.data as unknown as Topology<Objects>;
  const layer = <G extends Polygon | MultiPolygon | Point, P>(name: keyof typeof parsed.data.objects) =>
    feature(topology, topology.objects[name]!) as unknown as FeatureCollection<G, P>;

  const municipalities = layer<Polygon | MultiPolygon, MunicipalityProps>("municipalities");
  const byId = new Map(municipalities.features.map((f) => [f.properties.id, f.properties]));
  if (byId.size !== municipalities.features.length) throw new GeoFileError("municipality ids are not unique");
  const labelPoints = layer<Point, z.infer<typeof LabelPropsSchema>>("labels");
  const labels: LabelCollection = {
    type: "FeatureCollection",
    features: labelPoints.features.map((f): Feature<Point, LabelProps> => {
      const m = byId.get(f.properties.id);
      if (!m) throw new GeoFileError(`label ${f.properties.id} names no municipality`);
      const names = Object.fromEntries(LOCALES.map((l) => [nameKey(l), m[nameKey(l)]]));
      return {
        type: "Feature",
        geometry: f.geometry,
        properties: { id: m.id, country: m.country, name: m.name, ...names, rank: f.properties.rank } as LabelProps,
      };
    }),
  };
  return {
    municipalities,
    countries: layer<Polygon | MultiPolygon, { country: CountryCode }>("countries"),
    labels,
    countryLabels: layer<Point, { country: CountryCode }>("countryLabels"),
    byId,
  };
}
