/**
 * The e2e tests of the map's behaviour run on a small, stable dataset: the first seed dataset
 * (test/fixtures/seed-v1.json, schema version 1, read through the migration), served in place of the shipped one,
 * so that a change to the research data does not change what these tests count. The shipped dataset has its own
 * spec (dataset.spec.ts), which uses Playwright's `test` directly.
 */
import { fileURLToPath } from "node:url";
import { test as base } from "@playwright/test";

export { expect, type Page } from "@playwright/test";

const FIXTURE = fileURLToPath(new URL("../fixtures/seed-v1.json", import.meta.url));
/** The shipped dataset as Vite emits it: /assets/dataset-<hash>.json. */
export const SHIPPED_DATASET = /\/assets\/dataset-[\w-]+\.json(\?.*)?$/;

export const test = base.extend({
  context: async ({ context }, provide) => {
    await context.route(SHIPPED_DATASET, (route) => route.fulfill({ path: FIXTURE, contentType: "application/json" }));
    await provide(context);
  },
});

/** A one-organisation synthetic dataset, served at /partner/sample.json by the tests that need a second dataset. */
export function sampleDataset(location: Record<string, unknown>) {
  return {
    schemaVersion: 1,
    name: "Sample",
    organisations: [
      {
        id: "syn-1",
        name: { en: "Sample organisation 1" },
        ...location,
        synthetic: true,
        sources: [{ citation: "Synthetic" }],
        confidence: "estimate",
        lastVerified: "2026-01-01",
      },
    ],
  };
}
