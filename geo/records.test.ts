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
/** A synthetic record; `wof` fields are given without their "wof:" prefix. */
const record = (wof: Record<string, unknown>, geometry: unknown = { type: "Polygon", coordinates: square }) =>
  JSON.stringify({
    type: "Feature",
    properties: Object.fromEntries(Object.entries(wof).map(([k, v]) => [`wof:${k}`, v])),
    geometry,
  });

describe("parseRecord", () => {
  it("accepts a valid record", () => {
    const r = parseRecord(record({ id: 12, name: "Bar" }), pin, "x.geojson");
    expect(r.geometry.type).toBe("Polygon");
  });

  it.each([
    ["not JSON", "{", /x\.geojson: not valid JSON/],
    ["a wrong id", record({ id: 13, name: "Bar" }), /x\.geojson: wof:id is 13, the manifest says 12/],
    ["no name", record({ id: 12 }), /x\.geojson: wof:name is missing/],
    [
      "a point",
      record({ id: 12, name: "Bar" }, { type: "Point", coordinates: [1, 2] }),
      /x\.geojson: not a WOF polygon record/,
    ],
    [
      "an open ring",
      record(
        { id: 12, name: "Bar" },
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
        { id: 12, name: "Bar" },
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
