// @vitest-environment node
import { expect, test } from "vitest";
import { seedInput } from "../../test/unit/dataFiles.ts";
import { locate, municipalities, municipalityIds } from "../../test/unit/realGeo.ts";
import { validateDataset } from "../data/validate.ts";
import { buildSearchIndex, search } from "./search.ts";

const seed = validateDataset(seedInput(), { municipalityIds, locate }).dataset;
const index = buildSearchIndex(
  municipalities.features.map((f) => f.properties),
  seed.organisations,
);
const first = (q: string) => search(index, q)[0];
const nameOf = (id: string | undefined) =>
  municipalities.features.find((f) => f.properties.id === id)?.properties["name:en"];

test("ignores case and diacritics, and matches across scripts", () => {
  expect(nameOf(first("niksic")!.municipalityId)).toBe("Nikšić");
  expect(nameOf(first("Никшић")!.municipalityId)).toBe("Nikšić");
  expect(nameOf(first("niska banja")!.municipalityId)).toBe("Niška Banja");
  expect(nameOf(first("prishtine")!.municipalityId)).toBe("Prishtinë");
  expect(nameOf(first("приштина")!.municipalityId)).toBe("Prishtinë");
  expect(nameOf(first("OHRI")!.municipalityId)).toBe("Ohrid"); // Albanian name
  expect(nameOf(first("kacanik")!.municipalityId)).toBe("Kaçanik");
});

test("finds organisations by name or acronym, at their municipality when it may be shown", () => {
  const kcss = search(index, "kcss").find((e) => e.kind === "organisation");
  expect(kcss).toMatchObject({ id: "kcss", municipalityId: "1108809557" });
  expect(search(index, "Institute for Democracy").map((e) => e.id)).toContain("idm");
  // BCSP is placed at country level (Belgrade is several municipalities): found, without a municipality
  const bcsp = search(index, "bcsp").find((e) => e.kind === "organisation");
  expect(bcsp).toMatchObject({ id: "bcsp", country: "RS" });
  expect(bcsp).not.toHaveProperty("municipalityId");
});

test("ranks a whole name before a prefix before a substring, and limits the list", () => {
  const results = search(index, "novi");
  expect(results.length).toBeLessThanOrEqual(8);
  expect(search(index, "")).toEqual([]);
  expect(search(index, "zzzzqq")).toEqual([]);
  const grad = search(index, "grad", 50);
  const firstSubstring = grad.findIndex(
    (e) => !e.keys.some((k) => k.split(/[\s\-–()]+/).some((w) => w.startsWith("grad"))),
  );
  if (firstSubstring !== -1)
    for (const e of grad.slice(0, firstSubstring)) expect(e.keys.some((k) => k.includes("grad"))).toBe(true);
});
