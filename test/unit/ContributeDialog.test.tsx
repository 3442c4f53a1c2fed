import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ContributeDialog } from "../../src/components/contribute/ContributeDialog.tsx";
import { DataDialog } from "../../src/components/data/DataDialog.tsx";
import { OrganisationPanel } from "../../src/components/OrganisationPanel.tsx";
import { validateDataset } from "../../src/data/validate.ts";
import { saveFile } from "../../src/lib/download.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

vi.mock("../../src/lib/download.ts", () => ({ saveFile: vi.fn() }));

const kcss = {
  id: "kcss",
  name: { en: "Kosovar Centre for Security Studies" },
  acronym: "KCSS",
  kind: "think-tank",
  country: "XK",
  municipalityId: prizren.id,
  locationPrecision: "municipality",
  sources: [{ url: "https://qkss.org/en/about", claim: "A security think tank." }],
  confidence: "official",
  lastVerified: "2026-01-10",
};

function load() {
  const report = validateDataset({ schemaVersion: 2, organisations: [kcss] });
  useAppStore.setState({
    geo: geoLayers(),
    data: { dataset: report.dataset, origin: { kind: "default", label: "seed" }, report },
  });
}

const saved = () => vi.mocked(saveFile).mock.calls;

/** Types a value at once (a paste): every keystroke re-checks the whole record, which is slow in jsdom. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

describe("ContributeDialog: add your organisation", () => {
  beforeEach(() => vi.mocked(saveFile).mockClear());

  it("shows problems inline, allows the download once they are fixed, and sends a prefilled mail", async () => {
    const user = userEvent.setup();
    load();
    render(<ContributeDialog onClose={() => {}} contributeUrl="mailto:data@example.org" />);
    const dialog = screen.getByRole("dialog", { name: "Add your organisation" });
    const download = within(dialog).getByRole("button", { name: "Download the record file" });
    expect(download).toBeDisabled();
    expect(within(dialog).getByRole("button", { name: "Send it" })).toBeDisabled();

    await fill(user, within(dialog).getByLabelText("Name"), "Ohrid Youth Forum");
    await user.selectOptions(within(dialog).getByLabelText("Country"), "MK");
    await user.click(within(dialog).getByRole("radio", { name: "Municipality only" }));
    await user.selectOptions(within(dialog).getByLabelText("Municipality"), ohrid.id);
    await user.click(
      within(dialog).getByRole("radio", { name: "The organisation itself (its website, statute or reports)" }),
    );
    await fill(user, within(dialog).getByLabelText("Web address"), "https://oyf.example.org/about");
    await user.tab();
    // A source without what it states: refused, said at the field, in the app's usual words.
    const claim = within(dialog).getByLabelText("What the source states, in your own words");
    await user.click(claim);
    await user.tab();
    expect(claim).toHaveAttribute("aria-invalid", "true");
    expect(claim).toHaveAccessibleDescription("What the source states, in your own words is required.");
    expect(download).toBeDisabled();

    await fill(user, claim, "It runs youth clubs in Ohrid.");
    await fill(user, within(dialog).getByLabelText("How to reach you (optional)"), "ana@example.org");
    expect(claim).not.toHaveAttribute("aria-invalid");
    expect(screen.getByTestId("contribute-status")).toHaveTextContent("The record is valid");
    expect(download).toBeEnabled();

    await user.click(download);
    expect(saved()).toHaveLength(1);
    const [name, text, type] = saved()[0]!;
    expect(name).toBe("wb-radar-contribution-ohrid-youth-forum.json");
    expect(type).toBe("application/json");
    expect(text).not.toContain("ana@example.org");
    const imported = validateDataset(JSON.parse(text as string), { municipalityIds: new Set([ohrid.id]) });
    expect(imported.issues).toEqual([]);
    expect(imported.dataset.organisations[0]).toMatchObject({ municipalityId: ohrid.id, country: "MK" });

    const send = within(dialog).getByRole("link", { name: "Send it" });
    const href = send.getAttribute("href")!;
    expect(href.startsWith("mailto:data@example.org?subject=Contribution%3A%20Ohrid%20Youth%20Forum&body=")).toBe(true);
    expect(decodeURIComponent(href)).toContain("ana@example.org");
  });

  it("opens from the Data dialog and comes back to it", async () => {
    const user = userEvent.setup();
    load();
    render(<DataDialog onClose={() => {}} />);
    await user.click(screen.getByRole("button", { name: "Add your organisation" }));
    expect(screen.getByTestId("contribute-dialog")).toBeInTheDocument();
    expect(screen.queryByTestId("data-dialog")).toBeNull();
    await user.click(within(screen.getByTestId("contribute-dialog")).getByRole("button", { name: "Close" }));
    expect(screen.getByTestId("data-dialog")).toBeInTheDocument();
  });
});

describe("ContributeDialog: suggest a correction", () => {
  beforeEach(() => vi.mocked(saveFile).mockClear());

  it("is prefilled from the organisation's profile and needs a change, a reason and a source", async () => {
    const user = userEvent.setup();
    load();
    useAppStore.getState().openOrganisation("kcss");
    render(<OrganisationPanel />);
    await user.click(screen.getByRole("button", { name: "Suggest a correction" }));
    const dialog = screen.getByRole("dialog", { name: "Suggest a correction" });
    expect(within(dialog).getByLabelText("Name")).toHaveValue("Kosovar Centre for Security Studies");
    expect(within(dialog).getByLabelText("Municipality")).toHaveValue(prizren.id);
    const status = screen.getByTestId("contribute-status");
    expect(status).toHaveTextContent("Change at least one field");
    const download = within(dialog).getByRole("button", { name: "Download the record file" });

    const acronym = within(dialog).getByLabelText("Acronym");
    await user.clear(acronym);
    await fill(user, acronym, "QKSS");
    await fill(user, within(dialog).getByLabelText("Web address"), "https://qkss.org/sq/rreth-nesh");
    await fill(
      user,
      within(dialog).getByLabelText("What the source states, in your own words"),
      "Its acronym is QKSS.",
    );
    expect(download).toBeDisabled();
    expect(status).toHaveTextContent("What was wrong, and why is required.");
    await fill(user, within(dialog).getByLabelText("What was wrong, and why"), "The acronym changed.");
    expect(status).toHaveTextContent("Changed: Acronym.");
    await user.click(download);
    const file = JSON.parse(saved()[0]![1] as string);
    expect(saved()[0]![0]).toBe("wb-radar-correction-kcss.json");
    expect(file.description).toContain("Changed: acronym. Why: The acronym changed.");
    expect(file.organisations[0].sources).toHaveLength(2);

    // Escape closes the dialog, not the profile; focus goes back to the button.
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("contribute-dialog")).toBeNull();
    expect(screen.getByTestId("organisation-panel")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Suggest a correction" })).toHaveFocus();
  });
});
