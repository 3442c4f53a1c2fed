import { expect, test } from "vitest";
import { LOCALES } from "../geo/schema.ts";
import { TAXONOMY, termLabel } from "./taxonomy.ts";

test("every term has a label in every app language, Cyrillic where the language is", () => {
  for (const [name, vocabulary] of Object.entries(TAXONOMY)) {
    for (const id of vocabulary.ids) {
      const labels = (vocabulary.labels as Record<string, Record<string, string>>)[id]!;
      for (const locale of LOCALES) expect(labels[locale]?.trim(), `${name}.${id}.${locale}`).toBeTruthy();
      expect(labels["sr-Cyrl"], `${name}.${id}`).not.toMatch(/[A-Za-z]/);
      expect(labels.mk, `${name}.${id}`).not.toMatch(/[A-Za-z]/);
    }
  }
});

test("ids are stable kebab-case, and an unknown id is shown as it is", () => {
  for (const vocabulary of Object.values(TAXONOMY))
    for (const id of vocabulary.ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(termLabel("activityType", "interfaith-dialogue", "sr-Cyrl")).toBe("Међуверски дијалог");
  expect(termLabel("activityType", "unheard-of", "en")).toBe("unheard-of");
});
