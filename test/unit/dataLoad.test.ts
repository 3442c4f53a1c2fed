import { describe, expect, it } from "vitest";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers } from "./fixtures.ts";

const json = (name: string) =>
  new Response(JSON.stringify({ schemaVersion: 1, name }), { headers: { "content-type": "application/json" } });

describe("loading a dataset", () => {
  it("lets only the latest of two overlapping loads land (back and forward in quick succession)", async () => {
    useAppStore.setState({ geo: geoLayers() });
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const fetchImpl = (async (url: string | URL | Request) => {
      if (String(url).endsWith("/a.json")) {
        await firstHeld;
        return json("A");
      }
      return json("B");
    }) as typeof fetch;
    const { loadData } = useAppStore.getState();
    const first = loadData("?data=/a.json", fetchImpl);
    const second = loadData("?data=/b.json", fetchImpl);
    await second;
    expect(useAppStore.getState().data?.dataset.name).toBe("B");
    releaseFirst();
    await first;
    expect(useAppStore.getState().data?.dataset.name).toBe("B");
    expect(useAppStore.getState().dataStatus).toBe("ready");
  });
});
