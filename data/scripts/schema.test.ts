// @vitest-environment node
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { datasetJsonSchema } from "./schema.ts";

test("data/schema.json is generated from the zod schemas (run `npm run data:schema` if this fails)", () => {
  expect(readFileSync(resolve("data/schema.json"), "utf8")).toBe(datasetJsonSchema());
});
