import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { createStore, set } from "idb-keyval";
import { discardSavedImport, readSavedImport, saveImport } from "../../src/data/savedImport.ts";
import { emptyDataset } from "../../src/data/schema.ts";
import { useAppStore } from "../../src/state/store.ts";
import { geoLayers } from "./fixtures.ts";

const json = (name: string) => new Response(JSON.stringify({ schemaVersion: 1, name }));
const shipped = (() => Promise.resolve(json("Shipped"))) as unknown as typeof fetch;

afterEach(() => discardSavedImport());

describe("imported data kept in this browser", () => {
  it("is saved, read back and discarded", async () => {
    const dataset = { ...emptyDataset(), name: "Mine" };
    expect(await saveImport("mine.json", dataset, new Date("2026-11-26T10:00:00Z"))).toBe(true);
    expect(await readSavedImport()).toEqual({ label: "mine.json", savedAt: "2026-11-26T10:00:00.000Z", dataset });
    await discardSavedImport();
    expect(await readSavedImport()).toBeNull();
  });

  it("ignores a stored value that is not what the app saves", async () => {
    await set("imported", { version: 2, label: 5, dataset: "<script>" }, createStore("wb-radar", "imports"));
    expect(await readSavedImport()).toBeNull();
  });

  it("comes back after a reload in place of the map's own data, checked again, until discarded", async () => {
    useAppStore.setState({ geo: geoLayers(), keepsImports: true });
    // An import, applied: kept in the browser.
    const report = await (async () => {
      const file = new File(["{}"], "mine.json");
      const text = JSON.stringify({ schemaVersion: 1, name: "Mine", organisations: [] });
      Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
      await useAppStore.getState().stageImport([file]);
      return useAppStore.getState().pendingImport;
    })();
    expect(report?.status).toBe("review");
    await useAppStore.getState().applyImport("replace");
    await expect
      .poll(() => useAppStore.getState().data?.origin)
      .toEqual({ kind: "import", label: "mine.json", kept: true });

    // "Reload": the store starts again and loads as the page does.
    useAppStore.setState({ data: null, dataStatus: "idle" });
    await useAppStore.getState().loadData("", shipped);
    expect(useAppStore.getState().data?.dataset.name).toBe("Mine");
    expect(useAppStore.getState().data?.origin).toEqual({ kind: "import", label: "mine.json", kept: true });

    // A link's dataset is still the link's.
    await useAppStore
      .getState()
      .loadData("?data=/linked.json", (() => Promise.resolve(json("Linked"))) as unknown as typeof fetch);
    expect(useAppStore.getState().data?.dataset.name).toBe("Linked");

    // Discarded: the map's own again, and after another reload too.
    useAppStore.setState({ dataSource: null });
    await useAppStore.getState().discardImport();
    await useAppStore.getState().loadData("", shipped);
    expect(useAppStore.getState().data?.dataset.name).toBe("Shipped");
  });

  it("is not kept or brought back where the page does not keep imports (an embed)", async () => {
    await saveImport("mine.json", { ...emptyDataset(), name: "Mine" });
    useAppStore.setState({ geo: geoLayers(), keepsImports: false });
    await useAppStore.getState().loadData("", shipped);
    expect(useAppStore.getState().data?.dataset.name).toBe("Shipped");
  });
});
