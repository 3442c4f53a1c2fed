import i18next from "i18next";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { parseConfig } from "../config.ts";
import { useInteractionStore } from "../state/interaction.ts";
import { startLanguageSync } from "../state/follow.ts";
import { useAppStore } from "../state/store.ts";
import { startUrlSync } from "../state/urlSync.ts";
import { startEmbedApi } from "./api.ts";
import { SOURCE, VERSION, type EmbedEvent } from "./protocol.ts";

/** A stand-in for the partner page: what the embed posts to it, and a way to send it commands. */
const partner = { postMessage: vi.fn<(message: EmbedEvent, origin: string) => void>() };
const events = () => partner.postMessage.mock.calls.map(([m]) => m);
const send = (type: string, payload?: unknown, origin = "https://partner.example") => {
  const e = new Event("message");
  Object.defineProperties(e, {
    data: { value: { source: SOURCE, version: VERSION, type, payload } },
    origin: { value: origin },
    source: { value: partner },
  });
  window.dispatchEvent(e);
};

const config = parseConfig({});
let stops: Array<() => void> = [];

beforeEach(() => {
  // jsdom has no layout: the height is not what these tests are about.
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      disconnect() {}
    },
  );
  window.history.replaceState(null, "", "/embed.html");
  Object.defineProperty(window, "parent", { value: partner, configurable: true });
  partner.postMessage.mockClear();
  stops = [startUrlSync(useAppStore), startLanguageSync(useAppStore, i18next)];
  const api = startEmbedApi(useAppStore, i18next, config);
  stops.push(api.stop);
  api.ready();
});
afterEach(async () => {
  for (const stop of stops) stop();
  Object.defineProperty(window, "parent", { value: window, configurable: true });
  vi.unstubAllGlobals();
  await i18next.changeLanguage("en");
});

describe("the embed API: command → state → event", () => {
  test("announces itself ready with the state, built from the store", () => {
    expect(events().map((e) => e.type)).toEqual(["ready", "resize"]);
    expect(events()[0]!.payload).toEqual({ lang: "en" });
  });

  test("setState applies to the store (and so the URL and the language), then posts one viewchange with it", async () => {
    partner.postMessage.mockClear();
    send("setState", { view: "20.5,42.1,8", donor: "eu", lang: "sq" });
    const s = useAppStore.getState();
    expect(s.view).toEqual({ lon: 20.5, lat: 42.1, zoom: 8 });
    expect(s.filters.donors).toEqual(["eu"]);
    expect(window.location.search).toBe("?donor=eu&view=20.5,42.1,8&lang=sq");
    expect(events()).toEqual([
      {
        source: SOURCE,
        version: VERSION,
        type: "viewchange",
        payload: { lang: "sq", donor: "eu", view: "20.5,42.1,8" },
      },
    ]);
    await vi.waitFor(() => expect(i18next.language).toBe("sq"));
  });

  test("a refused value is dropped and the page is told the state the map really has", () => {
    partner.postMessage.mockClear();
    send("setState", { view: "999,999,99", metric: "not a metric!" });
    expect(useAppStore.getState().view).toBeNull();
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({ type: "viewchange", payload: { lang: "en" } });
  });

  test("getState answers with the current state at once", () => {
    send("setState", { country: "AL" });
    partner.postMessage.mockClear();
    send("getState");
    expect(events()).toEqual([
      { source: SOURCE, version: VERSION, type: "state", payload: { lang: "en", country: "AL" } },
    ]);
  });

  test("select picks a municipality, brings it into view and says so; a change in the map is announced too", () => {
    partner.postMessage.mockClear();
    send("select", { municipality: "85674165" });
    expect(useAppStore.getState().selectedId).toBe("85674165");
    expect(useInteractionStore.getState().focusRequest?.id).toBe("85674165");
    expect(events().map((e) => e.type)).toEqual(["select", "viewchange"]);
    expect(events()[1]!.payload).toEqual({ lang: "en", sel: "85674165" });
    partner.postMessage.mockClear();
    // the user pans inside the embed
    useAppStore.getState().setView({ lon: 21, lat: 41, zoom: 9 });
    expect(events()).toEqual([
      {
        source: SOURCE,
        version: VERSION,
        type: "viewchange",
        payload: { lang: "en", sel: "85674165", view: "21,41,9" },
      },
    ]);
  });

  test("a sel without a view, by command or in the embed's address, is brought into view", () => {
    send("setState", { sel: "1108809505" });
    expect(useInteractionStore.getState().focusRequest?.id).toBe("1108809505");
    send("setState", { sel: "85674165", view: "20,41,8" });
    expect(useInteractionStore.getState().focusRequest?.id).toBe("1108809505");
    for (const stop of stops) stop();
    useInteractionStore.setState({ focusRequest: null });
    window.history.replaceState(null, "", "/embed.html?sel=85674165&controls=legend");
    stops = [startUrlSync(useAppStore), startEmbedApi(useAppStore, i18next, config).stop];
    expect(useInteractionStore.getState().focusRequest?.id).toBe("85674165");
  });

  test("a dataset from an origin the deployment does not allow is refused whole", () => {
    partner.postMessage.mockClear();
    send("setState", { data: "https://elsewhere.example/d.json", donor: "eu" });
    expect(useAppStore.getState().dataSource).toBeNull();
    expect(useAppStore.getState().filters.donors).toEqual([]);
    expect(events()).toEqual([]);
  });

  test("messages from anyone but the parent, or malformed ones, are ignored", () => {
    partner.postMessage.mockClear();
    const e = new Event("message");
    Object.defineProperties(e, {
      data: { value: { source: SOURCE, version: VERSION, type: "setState", payload: { donor: "eu" } } },
      origin: { value: "https://partner.example" },
      source: { value: {} },
    });
    window.dispatchEvent(e);
    send("setState", { donor: 42 });
    send("nonsense");
    expect(useAppStore.getState().filters.donors).toEqual([]);
    expect(events()).toEqual([]);
  });
});
