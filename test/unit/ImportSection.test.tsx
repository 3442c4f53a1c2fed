import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ImportSection } from "../../src/components/data/ImportSection.tsx";
import { SampleBanner } from "../../src/components/data/SampleBanner.tsx";
import { emptyDataset } from "../../src/data/schema.ts";
import { validateDataset } from "../../src/data/validate.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid } from "./fixtures.ts";

const org = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { en: `Org ${id}` },
  locationPrecision: "municipality",
  municipalityId: ohrid.id,
  sources: [{ citation: "Mapping" }],
  confidence: "reported",
  lastVerified: "2026-11-01",
  ...extra,
});

function fileOf(name: string, text: string): File {
  const file = new File([text], name, { type: "application/json" });
  // jsdom's File has no text(); the browser's does.
  Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  return file;
}

function loadCurrent(ids: string[]) {
  const report = validateDataset({ schemaVersion: 1, organisations: ids.map((id) => org(id)) });
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
    dataStatus: "ready",
  });
}

describe("ImportSection", () => {
  it("reports each problem before anything changes, then merges on request", async () => {
    loadCurrent(["a", "b"]);
    render(<ImportSection onTemplate={() => {}} />);
    const text = JSON.stringify({
      schemaVersion: 1,
      organisations: [org("b", { name: { en: "B new" } }), org("c"), org("a", { kind: "gang" })],
    });
    await userEvent.upload(screen.getByLabelText("Choose files"), fileOf("partner.json", text));
    const review = await screen.findByTestId("import-review");
    expect(review).toHaveTextContent("Errors: 1 · Warnings: 0");
    // The values quoted in a message are each in a <bdi>: the sentence is the row's text, not one text node.
    expect(review).toHaveTextContent(
      '"gang" is not allowed for kind. Allowed: think-tank, women, youth, faith-based, community, media, network, government, international, cso, academic, foundation.',
    );
    expect(within(review).getByText("organisations[2].kind")).toBeInTheDocument();
    // nothing applied yet
    expect(useAppStore.getState().data?.dataset.organisations.map((o) => o.id)).toEqual(["a", "b"]);
    await userEvent.click(screen.getByRole("button", { name: "Add to the current data" }));
    const data = useAppStore.getState().data!;
    expect(data.dataset.organisations.map((o) => [o.id, o.name.en])).toEqual([
      ["a", "Org a"],
      ["b", "B new"],
      ["c", "Org c"],
    ]);
    expect(data.change).toMatchObject({ mode: "merge", added: { organisations: 1 }, updated: { organisations: 1 } });
  });

  it("a file that is not a dataset can only be cancelled, and leaves the data as it was", async () => {
    loadCurrent(["a"]);
    render(<ImportSection onTemplate={() => {}} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), fileOf("notes.json", "[1, 2, 3]"));
    const review = await screen.findByTestId("import-review");
    expect(review).toHaveTextContent("This is not a WB Radar dataset (found array).");
    expect(within(review).queryByRole("button", { name: /Replace|Add/ })).toBeNull();
    await userEvent.click(within(review).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByTestId("import-review")).toBeNull());
    expect(useAppStore.getState().data?.dataset.organisations).toHaveLength(1);
  });
});

describe("ImportSection: what would change", () => {
  it("counts records added, changed and removed per entity, and lists the changes field by field", async () => {
    loadCurrent(["a", "b", "gone"]);
    render(<ImportSection onTemplate={() => {}} />);
    const claim = "A long claim. ".repeat(20).trim();
    const text = JSON.stringify({
      schemaVersion: 1,
      organisations: [
        org("a"),
        org("b", { name: { en: "B new" }, sources: [{ citation: "Mapping" }, { citation: "Annual report", claim }] }),
        org("c"),
      ],
    });
    await userEvent.upload(screen.getByLabelText("Choose files"), fileOf("partner.json", text));
    const diff = await screen.findByTestId("import-diff");
    expect(within(diff).getByRole("heading", { name: "What would change" })).toBeInTheDocument();
    const row = within(diff).getByRole("row", { name: /^Organisations/ });
    // Added, changed, removed by replacing ("gone" is not in the file; adding would keep it).
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "1", "1"]);
    expect(within(within(diff).getByRole("row", { name: /^Donors/ })).getAllByRole("cell")[0]).toHaveTextContent("0");
    expect(diff).toHaveTextContent("Adding to the current data removes nothing");

    const summary = within(diff).getByText("Changed records, field by field (1)");
    const details = summary.closest("details")!;
    expect(details.open).toBe(false);
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByRole("heading", { name: "Organisations" })).toBeInTheDocument();
    const record = within(details).getByText("b").closest("li")!;
    expect(record).toHaveTextContent("b B new");
    expect(record).toHaveTextContent("name.en: was Org b, now B new");
    // The sources are compared as values: the one added is said, its long claim shortened.
    const gained = within(record).getByText(/^now also has/);
    expect(gained).toHaveTextContent("now also has citation: Annual report; claim: A long claim.");
    expect(gained.textContent!.endsWith("…")).toBe(true);
    expect(gained.textContent!.length).toBeLessThan(160);
    expect(record).not.toHaveTextContent("no longer has");
    // Unchanged and new records are not listed as changed.
    expect(within(details).queryByText("a")).toBeNull();
    expect(within(details).queryByText("c")).toBeNull();
    // Nothing has been applied.
    expect(useAppStore.getState().data?.dataset.organisations.map((o) => o.id)).toEqual(["a", "b", "gone"]);
  });

  it("says a file with the same records changes nothing, and names the versions when they differ", async () => {
    const report = validateDataset({ schemaVersion: 1, version: "2026-01", organisations: [org("a")] });
    useAppStore.setState({
      geo: geoLayers(),
      data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
      dataStatus: "ready",
    });
    render(<ImportSection onTemplate={() => {}} />);
    const text = JSON.stringify({ schemaVersion: 1, version: "2026-02", organisations: [org("a")] });
    await userEvent.upload(screen.getByLabelText("Choose files"), fileOf("same.json", text));
    const diff = await screen.findByTestId("import-diff");
    expect(diff).toHaveTextContent("This file is version 2026-02; the data on screen is version 2026-01.");
    expect(diff).toHaveTextContent("The file has the same records as the data on screen.");
    expect(within(diff).queryByRole("table")).toBeNull();
    expect(within(diff).queryByText(/Changed records/)).toBeNull();
  });

  it("is not shown for a file that cannot be used", async () => {
    loadCurrent(["a"]);
    render(<ImportSection onTemplate={() => {}} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), fileOf("notes.json", "[1, 2, 3]"));
    await screen.findByTestId("import-review");
    expect(screen.queryByTestId("import-diff")).toBeNull();
  });
});

describe("SampleBanner", () => {
  it("a file still being read can be cancelled, and its result is then dropped", async () => {
    loadCurrent(["a"]);
    let release!: (text: string) => void;
    const slow = new File(["{}"], "slow.json", { type: "application/json" });
    Object.defineProperty(slow, "text", { value: () => new Promise<string>((resolve) => (release = resolve)) });
    render(<ImportSection onTemplate={() => {}} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), slow);
    const progress = await screen.findByTestId("import-progress");
    expect(progress).toHaveTextContent("Reading slow.json");
    await userEvent.click(within(progress).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByTestId("import-progress")).toBeNull();
    release(JSON.stringify({ schemaVersion: 1, organisations: [org("late")] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useAppStore.getState().pendingImport).toBeNull();
    expect(screen.queryByTestId("import-review")).toBeNull();
    expect(useAppStore.getState().data?.dataset.organisations.map((o) => o.id)).toEqual(["a"]);
  });

  it("shows whenever any record is synthetic, and only then", () => {
    loadCurrent(["a"]);
    const { rerender } = render(<SampleBanner />);
    expect(screen.queryByTestId("sample-banner")).toBeNull();
    const report = validateDataset({
      ...emptyDataset(),
      donors: [
        {
          id: "d",
          name: { en: "D" },
          type: "other",
          synthetic: true,
          sources: [{ citation: "x" }],
          confidence: "estimate",
          lastVerified: "2026-01-01",
        },
      ],
    });
    useAppStore.setState({ data: { dataset: report.dataset, origin: { kind: "url", label: "/sample.json" }, report } });
    rerender(<SampleBanner />);
    expect(screen.getByTestId("sample-banner")).toHaveTextContent("Sample data: generated for testing, not real.");
  });
});
