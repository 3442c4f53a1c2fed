import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DataStatus, SLOW_LOAD_MS } from "../../src/components/data/DataStatus.tsx";
import { issue } from "../../src/data/issues.ts";
import { useAppStore } from "../../src/state/store.ts";

describe("DataStatus", () => {
  it("offers the map's own data when a linked dataset cannot be loaded", async () => {
    useAppStore.setState({
      dataSource: "/missing.json",
      dataStatus: "error",
      dataError: [issue("error", "parse", [], { file: "/missing.json", detail: "not JSON" })],
    });
    render(<DataStatus />);
    await userEvent.click(screen.getByRole("button", { name: "Show this map's own data" }));
    expect(useAppStore.getState().dataSource).toBeNull();
  });

  it("does not offer it when the shipped dataset itself failed", () => {
    useAppStore.setState({
      dataStatus: "error",
      dataError: [issue("error", "parse", [], { file: "dataset.json", detail: "not JSON" })],
    });
    render(<DataStatus />);
    expect(screen.getByTestId("data-error")).toBeVisible();
    expect(screen.queryByTestId("error-use-own-data")).toBeNull();
  });

  it("says so when a load is slow, and Cancel stops it", async () => {
    let cancelled = 0;
    useAppStore.setState({ dataStatus: "loading", dataError: null, cancelLoad: () => cancelled++ });
    render(<DataStatus />);
    // A quick load shows nothing…
    expect(screen.queryByTestId("data-loading")).toBeNull();
    // …a slow one says it is loading and can be stopped.
    const status = await screen.findByTestId("data-loading", {}, { timeout: SLOW_LOAD_MS + 1000 });
    expect(status).toHaveTextContent("Loading the dataset…");
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(cancelled).toBe(1);
  });
});
