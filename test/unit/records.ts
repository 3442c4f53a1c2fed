/** Minimal valid records for unit tests: every required list empty, one citation, as the schema needs them. */
import type { Project } from "../../src/data/schema.ts";

export const cited = { sources: [{ citation: "c" }], confidence: "reported" as const, lastVerified: "2026-01-01" };

export function aProject(id: string, extra: Partial<Project> = {}): Project {
  return {
    id,
    title: { en: id },
    leadOrganisations: [],
    partnerOrganisations: [],
    donors: [],
    activityTypes: [],
    levels: [],
    extremismForms: [],
    ocTopics: [],
    targetMunicipalities: [],
    targetRegions: [],
    targetCountries: [],
    areasAsStated: [],
    ...cited,
    ...extra,
  };
}
