import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MunicipalityTable } from "../../src/components/table/MunicipalityTable.tsx";
import { ViewTabs } from "../../src/components/ViewTabs.tsx";
import { validateDataset } from "../../src/data/validate.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported", lastVerified: "2026-11-01" };

function load() {
  const report = validateDataset({
    schemaVersion: 1,
    projects: [
      { id: "p1", title: { en: "p1" }, targetMunicipalities: [ohrid.id], ...cited },
      { id: "p2", title: { en: "p2" }, targetMunicipalities: [ohrid.id], ...cited },
      { id: "p3", title: { en: "p3" }, targetCountries: ["XK"], ...cited },
    ],
  });
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
  });
}
const names = () => screen.getAllByTestId("table-row").map((r) => within(r).getByRole("rowheader").textContent);

describe("the table view", () => {
  it("lists every municipality with its figures, sorted by the map's measure, and says what the map shows", () => {
    load();
    render(<MunicipalityTable geo={geoLayers()} />);
    expect(names()).toEqual(["Ohrid", "Prizren"]);
    const prizrenRow = screen.getAllByTestId("table-row")[1]!;
    expect(prizrenRow).toHaveTextContent("whole-country projects");
    // Prizren has no population in the fixture: per capita is "no data", not 0
    expect(prizrenRow).toHaveTextContent("no data");
    expect(screen.getByRole("columnheader", { name: /Projects targeting the municipality/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    expect(screen.getByTestId("table-summary")).toHaveTextContent(
      "Projects targeting the municipality — municipalities: 2; above 0: 1; at 0: 1; no data: 0. Highest: Ohrid (2).",
    );
  });

  it("sorts by any column, both ways", async () => {
    load();
    render(<MunicipalityTable geo={geoLayers()} />);
    const byName = screen.getByRole("button", { name: "Municipality" });
    await userEvent.click(byName);
    expect(names()).toEqual(["Ohrid", "Prizren"]);
    expect(screen.getByRole("columnheader", { name: /Municipality/ })).toHaveAttribute("aria-sort", "ascending");
    await userEvent.click(byName);
    expect(names()).toEqual(["Prizren", "Ohrid"]);
  });

  it("moves with the arrow keys and selects with Enter; a selection made elsewhere is marked", async () => {
    load();
    render(<MunicipalityTable geo={geoLayers()} />);
    const rows = screen.getAllByTestId("table-row");
    expect(rows[0]).toHaveAttribute("tabindex", "0");
    expect(rows[1]).toHaveAttribute("tabindex", "-1");
    rows[0]!.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(rows[1]).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(useAppStore.getState().selectedId).toBe(prizren.id);
    expect(rows[1]).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{Home}");
    expect(rows[0]).toHaveFocus();
    await userEvent.click(rows[0]!);
    expect(useAppStore.getState().selectedId).toBe(ohrid.id);
  });

  it("follows the filters: a country filter leaves the other countries out", () => {
    load();
    useAppStore.getState().setFilters({ countries: ["XK"] });
    render(<MunicipalityTable geo={geoLayers()} />);
    expect(names()).toEqual(["Prizren"]);
  });

  it("is chosen with the Map / Table switch, which the URL keeps", async () => {
    render(<ViewTabs />);
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    expect(useAppStore.getState().tab).toBe("table");
    expect(screen.getByRole("button", { name: "Table" })).toHaveAttribute("aria-pressed", "true");
  });
});
