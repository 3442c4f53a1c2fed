import { act, render, screen, within } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { MunicipalityFacts } from "../../src/components/data/MunicipalityFacts.tsx";
import { emptyDataset, type Dataset } from "../../src/data/schema.ts";
import { ohrid } from "./fixtures.ts";

afterEach(async () => {
  await i18next.changeLanguage("en");
});

const cited = {
  sources: [{ url: "https://example.org/r", citation: "Example report 2024" }],
  confidence: "reported" as const,
  lastVerified: "2026-11-01",
};

const dataset: Dataset = {
  ...emptyDataset(),
  organisations: [
    {
      id: "o1",
      name: { en: '<b onmouseover="alert(1)">Lake group</b>', "sr-Latn": "Grupa jezera" },
      kind: "youth",
      locationPrecision: "municipality",
      municipalityId: ohrid.id,
      website: "javascript:alert(1)",
      focusAreas: [],
      networks: [],
      ...cited,
    },
  ],
  donors: [{ id: "d1", name: { en: "A foundation" }, type: "private-foundation", ...cited }],
  projects: [
    {
      id: "p1",
      title: { en: "Dialogue in Ohrid" },
      leadOrganisations: ["o1"],
      partnerOrganisations: [],
      donors: ["d1"],
      activityTypes: [],
      levels: [],
      extremismForms: [],
      ocTopics: [],
      targetMunicipalities: [ohrid.id],
      targetRegions: [],
      targetCountries: ["MK"],
      areasAsStated: [],
      start: "2019",
      end: "2021",
      funding: { amount: 400000, amountMax: 700000, currency: "USD", year: 2020, kind: "grant" },
      ...cited,
    },
  ],
  places: [
    {
      id: "pl",
      kind: "reported",
      municipalityIds: [ohrid.id],
      wording: "named in a 2024 report",
      extremismForms: [],
      ocTopics: [],
      year: 2024,
      ...cited,
    },
  ],
  indicators: [
    { id: "i", label: { en: "Criminality" }, unit: "score", direction: "higher-is-worse", level: "country", ...cited },
  ],
  indicatorValues: [
    { id: "v1", indicator: "i", country: "MK", year: 2021, value: 5.31, ...cited },
    { id: "v2", indicator: "i", country: "MK", year: 2023, value: 5.03, ...cited },
    { id: "v3", indicator: "i", country: "RS", year: 2025, value: 6.18, ...cited },
  ],
};

const renderFacts = (data: Dataset = dataset) =>
  render(<MunicipalityFacts dataset={data} municipalityId={ohrid.id} country="MK" locale={i18next.language as "en"} />);

describe("MunicipalityFacts", () => {
  it("quotes each place with its kind, year and source", () => {
    renderFacts();
    const place = screen.getByTestId("fact-place");
    expect(place).toHaveTextContent("Named in public reporting");
    expect(place).toHaveTextContent("“named in a 2024 report”");
    expect(place).toHaveTextContent("Year: 2024");
    expect(within(place).getByRole("link", { name: "Example report 2024" })).toHaveAttribute(
      "href",
      "https://example.org/r",
    );
  });

  it("renders HTML in data as text and never links a javascript: address", () => {
    const { container } = renderFacts();
    const org = screen.getByTestId("fact-organisation");
    expect(org).toHaveTextContent('<b onmouseover="alert(1)">Lake group</b>');
    expect(container.querySelector("b")).toBeNull();
    expect(within(org).queryByRole("link", { name: /Lake group/ })).toBeNull();
    for (const link of container.querySelectorAll("a")) {
      expect(link.getAttribute("href")).toMatch(/^https?:/);
      expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    }
  });

  it("shows projects with donors, period and funding as the source states it", () => {
    renderFacts();
    const project = screen.getByTestId("fact-project");
    expect(project).toHaveTextContent("Dialogue in Ohrid");
    expect(project).toHaveTextContent("Donors: A foundation");
    expect(project).toHaveTextContent("Period: 2019–2021");
    expect(project).toHaveTextContent("Funding: US$400,000–US$700,000 (2020)");
  });

  it("shows the country's latest indicator value only", () => {
    renderFacts();
    const values = screen.getAllByTestId("fact-indicator");
    expect(values).toHaveLength(1);
    expect(values[0]).toHaveTextContent("Criminality: 5.03 (2023)");
  });

  it('says "no data" rather than nothing or zero when the dataset has no records here', () => {
    renderFacts(emptyDataset());
    expect(screen.getByText(/The dataset has no records for this municipality/)).toBeInTheDocument();
    expect(screen.queryByText("0")).toBeNull();
  });

  it("follows the language, using Serbian in either script", async () => {
    await act(() => i18next.changeLanguage("sr-Cyrl"));
    render(<MunicipalityFacts dataset={dataset} municipalityId={ohrid.id} country="MK" locale="sr-Cyrl" />);
    expect(screen.getByText("Група језера")).toBeInTheDocument();
    expect(screen.getByText("Поменуто у изворима")).toBeInTheDocument();
  });
});
