import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Papa from "papaparse";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DataDialog } from "../../src/components/data/DataDialog.tsx";
import { validateDataset } from "../../src/data/validate.ts";
import { saveFile } from "../../src/lib/download.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

vi.mock("../../src/lib/download.ts", () => ({ saveFile: vi.fn() }));

const cited = { sources: [{ citation: "c" }], confidence: "reported", lastVerified: "2026-11-01" };

function load() {
  const report = validateDataset({
    schemaVersion: 2,
    projects: [
      { id: "p-xk", title: { en: "Prizren project" }, targetMunicipalities: [prizren.id], ...cited },
      { id: "p-mk", title: { en: "Ohrid project" }, targetMunicipalities: [ohrid.id], ...cited },
      { id: "p-country", title: { en: "All of Kosovo" }, targetCountries: ["XK"], ...cited },
    ],
  });
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
  });
}

const saved = () => vi.mocked(saveFile).mock.calls;

describe("exports of the filtered projects in open formats", () => {
  beforeEach(() => vi.mocked(saveFile).mockClear());

  it("offers HXL CSV and GeoJSON of what the filters show", async () => {
    load();
    useAppStore.getState().setFilters({ countries: ["XK"] });
    render(<DataDialog onClose={() => {}} />);

    await userEvent.click(screen.getByRole("button", { name: "Filtered projects as HXL CSV" }));
    expect(saved()).toHaveLength(1);
    const [name, content, type] = saved()[0]!;
    expect(name).toMatch(/^wb-radar-projects-hxl-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe("text/csv;charset=utf-8");
    const rows = Papa.parse<string[]>((content as string).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows[1]![0]).toBe("#activity+code");
    // The Ohrid project is filtered out; the Kosovo-wide one stays one row without a municipality.
    expect(rows.slice(2).map((r) => r[0])).toEqual(["p-xk", "p-country"]);

    await userEvent.click(screen.getByRole("button", { name: "Filtered projects as GeoJSON" }));
    expect(saved()).toHaveLength(2);
    const [geoName, geoContent, geoType] = saved()[1]!;
    expect(geoName).toMatch(/^wb-radar-projects-\d{4}-\d{2}-\d{2}\.geojson$/);
    expect(geoType).toBe("application/geo+json");
    const collection = JSON.parse(geoContent as string);
    expect(collection.features.map((f: { id: string }) => f.id)).toEqual([prizren.id]);
    expect(collection.unplaced.map((u: { project_id: string }) => u.project_id)).toEqual(["p-country"]);
  });

  it("offers nothing before the map's municipalities are loaded", () => {
    load();
    useAppStore.setState({ geo: null });
    render(<DataDialog onClose={() => {}} />);
    expect(screen.queryByTestId("export-hxl")).toBeNull();
    expect(screen.queryByTestId("export-projects-geojson")).toBeNull();
  });
});
