import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ControlPanel } from "../../src/components/analysis/ControlPanel.tsx";
import { Legend } from "../../src/components/analysis/Legend.tsx";
import { MunicipalityCoverage } from "../../src/components/analysis/MunicipalityCoverage.tsx";
import { HoverTooltip } from "../../src/components/HoverTooltip.tsx";
import { validateDataset } from "../../src/data/validate.ts";
import { selectFeatureStates } from "../../src/state/derived.ts";
import { useInteractionStore } from "../../src/state/interaction.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported", lastVerified: "2026-11-01" };

/** Ohrid is named by a project; Prizren only by a whole-country project for Kosovo. A country-level need score. */
function load() {
  const report = validateDataset({
    schemaVersion: 1,
    donors: [{ id: "eu", name: { en: "EU facility" }, type: "eu", ...cited }],
    projects: [
      { id: "local", title: { en: "local" }, donors: ["eu"], targetMunicipalities: [ohrid.id], ...cited },
      { id: "national", title: { en: "national" }, targetCountries: ["XK"], ...cited },
    ],
    indicators: [
      { id: "oc", label: { en: "OC score" }, unit: "score", direction: "higher-is-worse", level: "country", ...cited },
    ],
    indicatorValues: [
      { id: "oc-mk", indicator: "oc", country: "MK", year: 2023, value: 5, ...cited },
      { id: "oc-xk", indicator: "oc", country: "XK", year: 2023, value: 6, ...cited },
    ],
  });
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
  });
}

describe("coverage that reaches a municipality without naming it", () => {
  it("is hatched on the map, counted in the legend and named in the tooltip", () => {
    load();
    const states = selectFeatureStates(useAppStore.getState())!;
    expect(states.get(prizren.id)!.pattern).toBe("indirect");
    expect(states.get(ohrid.id)!.pattern).toBe("");
    render(<Legend />);
    expect(screen.getByTestId("legend-reached")).toHaveTextContent(/Hatched: 0 here.*1$/);
    useInteractionStore.getState().setHover({ id: prizren.id, x: 10, y: 10 });
    render(<HoverTooltip geo={geoLayers()} />);
    expect(screen.getByTestId("tooltip-value")).toHaveTextContent(/Projects targeting the municipality: 0/);
    expect(screen.getByTestId("tooltip-kind")).toHaveTextContent("only whole-country projects reach it");
  });

  it("is no longer hatched once whole-country projects are counted (it is then not at 0)", () => {
    load();
    useAppStore.getState().setCountCountryWide(true);
    expect(selectFeatureStates(useAppStore.getState())!.get(prizren.id)!.pattern).toBe("");
  });

  it("is said in the municipality's panel, with how complete the dataset is for its country", () => {
    load();
    render(<MunicipalityCoverage municipalityId={prizren.id} country="XK" locale="en" />);
    expect(screen.getByTestId("coverage-kind")).toHaveTextContent("only whole-country projects reach it");
    expect(screen.getByTestId("completeness-line")).toHaveTextContent(
      "Only the projects this dataset knows are counted (Kosovo: 1 project, 0% local).",
    );
  });
});

describe("the gap map's tooltip", () => {
  it("gives the need value at the level it was measured, its class, and the coverage with its class", () => {
    load();
    useAppStore.getState().setNeed("oc");
    useInteractionStore.getState().setHover({ id: prizren.id, x: 10, y: 10 });
    render(<HoverTooltip geo={geoLayers()} />);
    expect(screen.getByTestId("tooltip-need")).toHaveTextContent(
      /^OC score: 6 \(country-level, 2023 edition\) · high need$/,
    );
    expect(screen.getByTestId("tooltip-value")).toHaveTextContent(/^Projects targeting the municipality: 0 · none$/);
    expect(screen.getByTestId("tooltip-kind")).toHaveTextContent("only whole-country projects reach it");
  });
});

describe("the control panel", () => {
  it("puts the filters above the results, and the donor concentration right under the donor filter", async () => {
    load();
    render(<ControlPanel />);
    const filters = screen.getByTestId("filters");
    const legend = screen.getByTestId("legend");
    expect(filters.compareDocumentPosition(legend) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const donorFacet = within(filters).getByText("Donor", { selector: "summary" }).closest("details")!;
    await userEvent.click(within(donorFacet).getByText("Donor", { selector: "summary" }));
    await userEvent.click(within(donorFacet).getByRole("checkbox", { name: /EU facility/ }));
    const concentration = await within(filters).findByTestId("concentration");
    expect(donorFacet.nextElementSibling).toBe(concentration);
  });
});
