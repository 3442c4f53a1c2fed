// @vitest-environment node
import { describe, expect, test } from "vitest";
import { aProject } from "../../test/unit/records.ts";
import {
  buildCorrection,
  correctableFields,
  parseCorrection,
  WHOLE_RECORD,
  type CorrectionFields,
} from "./correction.ts";

const project = aProject("p1", { donors: ["d1"], targetCountries: ["AL"], start: "2019" });

const fields = (extra: Partial<CorrectionFields> = {}): CorrectionFields => ({
  field: "start",
  proposed: "It started in 2020, not 2019.",
  reason: "The donor's page gives the launch date.",
  sources: [
    { url: "https://donor.example/news/launch", citation: "", claim: "The project was launched in March 2020." },
  ],
  contact: "me@example.org",
  ...extra,
});

describe("a correction to any record", () => {
  test("the fields a reader may name: the kind's own (stated or not), its sources, the record as a whole", () => {
    const list = correctableFields("projects");
    expect(list.slice(0, 2)).toEqual(["title", "originalLanguage"]);
    // Not stated in this project, and still correctable: a missing end date is a correction too.
    expect(list).toContain("end");
    expect(list).toContain("donors");
    expect(list.slice(-4)).toEqual(["sources", "confidence", "notes", WHOLE_RECORD]);
    expect(list).not.toContain("id");
    expect(list).not.toContain("lastVerified");
  });

  test("a complete correction gives a file that reads back as it was made; the contact is never in it", () => {
    const c = buildCorrection("projects", project, fields(), { today: "2026-11-26", version: "2026-11-26" });
    expect(c.issues).toEqual([]);
    expect(c.file!.name).toBe("wb-radar-correction-projects-p1.json");
    expect(c.file!.text).not.toContain("me@example.org");
    const back = parseCorrection(c.file!.text);
    expect(back).toEqual({
      ok: true,
      value: {
        wbRadarCorrection: 1,
        entity: "projects",
        id: "p1",
        field: "start",
        current: "2019",
        proposed: "It started in 2020, not 2019.",
        reason: "The donor's page gives the launch date.",
        sources: [{ url: "https://donor.example/news/launch", claim: "The project was launched in March 2020." }],
        datasetVersion: "2026-11-26",
        submitted: "2026-11-26",
      },
    });
  });

  test("no file without a field, what the source states, a reason and a source with its claim", () => {
    const c = buildCorrection(
      "projects",
      project,
      fields({
        field: "nope",
        proposed: " ",
        reason: "",
        sources: [{ url: "https://x.example/", citation: "", claim: "" }],
      }),
    );
    expect(c.file).toBeUndefined();
    expect(c.issues.map((i) => i.path.join("."))).toEqual(["field", "proposed", "reason", "sources.0.claim"]);
    const none = buildCorrection("projects", project, fields({ sources: [{ url: "", citation: "", claim: "" }] }));
    expect(none.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["tooFewItems", "sources"]]);
    // A source that is not a web address is refused, at its row.
    const bad = buildCorrection(
      "projects",
      project,
      fields({
        sources: [
          { url: "", citation: "", claim: "" },
          { url: "javascript:alert(1)", citation: "", claim: "x" },
        ],
      }),
    );
    expect(bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["invalidUrl", "sources.1.url"]]);
  });

  test("the whole record: no current value; a hostile file is refused whole", () => {
    const c = buildCorrection("projects", project, fields({ field: WHOLE_RECORD, proposed: "A duplicate of p2." }));
    expect(JSON.parse(c.file!.text)).not.toHaveProperty("current");
    expect(parseCorrection("{")).toMatchObject({ ok: false });
    const extra = { ...JSON.parse(c.file!.text), __proto__: { polluted: true }, script: "<x>" };
    expect(parseCorrection(JSON.stringify(extra))).toMatchObject({ ok: false });
    expect(parseCorrection(JSON.stringify({ ...JSON.parse(c.file!.text), field: "__proto__" }))).toMatchObject({
      ok: false,
    });
  });
});
