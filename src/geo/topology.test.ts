import { describe, expect, it } from "vitest";
import { encodeGeoFile } from "../../geo/encode.ts";
import { geoLayers, ohrid, prizren } from "../../test/unit/fixtures.ts";
import { decodeGeoFile, GeoFileError } from "./topology.ts";

const file = (labelIds = [prizren.id, ohrid.id]) => {
  const { municipalities } = geoLayers();
  return JSON.parse(
    JSON.stringify(
      encodeGeoFile({
        municipalities,
        countries: {
          type: "FeatureCollection",
          features: municipalities.features.map((f) => ({ ...f, properties: { country: f.properties.country } })),
        },
        labels: labelIds.map((id, rank) => ({
          type: "Feature",
          properties: { id, rank },
          geometry: { type: "Point", coordinates: [20.05 + rank, 42.05] },
        })),
        countryLabels: [
          { type: "Feature", properties: { country: "XK" }, geometry: { type: "Point", coordinates: [20.05, 42.05] } },
        ],
      }),
    ),
  ) as unknown;
};

describe("the geometry file", () => {
  it("decodes what the build encodes: shapes, outlines, and label points carrying the municipalities' names", () => {
    const geo = decodeGeoFile(file());
    expect(geo.municipalities.features.map((f) => f.properties.id)).toEqual([prizren.id, ohrid.id]);
    expect(geo.municipalities.features[0]!.geometry.type).toBe("Polygon");
    expect(geo.countries.features).toHaveLength(2);
    expect(geo.byId.get(ohrid.id)?.["name:sq"]).toBe("Ohri");
    const label = geo.labels.features[1]!;
    expect(label.properties).toMatchObject({ id: ohrid.id, country: "MK", "name:sr-Latn": "Ohrid", rank: 1 });
    // Quantized to the grid: within a cell of where it was.
    expect(label.geometry.coordinates[0]).toBeCloseTo(21.05, 3);
    expect(geo.countryLabels.features[0]!.properties.country).toBe("XK");
  });

  it("refuses a file whose properties are wrong, or whose labels name no municipality", () => {
    const bad = file() as { objects: { municipalities: { geometries: Array<{ properties: { country: string } }> } } };
    bad.objects.municipalities.geometries[0]!.properties.country = "DE";
    expect(() => decodeGeoFile(bad)).toThrow(/objects\.municipalities\.geometries\.0\.properties\.country/);
    expect(() => decodeGeoFile(file([prizren.id, "123"]))).toThrow(GeoFileError);
    expect(() => decodeGeoFile({ type: "FeatureCollection", features: [] })).toThrow(GeoFileError);
  });
});
