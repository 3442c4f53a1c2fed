import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { GeoStatus } from "../../src/components/GeoStatus.tsx";
import { useAppStore } from "../../src/state/store.ts";
import { GEO_FILE_NAME, geoFetch, geoLayers, prizren } from "./fixtures.ts";

describe("loading the geo layers", () => {
  it("validates the files and indexes municipalities by id", async () => {
    await useAppStore.getState().loadGeo(geoFetch(geoLayers()));
    const { geoStatus, geo } = useAppStore.getState();
    expect(geoStatus).toBe("ready");
    expect(geo?.byId.get("85674165")?.["name:sq"]).toBe("Ohri");
  });

  it("rejects a file whose properties are wrong", async () => {
    const bad = geoLayers([{ ...prizren, country: "DE" as "XK" }]);
    await useAppStore.getState().loadGeo(geoFetch(bad));
    expect(useAppStore.getState().geoStatus).toBe("error");
    expect(useAppStore.getState().geoError).toMatch(
      /municipalities\.topo\.json: objects\.municipalities\.geometries\.0\.properties\.country/,
    );
  });

  it("shows a translated error with a retry button instead of a blank map, and recovers", async () => {
    const user = userEvent.setup();
    await useAppStore.getState().loadGeo(geoFetch(geoLayers(), [GEO_FILE_NAME]));
    render(<GeoStatus />);
    expect(screen.getByRole("alert")).toHaveTextContent("The municipality map could not be loaded.");
    // the retry uses the real fetch: make it succeed
    const realFetch = globalThis.fetch;
    globalThis.fetch = geoFetch(geoLayers());
    try {
      await user.click(screen.getByRole("button", { name: "Try again" }));
      await waitFor(() => expect(useAppStore.getState().geoStatus).toBe("ready"));
      expect(screen.queryByRole("alert")).toBeNull();
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
