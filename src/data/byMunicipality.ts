/**
 * What the dataset says about each municipality: organisations based there,
 * projects targeting it, places the sources name. Built once per dataset.
 */
import type { Dataset, Organisation, Place, Project } from "./schema.ts";

export interface MunicipalityRecords {
  organisations: Organisation[];
  projects: Project[];
  places: Place[];
}

export function recordsByMunicipality(dataset: Dataset): Map<string, MunicipalityRecords> {
  const index = new Map<string, MunicipalityRecords>();
  const entry = (id: string) => {
    let found = index.get(id);
    if (!found) {
      found = { organisations: [], projects: [], places: [] };
      index.set(id, found);
    }
    return found;
  };
  for (const org of dataset.organisations) if (org.municipalityId) entry(org.municipalityId).organisations.push(org);
  for (const project of dataset.projects)
    for (const id of new Set(project.targetMunicipalities)) entry(id).projects.push(project);
  for (const place of dataset.places) for (const id of new Set(place.municipalityIds)) entry(id).places.push(place);
  return index;
}
