/**
 * Projects as GeoJSON (RFC 7946): one feature per municipality that the projects name, with the outline the map draws
 * and the municipality's code (its Who's On First id). Parts of a project named only as a region, a country or not at
 * all are listed in the foreign member `unplaced`, never drawn; municipalities without a boundary of their own on this
 * map (Tuzi, Zeta, …) are listed in `without_boundary`. docs/open-formats.md documents the properties. Pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { ExportCitation } from "../analysis/tableExport.ts";
import { unmappedById } from "../geo/gazetteer.ts";
import type { CountryCode } from "../geo/schema.ts";
import { englishText, municipalityInfo, projectPlacements, type OpenFormatContext } from "./hxl.ts";
import type { Project } from "./schema.ts";

export type Outline = Polygon | MultiPolygon;

export interface ProjectMunicipalityProps {
  /** The Who's On First id, as in the geo layer and the dataset's targetMunicipalities. */
  municipality_code: string;
  /** English name. */
  municipality_name: string;
  country: CountryCode;
  project_count: number;
  /** Ids of the projects that name this municipality, in the order of the export. */
  project_ids: string[];
  /** Names of those projects' donors (English where the record has it), distinct, sorted. */
  donors: string[];
}

/** A project, or the part of one, that names no municipality: where it does say it works. */
export interface UnplacedProject {
  project_id: string;
  project_title: string;
  /** Countries named as a whole (ISO 3166-1 alpha-2; XK for Kosovo). */
  countries: CountryCode[];
  regions: Array<{ code: string; name: string; country: CountryCode | null }>;
  /** Target areas in the sources' words. */
  areas_as_stated: string[];
}

/** A named municipality that has no outline of its own on this map; never drawn as the municipality containing it. */
export interface MunicipalityWithoutBoundary {
  municipality_code: string;
  municipality_name: string | null;
  country: CountryCode | null;
  /** Code of the municipality whose outline contains it, where the place table knows it. */
  within_code: string | null;
  project_ids: string[];
}

export type ProjectsGeoJson = FeatureCollection<Outline, ProjectMunicipalityProps> & {
  note: string;
  unplaced: UnplacedProject[];
  without_boundary: MunicipalityWithoutBoundary[];
  metadata?: ExportCitation;
  synthetic?: true;
};

export const GEOJSON_NOTE =
  "One feature per municipality that the projects name, with its Who's On First id as municipality_code. Projects " +
  "named only for a region, a whole country or no place are listed in 'unplaced' and are not drawn: a country-level " +
  "project is not spread over municipalities.";

/**
 * The projects' municipalities as features (sorted by country, then name), and what cannot be drawn. `outlines` is
 * the geo layer's municipality collection (GeoLayers.municipalities).
 */
export function projectsGeoJson(
  projects: readonly Project[],
  context: OpenFormatContext,
  outlines: FeatureCollection<Outline, { id: string }>,
  citation?: ExportCitation,
): ProjectsGeoJson {
  const geometry = new Map(outlines.features.map((f) => [f.properties.id, f.geometry]));
  const donorNames = new Map(context.dataset.donors.map((d) => [d.id, englishText(d.name)]));
  const byMunicipality = new Map<string, { projects: string[]; donors: Set<string> }>();
  const unplaced: UnplacedProject[] = [];
  for (const p of projects) {
    const countries: CountryCode[] = [];
    const regions: UnplacedProject["regions"] = [];
    let unspecified = false;
    for (const place of projectPlacements(p, context)) {
      if (place.precision === "municipality") {
        let entry = byMunicipality.get(place.id);
        if (!entry) byMunicipality.set(place.id, (entry = { projects: [], donors: new Set() }));
        entry.projects.push(p.id);
        for (const d of p.donors) entry.donors.add(donorNames.get(d) ?? d);
      } else if (place.precision === "region")
        regions.push({ code: place.id, name: place.name, country: place.country ?? null });
      else if (place.precision === "country") countries.push(place.country);
      else unspecified = true;
    }
    if (unspecified || countries.length > 0 || regions.length > 0)
      unplaced.push({
        project_id: p.id,
        project_title: englishText(p.title),
        countries,
        regions,
        areas_as_stated: [...p.areasAsStated],
      });
  }

  const features: Array<Feature<Outline, ProjectMunicipalityProps>> = [];
  const withoutBoundary: MunicipalityWithoutBoundary[] = [];
  for (const [id, entry] of byMunicipality) {
    const info = municipalityInfo(id, context.municipalities);
    const outline = geometry.get(id);
    if (outline && info.country) {
      features.push({
        type: "Feature",
        id,
        geometry: outline,
        properties: {
          municipality_code: id,
          municipality_name: info.name ?? id,
          country: info.country,
          project_count: entry.projects.length,
          project_ids: entry.projects,
          donors: [...entry.donors].sort((a, b) => a.localeCompare(b, "en")),
        },
      });
    } else
      withoutBoundary.push({
        municipality_code: id,
        municipality_name: info.name ?? null,
        country: info.country ?? null,
        within_code: unmappedById.get(id)?.within ?? null,
        project_ids: entry.projects,
      });
  }
  features.sort(
    (a, b) =>
      a.properties.country.localeCompare(b.properties.country) ||
      a.properties.municipality_name.localeCompare(b.properties.municipality_name, "en"),
  );
  return {
    type: "FeatureCollection",
    note: GEOJSON_NOTE,
    ...(citation ? { metadata: citation } : {}),
    ...(context.dataset.synthetic ? { synthetic: true as const } : {}),
    unplaced,
    without_boundary: withoutBoundary,
    features,
  };
}
