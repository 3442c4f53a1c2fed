import { describe, expect, it } from "vitest";
import { GeoBuildError, parseRecord, type Pin } from "./records.ts";

const pin: Pin = {
  country: "ME",
  repo: "whosonfirst-data-admin-me",
  commit: "0".repeat(40),
  path: "data/1/2.geojson",
  id: 12,
  placetype: "region",
};
const square = [
  [
    [19, 42],
    [19.1, 42],
    [19.1, 42.1],
    [19, 42.1],
    [19, 42],
  ],
];
const record = (props: Record<string, unknown>, geometry: unknown = { type: "Polygon", coordinates: square }) =>
  JSON.stringify({ type: "Feature", properties: props, geometry });

describe("parseRecord", () => {
  it("accepts a valid record", () => {
    const r = parseRecord(record({ "wof:id": 12, "wof:name": "Bar" }), pin, "x.geojson");
    expect(r.geometry.type).toBe("Polygon");
  });

  it.each([
    ["not JSON", "{", /x\.geojson: not valid JSON/],
    ["a wrong id", record({ "wof:id": 13, "wof:name": "Bar" }), /x\.geojson: wof:id is 13, the manifest says 12/],
    ["no name", record({ "wof:id": 12 }), /x\.geojson: wof:name is missing/],
    [
      "a point",
      record({ "wof:id": 12, "wof:name": "Bar" }, { type: "Point", coordinates: [1, 2] }),
      /x\.geojson: not a WOF polygon record/,
    ],
    [
      "an open ring",
      record(
        { "wof:id": 12, "wof:name": "Bar" },
        {
          type: "Polygon",
          coordinates: [
            [
              [19, 42],
              [19.1, 42],
            ],
          ],
        },
      ),
      /at least 4 positions/,
    ],
    [
      "a coordinate off the globe",
      record(
        { "wof:id": 12, "wof:name": "Bar" },
        {
          type: "Polygon",
          coordinates: [
            [
              [19, 42],
              [19.1, 420],
              [19.1, 42.1],
              [19, 42],
            ],
          ],
        },
      ),
      /invalid position/,
    ],
  ])("names the file and the problem for %s", (_, text, message) => {
    expect(() => parseRecord(text, pin, "x.geojson")).toThrow(GeoBuildError);
    expect(() => parseRecord(text, pin, "x.geojson")).toThrow(message);
  });
});
