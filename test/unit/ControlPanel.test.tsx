import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FilterPanel } from "../../src/components/analysis/FilterPanel.tsx";
import { Legend } from "../../src/components/analysis/Legend.tsx";
import { HoverTooltip } from "../../src/components/HoverTooltip.tsx";
import { validateDataset } from "../../src/data/validate.ts";
import { useInteractionStore } from "../../src/state/interaction.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

const cited = { sources: [{ citation: "c" }], confidence: "reported", lastVerified: "2026-11-01" };
const project = (id: string, donors: string[], targets: string[], extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: id },
  donors,
  targetMunicipalities: targets,
  ...cited,
  ...extra,
});

function load() {
  const report = validateDataset({
    schemaVersion: 1,
    donors: [
      { id: "eu", name: { en: "EU facility" }, type: "eu", ...cited },
      { id: "us", name: { en: "US embassy" }, type: "bilateral", ...cited },
    ],
    projects: [
      project("p1", ["eu"], [ohrid.id], { funding: { amount: 1000, currency: "EUR" } }),
      project("p2", ["eu"], [ohrid.id]),
      project("p3", ["us"], [prizren.id], { start: "2015" }),
    ],
  });
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
  });
}

describe("FilterPanel", () => {
  it("shows each option with its count, and narrows on a choice with a removable chip", async () => {
    load();
    render(<FilterPanel />);
    expect(screen.getByTestId("filter-summary")).toHaveTextContent("Matching: 3 projects, 0 organisations");
    const eu = screen.getByRole("checkbox", { name: /EU facility/ });
    expect(eu.closest("label")).toHaveTextContent("EU facility2");
    await userEvent.click(eu);
    expect(useAppStore.getState().filters.donors).toEqual(["eu"]);
    expect(screen.getByTestId("filter-summary")).toHaveTextContent("Matching: 2 projects");
    // the other donor still counts what it would match
    expect(screen.getByRole("checkbox", { name: /US embassy/ }).closest("label")).toHaveTextContent("US embassy1");
    await userEvent.click(screen.getByRole("button", { name: "Remove filter: EU facility" }));
    expect(useAppStore.getState().filters.donors).toEqual([]);
  });

  it("explains an empty result instead of showing nothing", async () => {
    load();
    useAppStore.getState().setFilters({ donors: ["us"], from: 2020 });
    render(<FilterPanel />);
    expect(screen.getByTestId("filter-empty")).toHaveTextContent("No projects match these filters");
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(screen.queryByTestId("filter-empty")).toBeNull();
  });
});

describe("FilterPanel years", () => {
  it("applies a year range typed digit by digit, refuses a reversed one and counts undated projects", async () => {
    load();
    render(<FilterPanel />);
    const from = screen.getByRole("spinbutton", { name: "From" });
    const to = screen.getByRole("spinbutton", { name: "To" });
    await userEvent.type(from, "2014");
    await userEvent.type(to, "2016");
    expect(useAppStore.getState().filters).toMatchObject({ from: 2014, to: 2016 });
    expect(to).toHaveValue(2016);
    // p1 and p2 have no period: they drop out, and the panel says how many
    expect(screen.getByTestId("filter-summary")).toHaveTextContent("Matching: 1 project, 0 organisations");
    expect(screen.getByTestId("undated")).toHaveTextContent("2 projects have no period");
    await userEvent.clear(from);
    await userEvent.type(from, "2019");
    expect(screen.getByRole("alert")).toHaveTextContent("cannot be after");
    expect(from).toHaveAttribute("aria-invalid", "true");
    // what is typed stays, the last forward range stays applied
    expect(from).toHaveValue(2019);
    expect(useAppStore.getState().filters).toMatchObject({ from: undefined, to: 2016 });
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(from).toHaveValue(null);
    expect(to).toHaveValue(null);
    expect(screen.queryByTestId("undated")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("HoverTooltip", () => {
  it("says what the map shows for the municipality: value, class and rank, or no data", () => {
    load();
    useInteractionStore.getState().setHover({ id: ohrid.id, x: 10, y: 10 });
    const { rerender } = render(<HoverTooltip geo={geoLayers()} />);
    expect(screen.getByTestId("tooltip-value")).toHaveTextContent(
      /^Projects targeting the municipality: 2 · class 2 of 2 · #1 of 2$/,
    );
    useAppStore.getState().setFilters({ donors: ["us"] });
    rerender(<HoverTooltip geo={geoLayers()} />);
    // Ohrid now has none: zero has no rank
    expect(screen.getByTestId("tooltip-value")).toHaveTextContent(
      /^Projects targeting the municipality: 0 · class 1 of 2$/,
    );
    useAppStore.getState().setMetric("projectsPer100k");
    useInteractionStore.getState().setHover({ id: prizren.id, x: 10, y: 10 });
    rerender(<HoverTooltip geo={geoLayers()} />);
    expect(screen.getByTestId("tooltip-value")).toHaveTextContent("no data");
  });
});

describe("Legend", () => {
  it("lists classes with their ranges and municipality counts", () => {
    load();
    render(<Legend />);
    const classes = screen.getAllByTestId("legend-class");
    // Prizren has 1 project, Ohrid 2
    expect(classes).toHaveLength(2);
    expect(within(classes[0]!).getByText("1", { selector: ".range" })).toBeInTheDocument();
    expect(within(classes[0]!).getByText("1", { selector: ".count" })).toBeInTheDocument();
    expect(within(classes[1]!).getByText("2", { selector: ".range" })).toBeInTheDocument();
    expect(screen.queryByTestId("legend-no-data")).toBeNull();
  });

  it("keeps zero as its own class, distinct from no data", () => {
    load();
    useAppStore.getState().setFilters({ donors: ["us"] });
    render(<Legend />);
    const classes = screen.getAllByTestId("legend-class");
    expect(within(classes[0]!).getByText("0", { selector: ".range" })).toBeInTheDocument();
    expect(screen.queryByTestId("legend-no-data")).toBeNull();
  });

  it('per 100,000 inhabitants: "no data" where the population is unknown', async () => {
    load();
    render(<Legend />);
    await userEvent.selectOptions(screen.getByTestId("metric-picker"), "projectsPer100k");
    // Prizren has no population in the fixture
    expect(screen.getByTestId("legend-no-data")).toHaveTextContent("No data");
    expect(screen.getByText("Only where the population is known; elsewhere: no data.")).toBeInTheDocument();
  });

  it("says so when no municipality has data for the measure", async () => {
    load();
    // Only Prizren, whose population is unknown
    useAppStore.setState({ geo: geoLayers([prizren]) });
    render(<Legend />);
    await userEvent.selectOptions(screen.getByTestId("metric-picker"), "fundingEurPer100k");
    expect(screen.getByText("No municipality has data for this measure with these filters.")).toBeInTheDocument();
    expect(screen.queryAllByTestId("legend-class")).toHaveLength(0);
    expect(screen.getByTestId("legend-no-data")).toHaveTextContent("No data1");
  });
});

describe("About this map", () => {
  it("opens from the legend with every section of the method, and closes back to its button", async () => {
    load();
    render(<Legend />);
    const open = screen.getByRole("button", { name: "About this map: method and limits" });
    await userEvent.click(open);
    const dialog = screen.getByRole("dialog", { name: "About this map" });
    const headings = within(dialog)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "The data",
      "Coverage measures",
      "Colours, classes and ranks",
      "Need",
      "The gap map",
      "Overlooked neighbours",
      "Concentration",
      "Limits",
      "How to cite",
    ]);
    expect(dialog).toHaveTextContent("Zero is always the lightest class");
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(open).toHaveFocus();
  });
});

describe("Dataset completeness", () => {
  it("says per country what the dataset knows and how many projects name a municipality", async () => {
    const report = validateDataset({
      schemaVersion: 1,
      projects: [
        project("a", [], [ohrid.id]),
        project("b", [], [], { targetCountries: ["MK"] }),
        project("c", [], [prizren.id]),
      ],
    });
    useAppStore.setState({
      geo: geoLayers(),
      data: { dataset: report.dataset, origin: { kind: "default", label: "s" }, report },
    });
    render(<Legend />);
    await userEvent.click(screen.getByText("How complete is this data?"));
    const row = (name: string) => screen.getByRole("rowheader", { name }).closest("tr")!;
    expect(row("North Macedonia")).toHaveTextContent(/^North Macedonia0250%$/);
    expect(row("Kosovo")).toHaveTextContent(/^Kosovo01100%$/);
    // nothing known: no share, not 0 %
    expect(row("Albania")).toHaveTextContent(/^Albania00no data$/);
  });
});

describe("A need that cannot be compared", () => {
  it("is offered disabled, and a link naming it gets the reason and keeps the coverage legend", () => {
    const report = validateDataset({
      schemaVersion: 1,
      indicators: [
        {
          id: "t",
          label: { en: "Travellers" },
          unit: "people",
          direction: "higher-is-worse",
          level: "country",
          ...cited,
        },
      ],
      projects: [project("a", [], [ohrid.id])],
    });
    useAppStore.setState({
      geo: geoLayers(),
      data: { dataset: report.dataset, origin: { kind: "default", label: "s" }, report },
    });
    useAppStore.getState().setNeed("t");
    render(<Legend />);
    // An <option> holds text only: the indicator's label is isolated with FSI…PDI.
    expect(
      screen.getByRole("option", { name: /\u2068Travellers\u2069 \(not comparable between countries\)/ }),
    ).toBeDisabled();
    expect(screen.getByTestId("need-refused")).toHaveTextContent("Travellers counts people per country");
    expect(screen.getAllByTestId("legend-class").length).toBeGreaterThan(0);
  });
});

describe("Legend interactions", () => {
  it("a class can be picked to stand out, and breaks can be kept while filtering", async () => {
    load();
    render(<Legend />);
    const [first] = screen.getAllByRole("button", { pressed: false });
    await userEvent.click(first!);
    expect(useAppStore.getState().highlightClass).toBe(0);
    expect(first).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(screen.getByRole("checkbox", { name: "Keep class breaks while filtering" }));
    const kept = useAppStore.getState().fixedClasses;
    expect(kept).not.toBeNull();
    // filtering no longer moves the breaks
    useAppStore.getState().setFilters({ donors: ["us"] });
    const { selectClasses } = await import("../../src/state/derived.ts");
    expect(selectClasses(useAppStore.getState())).toBe(kept);
    // a new metric starts afresh
    await userEvent.selectOptions(screen.getByTestId("metric-picker"), "donors");
    expect(useAppStore.getState().fixedClasses).toBeNull();
    expect(useAppStore.getState().highlightClass).toBeNull();
  });
});

describe("whole-country projects", () => {
  it("are counted per municipality only when the user chooses so", async () => {
    const report = validateDataset({
      schemaVersion: 1,
      projects: [project("national", [], [], { targetCountries: ["MK"] }), project("local", [], [ohrid.id])],
    });
    useAppStore.setState({
      geo: geoLayers(),
      data: { dataset: report.dataset, origin: { kind: "default", label: "s" }, report },
    });
    const { selectMetrics } = await import("../../src/state/derived.ts");
    render(<Legend />);
    expect(selectMetrics(useAppStore.getState())!.get(ohrid.id)!.projects).toBe(1);
    expect(screen.getByText("Projects covering a whole country, not counted per municipality: 1.")).toBeInTheDocument();
    await userEvent.click(screen.getByTestId("count-country-wide"));
    expect(selectMetrics(useAppStore.getState())!.get(ohrid.id)!.projects).toBe(2);
    expect(screen.queryByText(/not counted per municipality/)).toBeNull();
  });
});
