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

  it("cancels the earlier download when a newer load starts", async () => {
    useAppStore.setState({ geo: geoLayers() });
    let firstSignal: AbortSignal | undefined;
    const fetchImpl = ((url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith("/slow.json")) {
        firstSignal = init?.signal ?? undefined;
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
        );
      }
      return Promise.resolve(json("Fast"));
    }) as typeof fetch;
    const { loadData } = useAppStore.getState();
    const first = loadData("?data=/slow.json", fetchImpl);
    await loadData("?data=/fast.json", fetchImpl);
    await first;
    expect(firstSignal?.aborted).toBe(true);
    expect(useAppStore.getState().data?.dataset.name).toBe("Fast");
    expect(useAppStore.getState().dataStatus).toBe("ready");
  });

  it("stops a load on Cancel, keeping what was shown and saying why", async () => {
    useAppStore.setState({ geo: geoLayers() });
    const { loadData } = useAppStore.getState();
    await loadData("?data=/shown.json", (() => Promise.resolve(json("Shown"))) as unknown as typeof fetch);
    const hanging = ((_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as unknown as typeof fetch;
    useAppStore.setState({ dataSource: "/hangs.json" });
    const pending = loadData("?data=/hangs.json", hanging);
    expect(useAppStore.getState().dataStatus).toBe("loading");
    useAppStore.getState().cancelLoad();
    await pending;
    const state = useAppStore.getState();
    expect(state.dataStatus).toBe("error");
    expect(state.dataError).toMatchObject([{ code: "cancelled" }]);
    expect(state.data?.dataset.name).toBe("Shown");
  });

  it("names where a redirect led, and refuses one that leaves the allowed origins", async () => {
    useAppStore.setState({ geo: geoLayers() });
    const redirected = (to: string) =>
      (() => {
        const response = json("Moved");
        Object.defineProperty(response, "url", { value: to });
        return Promise.resolve(response);
      }) as unknown as typeof fetch;
    const { loadData } = useAppStore.getState();
    await loadData("?data=/moved.json", redirected(`${location.origin}/new/place.json`));
    expect(useAppStore.getState().data?.origin).toEqual({ kind: "url", label: `${location.origin}/new/place.json` });
    await loadData("?data=/moved.json", redirected("https://evil.example/data.json"));
    expect(useAppStore.getState().dataStatus).toBe("error");
    expect(useAppStore.getState().dataError).toMatchObject([
      { code: "originNotAllowed", params: { file: "https://evil.example/data.json" } },
    ]);
    expect(useAppStore.getState().data?.dataset.name).toBe("Moved");
  });
});
