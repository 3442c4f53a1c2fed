import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FilterPanel } from "../../src/components/analysis/FilterPanel.tsx";
import { DataOriginNotice } from "../../src/components/data/DataOriginNotice.tsx";
import { slot, withData } from "../../src/components/data/DataText.tsx";
import { IssueList } from "../../src/components/data/IssueList.tsx";
import { MunicipalityFacts } from "../../src/components/data/MunicipalityFacts.tsx";
import { SourceList } from "../../src/components/data/SourceList.tsx";
import { HoverTooltip } from "../../src/components/HoverTooltip.tsx";
import { OrganisationPanel } from "../../src/components/OrganisationPanel.tsx";
import { issue } from "../../src/data/issues.ts";
import { emptyDataset, type Dataset } from "../../src/data/schema.ts";
import { useInteractionStore } from "../../src/state/interaction.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid } from "./fixtures.ts";

/** RIGHT-TO-LEFT OVERRIDE: everything after it, to the end of its paragraph or isolate, is drawn reversed. */
const RLO = "\u202E";
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** A Cyrillic look-alike of apple.com. */
const LOOKALIKE = "https://\u0430\u0440\u0440\u04CF\u0435.com/";

/** The text of each <bdi> in the element, in order. */
const isolated = (el: Element) => [...el.querySelectorAll("bdi")].map((b) => b.textContent);

/** Every direction control in the element is inside a <bdi>, so it cannot reach the app's own text. */
function expectControlsIsolated(el: Element) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!CONTROLS.test(node.textContent ?? "")) continue;
    found++;
    expect(node.parentElement?.closest("bdi"), JSON.stringify(node.textContent)).not.toBeNull();
  }
  expect(found).toBeGreaterThan(0);
}

const cited = {
  sources: [{ url: "https://example.org/r", citation: `Report${RLO} 2024` }],
  confidence: "reported" as const,
  lastVerified: "2026-11-01",
};

const dataset: Dataset = {
  ...emptyDataset(),
  organisations: [
    {
      id: "o1",
      name: { en: `${RLO}Lake group` },
      acronym: `${RLO}LG`,
      city: `${RLO}Ohrid`,
      country: "MK",
      locationPrecision: "municipality",
      municipalityId: ohrid.id,
      website: LOOKALIKE,
      focusAreas: [],
      networks: ["o2"],
      notes: `Note${RLO} reversed`,
      ...cited,
    },
    {
      id: "o2",
      name: { en: `Network${RLO}` },
      locationPrecision: "country",
      country: "MK",
      focusAreas: [],
      networks: [],
      ...cited,
    },
  ],
  donors: [
    { id: "d1", name: { en: `Fund${RLO} A` }, type: "private-foundation", ...cited },
    { id: "d2", name: { en: "Fund B" }, type: "eu", ...cited },
  ],
  projects: [
    {
      id: "p1",
      title: { en: `Dialogue${RLO} in Ohrid` },
      leadOrganisations: ["o1"],
      partnerOrganisations: [],
      donors: ["d1", "d2"],
      activityTypes: [],
      levels: [],
      extremismForms: [],
      ocTopics: [],
      targetMunicipalities: [ohrid.id],
      targetRegions: [],
      targetCountries: [],
      areasAsStated: [`north${RLO}`, "south"],
      ...cited,
    },
  ],
  places: [
    {
      id: "pl",
      kind: "reported",
      municipalityIds: [ohrid.id],
      wording: `hot${RLO} spot`,
      paraphrase: { en: `Said${RLO} so` },
      extremismForms: [],
      ocTopics: [],
      ...cited,
    },
  ],
};

function load(data: Dataset = dataset) {
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: data, origin: { kind: "default", label: "seed" }, report: { issues: [] } as never },
  });
}

describe("sources", () => {
  it("isolate the citation, so a right-to-left override cannot reverse the app's '(host)' after it", () => {
    render(
      <SourceList
        sources={[
          { url: "https://example.org/r", citation: `Report ${RLO}2024`, publisher: `Pub${RLO}`, claim: `Says${RLO}` },
        ]}
      />,
    );
    const item = screen.getByRole("listitem");
    expect(isolated(item)).toEqual([`Report ${RLO}2024`, "example.org", `Pub${RLO}`, `Says${RLO}`]);
    // The parentheses are the app's, outside every isolate.
    expect(item.querySelector(".source-host")).toHaveTextContent("(example.org)");
    expect(item.querySelector(".source-host bdi")).toHaveTextContent(/^example\.org$/);
    expectControlsIsolated(item);
  });

  it("show an address as the host it goes to, in ASCII, never as written", () => {
    render(
      <SourceList
        sources={[
          { url: "https://google.com@evil.example/" },
          { url: LOOKALIKE },
          { url: "https://bank.example.org@evil.example/", citation: "A bank" },
        ]}
      />,
    );
    const [userinfo, idn, cited] = screen.getAllByRole("listitem");
    expect(within(userinfo!).getByRole("link")).toHaveTextContent(/^evil\.example$/);
    expect(within(idn!).getByRole("link")).toHaveTextContent(/^xn--80ak6aa92e\.com$/);
    expect(cited!.querySelector(".source-host")).toHaveTextContent("(evil.example)");
    expect(document.body).not.toHaveTextContent("google.com");
    expect(document.body).not.toHaveTextContent("bank.example.org");
  });
});

describe("the organisation profile", () => {
  it("isolates name, acronym, city, networks, notes, project titles and each donor; shows the website's host", () => {
    // Placed by city, not municipality: the city is shown as the source names it.
    const [o1, o2] = dataset.organisations;
    load({ ...dataset, organisations: [{ ...o1!, municipalityId: undefined, locationPrecision: "country" }, o2!] });
    useAppStore.setState({ organisationId: "o1" });
    render(<OrganisationPanel />);
    const panel = screen.getByTestId("organisation-panel");
    const heading = screen.getByRole("heading", { level: 2 });
    expect(isolated(heading)).toEqual([`${RLO}Lake group`, `${RLO}LG`]);
    expect(heading).toHaveTextContent(`${RLO}Lake group (${RLO}LG)`);
    const website = screen.getByRole("link", { name: "xn--80ak6aa92e.com" });
    expect(website).toHaveAttribute("href", "https://xn--80ak6aa92e.com/");
    expect(isolated(panel)).toEqual(
      expect.arrayContaining([`${RLO}Ohrid`, `Network${RLO}`, `Note${RLO} reversed`, `Dialogue${RLO} in Ohrid`]),
    );
    const project = screen.getByTestId("organisation-project");
    // one isolate per donor, the app's ", " between them
    expect(isolated(project)).toEqual(expect.arrayContaining([`Fund${RLO} A`, "Fund B"]));
    expect(project).toHaveTextContent(`Donors: Fund${RLO} A, Fund B`);
    expectControlsIsolated(panel);
  });
});

describe("the municipality's facts", () => {
  it("isolate titles, names, the source's wording, paraphrases, donors and areas", () => {
    render(<MunicipalityFacts dataset={dataset} municipalityId={ohrid.id} country="MK" locale="en" />);
    const facts = screen.getByTestId("municipality-facts");
    const place = screen.getByTestId("fact-place");
    expect(place.querySelector("blockquote")).toHaveTextContent(`“hot${RLO} spot”`);
    expect(isolated(place)).toEqual(expect.arrayContaining([`hot${RLO} spot`, `Said${RLO} so`]));
    const project = screen.getByTestId("fact-project");
    expect(isolated(project)).toEqual(
      expect.arrayContaining([`Dialogue${RLO} in Ohrid`, `Fund${RLO} A`, "Fund B", `north${RLO}`, "south"]),
    );
    expect(project).toHaveTextContent(`Areas as the source names them: north${RLO}; south`);
    expect(isolated(screen.getByTestId("fact-organisation"))).toEqual(
      expect.arrayContaining([`${RLO}Lake group`, `${RLO}LG`]),
    );
    expectControlsIsolated(facts);
  });
});

describe("filters and the tooltip", () => {
  it("isolate donor names on screen and strip direction controls from the chip's accessible name", () => {
    load();
    useAppStore.getState().setFilters({ donors: ["d1"] });
    render(<FilterPanel />);
    const chip = screen.getByRole("button", { name: "Remove filter: Fund A" });
    expect(chip.getAttribute("aria-label")).not.toMatch(CONTROLS);
    expect(isolated(chip)).toEqual([`Fund${RLO} A`]);
    expectControlsIsolated(screen.getByTestId("filters"));
  });

  it("isolates an organisation's name in the tooltip", () => {
    load();
    useInteractionStore.getState().setHover({ kind: "organisation", id: "o1", x: 1, y: 1 });
    render(<HoverTooltip geo={geoLayers()} />);
    expect(isolated(screen.getByTestId("hover-tooltip"))).toEqual([`${RLO}Lake group`]);
  });
});

describe("messages quoting data", () => {
  it("isolate each value a problem quotes", () => {
    render(
      <IssueList
        issues={[issue("error", "invalidValue", ["kind"], { field: "kind", value: `gang${RLO}`, allowed: "youth" })]}
      />,
    );
    const row = screen.getAllByRole("row")[1]!;
    expect(row).toHaveTextContent(`"gang${RLO}" is not allowed for kind. Allowed: youth.`);
    expect(isolated(row)).toEqual([`gang${RLO}`, "kind", "youth"]);
    expectControlsIsolated(row);
  });

  it("isolate a linked dataset's address in the notice that says whose data this is", () => {
    const label = `https://evil.example/${RLO}nosj.stats`;
    useAppStore.setState({
      data: { dataset: emptyDataset(), origin: { kind: "url", label }, report: { issues: [] } as never },
    });
    render(<DataOriginNotice />);
    const notice = screen.getByTestId("data-origin");
    expect(isolated(notice)).toEqual(["https://evil.example", label]);
    expectControlsIsolated(notice);
  });

  it("withData puts each value where the language's sentence has it", () => {
    const { container } = render(
      <p>{withData(`${slot("b")} then ${slot("a")}.`, { a: <bdi>A</bdi>, b: <bdi>B</bdi> })}</p>,
    );
    expect(container).toHaveTextContent("B then A.");
    expect(isolated(container)).toEqual(["B", "A"]);
  });
});
