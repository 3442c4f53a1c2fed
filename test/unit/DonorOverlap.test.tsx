import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DonorOverlap } from "../../src/components/analysis/DonorOverlap.tsx";
import { validateDataset } from "../../src/data/validate.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

const saved: string[] = [];
vi.mock("../../src/lib/download.ts", () => ({
  saveFile: (_name: string, content: string) => saved.push(content),
}));

const cited = { sources: [{ citation: "c" }], confidence: "reported", lastVerified: "2026-11-01" };
const project = (id: string, donors: string[], extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: `Project ${id}` },
  donors,
  activityTypes: ["community-engagement"],
  ...cited,
  ...extra,
});
const dated = { start: "2019-01", end: "2021-06" };

function load() {
  const report = validateDataset({
    schemaVersion: 2,
    donors: [
      { id: "eu", name: { en: "EU facility" }, type: "eu", ...cited },
      { id: "us", name: { en: "US embassy" }, type: "bilateral", ...cited },
    ],
    projects: [
      project("a", ["eu"], {
        targetMunicipalities: [ohrid.id],
        ...dated,
        funding: { amount: 1000, currency: "EUR", kind: "grant" },
      }),
      project("b", ["us"], { targetMunicipalities: [ohrid.id], start: "2020", end: "2022" }),
      // Whole country, same activity and period: never overlapping a municipal project.
      project("national", ["us"], { targetCountries: ["MK"], ...dated }),
      // No dates: period unknown, never overlapping.
      project("undated", ["us"], { targetMunicipalities: [ohrid.id] }),
      // An envelope: counted, never summed.
      project("call", ["eu"], {
        targetCountries: ["MK"],
        activityTypes: ["research"],
        funding: { amount: 1_000_000, currency: "EUR", kind: "call-envelope" },
      }),
    ],
    places: [
      {
        id: "pl",
        kind: "reported",
        municipalityIds: [prizren.id],
        wording: "hot spot",
        ...cited,
      },
    ],
  });
  expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
  });
}

describe("Donor coordination", () => {
  it("lists possible duplication with its evidence, apart from undated pairs, never a country-wide project", async () => {
    load();
    render(<DonorOverlap />);
    await userEvent.click(screen.getByRole("button", { name: "Possible duplication" }));
    const overlapping = within(screen.getByTestId("overlapping")).getAllByTestId("duplication-row");
    expect(overlapping).toHaveLength(1);
    expect(overlapping[0]).toHaveTextContent("Project a");
    expect(overlapping[0]).toHaveTextContent("Project b");
    expect(overlapping[0]).toHaveTextContent("EU facility");
    expect(overlapping[0]).toHaveTextContent("both running in 2020–2021");
    expect(screen.getByTestId("donor-overlap")).not.toHaveTextContent("Project national");
    const unknown = within(screen.getByTestId("period-unknown")).getAllByTestId("duplication-row");
    expect(unknown).toHaveLength(2);
    for (const row of unknown) {
      expect(row).toHaveTextContent("Project undated");
      expect(row).toHaveTextContent("a start or end date is missing");
      expect(row).toHaveTextContent("period not stated");
    }
    // b and undated share their donor: said, and still listed.
    expect(within(unknown[1]!).getByTestId("same-donor")).toHaveTextContent("US embassy");
    expect(within(unknown[0]!).queryByTestId("same-donor")).toBeNull();
    await userEvent.click(within(overlapping[0]!).getByRole("button", { name: "Ohrid" }));
    expect(useAppStore.getState().selectedId).toBe(ohrid.id);
  });

  it("lists activity types missing where a cited place documents need", async () => {
    load();
    render(<DonorOverlap />);
    await userEvent.click(screen.getByRole("button", { name: "Activity types missing where need is documented" }));
    const rows = screen.getAllByTestId("unfunded-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("Prizren");
    expect(rows[0]).toHaveTextContent("20 of 20 activity types without a project naming it (projects naming it: 0)");
    expect(within(rows[0]!).getByTestId("place-evidence")).toHaveTextContent("hot spot");
  });

  it("shows the 3W table: grants summed, envelopes counted and never summed, and exports it", async () => {
    load();
    render(<DonorOverlap />);
    await userEvent.click(screen.getByRole("button", { name: "Who funds what where (3W)" }));
    const table = screen.getByRole("table", { name: "Projects and grants by donor and country" });
    const eu = within(table).getByRole("rowheader", { name: "EU facility" }).closest("tr")!;
    const cells = within(eu).getAllByRole("cell");
    // North Macedonia: a and call; Total the same.
    expect(cells[0]).toHaveTextContent("2");
    expect(cells[0]).toHaveTextContent("€1,000");
    expect(cells[0]).toHaveTextContent("1 with other funding figures");
    expect(eu).not.toHaveTextContent("1,001,000");
    // US: no grant amount: no sum at all, never €0.
    const us = within(table).getByRole("rowheader", { name: "US embassy" }).closest("tr")!;
    expect(us).not.toHaveTextContent("€");
    expect(us).toHaveTextContent("3 without amount");
    await userEvent.click(screen.getByRole("checkbox", { name: "Split by activity type" }));
    expect(within(table).getByRole("rowheader", { name: /Research/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    const csv = saved.at(-1)!;
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toMatch(/^\ufeff?"?Who funds what where \(3W\)/);
    expect(lines[1]).toContain("grant_sum_EUR");
    expect(csv).toContain("eu,EU facility,all,All activity types,MK,North Macedonia,2,1000,1,0,1,0");
    expect(csv).not.toContain("1001000");
  });
});
