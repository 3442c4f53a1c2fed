import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { MunicipalityPanel } from "../../src/components/MunicipalityPanel.tsx";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers, ohrid, prizren } from "./fixtures.ts";

afterEach(async () => {
  await i18next.changeLanguage("en");
});

describe("MunicipalityPanel", () => {
  it("shows nothing until a municipality is selected", () => {
    render(<MunicipalityPanel geo={geoLayers()} />);
    expect(screen.queryByTestId("municipality-panel")).toBeNull();
  });

  it("shows the selected municipality with its population and source", () => {
    useAppStore.getState().select(ohrid.id);
    render(<MunicipalityPanel geo={geoLayers()} />);
    expect(screen.getByRole("heading", { name: "Ohrid" })).toBeInTheDocument();
    expect(screen.getByText("North Macedonia")).toBeInTheDocument();
    expect(screen.getByText("51,519")).toBeInTheDocument();
    expect(screen.getByText("Source: eurostat, 2019")).toBeInTheDocument();
    expect(screen.getByText("Охрид")).toBeInTheDocument(); // the official local name
  });

  it('says "no data" for a missing population, never 0', () => {
    useAppStore.getState().select(prizren.id);
    render(<MunicipalityPanel geo={geoLayers()} />);
    expect(screen.getByText("no data")).toBeInTheDocument();
    expect(screen.queryByText("0")).toBeNull();
  });

  it("follows the language", async () => {
    useAppStore.getState().select(prizren.id);
    render(<MunicipalityPanel geo={geoLayers()} />);
    await act(() => i18next.changeLanguage("sr-Cyrl"));
    expect(screen.getByRole("heading", { name: "Призрен" })).toBeInTheDocument();
    expect(screen.getByText("нема података")).toBeInTheDocument();
  });

  it("closes with the close button and with Escape", async () => {
    const user = userEvent.setup();
    useAppStore.getState().select(prizren.id);
    render(<MunicipalityPanel geo={geoLayers()} />);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(useAppStore.getState().selectedId).toBeNull();
    act(() => useAppStore.getState().select(ohrid.id));
    await user.keyboard("{Escape}");
    expect(useAppStore.getState().selectedId).toBeNull();
  });
});
