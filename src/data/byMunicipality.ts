/**
 * What the dataset says about each municipality: organisations based there,
 * projects targeting it, places the sources name. Built once per dataset.
 */
import type { Dataset, Organisation, Place, Project } from "./schema.ts";

export interface MunicipalityRecords {
  organisations: Organisation[];
  /** Projects that name the municipality. */
  projects: Project[];
  /** Projects that name a region including it, and not the municipality itself. */
  regionProjects: Project[];
  places: Place[];
}

export function recordsByMunicipality(dataset: Dataset): Map<string, MunicipalityRecords> {
  const index = new Map<string, MunicipalityRecords>();
  const entry = (id: string) => {
    let found = index.get(id);
    if (!found) {
      found = { organisations: [], projects: [], regionProjects: [], places: [] };
      index.set(id, found);
    }
    return found;
  };
  for (const org of dataset.organisations) if (org.municipalityId) entry(org.municipalityId).organisations.push(org);
  for (const project of dataset.projects)
    for (const id of new Set(project.targetMunicipalities)) entry(id).projects.push(project);
  const members = new Map(dataset.regions.map((r) => [r.id, r.municipalityIds]));
  for (const project of dataset.projects) {
    const named = new Set(project.targetMunicipalities);
    const reached = new Set(project.targetRegions.flatMap((r) => members.get(r) ?? []));
    for (const id of reached) if (!named.has(id)) entry(id).regionProjects.push(project);
  }
  for (const place of dataset.places) for (const id of new Set(place.municipalityIds)) entry(id).places.push(place);
  return index;
}
