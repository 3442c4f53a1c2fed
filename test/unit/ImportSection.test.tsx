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
