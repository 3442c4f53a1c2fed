/**
 * Writes data/schema.json, the JSON Schema of a dataset file, from the zod
 * schemas in src/data/schema.ts. `npm run data:schema`; a unit test fails
 * when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DatasetSchema } from "../../src/data/schema.ts";

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { io: "input", target: "draft-2020-12" });
  return (
    JSON.stringify(
      {
        title: "WB Radar dataset",
        description:
          "Organisations, donors, projects, places named in sources and indicators for the Western Balkans. See data/README.md.",
        ...schema,
      },
      null,
      2,
    ) + "\n"
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../schema.json", import.meta.url), datasetJsonSchema());
  console.log("wrote data/schema.json");
}
