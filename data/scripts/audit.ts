/**
 * `npm run data:audit`: what the shipped dataset (or the file given) can answer — counts per entity and country,
 * and the shares of records with page-specific sources, claims, dates, tags and places (src/data/audit.ts).
 */
import { readFileSync } from "node:fs";
import { auditDataset, type Share } from "../../src/data/audit.ts";
import { validateDataset } from "../../src/data/validate.ts";
import { readGeoLayers } from "../../geo/read.ts";

const root = new URL("../../", import.meta.url).pathname;
const file = process.argv[2] ?? `${root}data/dataset.json`;
const geo = readGeoLayers().municipalities;
const countryOf = new Map(geo.features.map((f) => [f.properties.id, f.properties.country]));
const { dataset, issues } = validateDataset(JSON.parse(readFileSync(file, "utf8")), {
  municipalityIds: new Set(countryOf.keys()),
});
const audit = auditDataset(dataset, (id) => countryOf.get(id));
const pct = (s: Share) => `${(s.share * 100).toFixed(0).padStart(3)} % (${s.count}/${s.of})`;

console.log(`${file}\n${issues.filter((i) => i.severity === "error").length} errors, ${issues.length} issues\n`);
console.log("records:", audit.counts);
console.log("organisations by home country:", audit.organisationsByCountry);
console.log("projects by target country:", audit.projectsByCountry);
console.log("organisation kinds:", audit.organisationKinds);
console.log("places by form:", audit.places.byForm);
console.log("\nsources            page-specific       claim               accessed");
for (const [entity, s] of Object.entries(audit.sources))
  console.log(`${entity.padEnd(18)} ${pct(s.pageSpecific).padEnd(19)} ${pct(s.claim).padEnd(19)} ${pct(s.accessed)}`);
console.log("\nprojects with an activity type ", pct(audit.projects.activityType));
console.log("projects with a level          ", pct(audit.projects.level));
console.log("projects with municipality/region", pct(audit.projects.municipalityOrRegion));
console.log("projects with a period         ", pct(audit.projects.period));
console.log("amounts that say what they are ", pct(audit.projects.fundingKind), `(${audit.projects.grants} grants)`);
console.log("organisations with a kind      ", pct(audit.organisations.kind));
console.log("organisations in a municipality", pct(audit.organisations.municipality));
console.log("places with a year             ", pct(audit.places.year));
console.log("synthetic records              ", audit.synthetic);
