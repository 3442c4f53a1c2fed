/**
 * Reading and validating Who's On First records: every file is hostile until
 * checked. Problems name the file and what is wrong.
 */
import { readFile } from "node:fs/promises";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { z } from "zod";
import type { CountryCode } from "./overrides.ts";

export const COUNTRIES: readonly CountryCode[] = ["AL", "BA", "ME", "MK", "RS", "XK"];

export const PinSchema = z.object({
  country: z.enum(["AL", "BA", "ME", "MK", "RS", "XK"]),
  repo: z.string().regex(/^whosonfirst-data-admin-[a-z]{2}$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  path: z.string().regex(/^data\/[0-9/]+\.geojson$/),
  id: z.number().int().positive(),
  placetype: z.enum(["country", "region", "county", "localadmin"]),
});
export type Pin = z.infer<typeof PinSchema>;

export const PinsFileSchema = z.object({
  upstream: z.string(),
  files: z.array(PinSchema).min(1),
});

export class GeoBuildError extends Error {
  override name = "GeoBuildError";
}

export interface WofRecord {
  pin: Pin;
  file: string;
  props: Readonly<Record<string, unknown>>;
  geometry: Polygon | MultiPolygon;
}

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0] as number) <= 180 &&
    Math.abs(p[1] as number) <= 90
  );
}

function checkRings(rings: unknown, where: string): string | undefined {
  if (!Array.isArray(rings) || rings.length === 0) return `${where}: expected a non-empty array of rings`;
  for (const [i, ring] of rings.entries()) {
    if (!Array.isArray(ring) || ring.length < 4) return `${where}[${i}]: a ring needs at least 4 positions`;
    for (const p of ring) if (!isPosition(p)) return `${where}[${i}]: invalid position ${JSON.stringify(p)}`;
  }
  return undefined;
}

/** Checks the geometry by hand: zod over millions of coordinates is slow. */
const GeometrySchema = z
  .object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()).min(1) })
  .superRefine((g, ctx) => {
    const problem =
      g.type === "Polygon"
        ? checkRings(g.coordinates, "coordinates")
        : g.coordinates.map((poly, i) => checkRings(poly, `coordinates[${i}]`)).find(Boolean);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const RecordSchema = z.object({
  type: z.literal("Feature"),
  properties: z.record(z.string(), z.unknown()),
  geometry: GeometrySchema,
});

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

/** Parses one record's text; throws GeoBuildError naming the file. */
export function parseRecord(text: string, pin: Pin, file: string): WofRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new GeoBuildError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = RecordSchema.safeParse(json);
  if (!parsed.success) throw new GeoBuildError(`${file}: not a WOF polygon record: ${describe(parsed.error)}`);
  const props = parsed.data.properties;
  const id = props[`wof:id`];
  if (id !== pin.id) throw new GeoBuildError(`${file}: wof:id is ${String(id)}, the manifest says ${pin.id}`);
  if (typeof props[`wof:name`] !== "string") throw new GeoBuildError(`${file}: wof:name is missing`);
  return { pin, file, props, geometry: parsed.data.geometry as Polygon | MultiPolygon };
}

export async function readRecord(pin: Pin, file: string): Promise<WofRecord> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new GeoBuildError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseRecord(text, pin, file);
}
