import i18next from "i18next";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { parseConfig } from "../config.ts";
import { useInteractionStore } from "../state/interaction.ts";
import { startLanguageSync } from "../state/follow.ts";
import { useAppStore } from "../state/store.ts";
import { startUrlSync } from "../state/urlSync.ts";
import { startEmbedApi, type CommandTiming } from "./api.ts";
import { COMMAND_BURST } from "./commandQueue.ts";
import { SOURCE, VERSION, type EmbedEvent } from "./protocol.ts";

/** A stand-in for the partner page: what the embed posts to it, and a way to send it commands. */
const partner = { postMessage: vi.fn<(message: EmbedEvent, origin: string) => void>() };
const events = () => partner.postMessage.mock.calls.map(([m]) => m);
/** Posts a command; the embed applies it at its next frame. */
const deliver = (type: string, payload?: unknown, origin = "https://partner.example") => {
  const e = new Event("message");
  Object.defineProperties(e, {
    data: { value: { source: SOURCE, version: VERSION, type, payload } },
    origin: { value: origin },
    source: { value: partner },
  });
  window.dispatchEvent(e);
};

/** The embed's frames and clock, driven by hand. */
let waiting: Array<() => void> = [];
let clock = 0;
const timing: CommandTiming = {
  schedule: (run) => {
    waiting.push(run);
    return () => (waiting = waiting.filter((r) => r !== run));
  },
  now: () => clock,
};
const frame = () => {
  const runs = waiting;
  waiting = [];
  for (const run of runs) run();
};
/** Posts a command and lets the embed draw its next frame. */
const send = (type: string, payload?: unknown, origin?: string) => {
  deliver(type, payload, origin);
  frame();
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
  waiting = [];
  clock = 0;
  stops = [startUrlSync(useAppStore), startLanguageSync(useAppStore, i18next)];
  const api = startEmbedApi(useAppStore, i18next, config, timing);
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
    stops = [startUrlSync(useAppStore), startEmbedApi(useAppStore, i18next, config, timing).stop];
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

describe("the embed API under load: coalesced per frame, rate-limited, never the partner's history", () => {
  test("commands wait for the next frame, and are then applied together: one event, one address write", () => {
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    partner.postMessage.mockClear();
    deliver("setState", { donor: "eu", country: "AL" });
    deliver("getState");
    deliver("setState", { donor: "gcerf", lang: "sq" });
    deliver("setState", { country: null, layer: "none" });
    deliver("getState");
    expect(useAppStore.getState().filters.donors).toEqual([]);
    expect(events()).toEqual([]);
    frame();
    const s = useAppStore.getState();
    expect(s.filters.donors).toEqual(["gcerf"]);
    expect(s.filters.countries).toEqual([]);
    expect(s.overlays).toEqual([]);
    const state = { lang: "sq", layer: "none", donor: "gcerf" };
    expect(events()).toEqual([
      { source: SOURCE, version: VERSION, type: "viewchange", payload: state },
      { source: SOURCE, version: VERSION, type: "state", payload: state },
    ]);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
  });

  test("filter changes never add entries to the partner's history: Back leaves the page", () => {
    const push = vi.spyOn(window.history, "pushState");
    const length = window.history.length;
    for (const donor of ["eu", "gcerf", "usaid", "eu"]) send("setState", { donor });
    send("select", { municipality: "85674165" });
    expect(window.location.search).toBe("?donor=eu&sel=85674165");
    expect(push).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);
  });

  test("the order of different commands is kept: a select after a setState wins", () => {
    deliver("setState", { sel: "1108809505", donor: "eu" });
    deliver("select", { municipality: "85674165" });
    frame();
    expect(useAppStore.getState().selectedId).toBe("85674165");
    expect(useAppStore.getState().filters.donors).toEqual(["eu"]);
  });

  test("a refused command is refused alone: it does not take the commands it would have been merged with", () => {
    deliver("setState", { donor: "eu" });
    deliver("setState", { data: "https://elsewhere.example/d.json" });
    deliver("setState", { country: "AL" });
    frame();
    const s = useAppStore.getState();
    expect(s.dataSource).toBeNull();
    expect(s.filters.donors).toEqual(["eu"]);
    expect(s.filters.countries).toEqual(["AL"]);
  });

  test("a dataset check passed when a command came is made again when it is applied, against the state then", () => {
    for (const stop of stops) stop();
    // someone else's data, in the embed's own address: kept, but not to be set again once removed
    window.history.replaceState(null, "", "/embed.html?data=https%3A%2F%2Felsewhere.example%2Fd.json");
    stops = [startUrlSync(useAppStore), startEmbedApi(useAppStore, i18next, config, timing).stop];
    expect(useAppStore.getState().dataSource).toBe("https://elsewhere.example/d.json");
    deliver("setState", { data: null });
    deliver("select", { municipality: "85674165" });
    deliver("setState", { data: "https://elsewhere.example/d.json", donor: "eu" });
    frame();
    expect(useAppStore.getState().dataSource).toBeNull();
    expect(useAppStore.getState().filters.donors).toEqual([]);
    expect(useAppStore.getState().selectedId).toBe("85674165");
  });

  test("a flood is capped: what is over the limit waits, merged, and the last value sent is applied; then the state", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    partner.postMessage.mockClear();
    for (let i = 0; i < 1000; i++) deliver("setState", { from: String(2000 + (i % 20)), to: String(2020 + (i % 50)) });
    deliver("getState");
    frame();
    // the burst is applied at once; what came over the rate waits, and so does the answer to getState
    expect(window.location.search).toBe(
      `?from=${2000 + ((COMMAND_BURST - 1) % 20)}&to=${2020 + ((COMMAND_BURST - 1) % 50)}`,
    );
    expect(events().map((e) => e.type)).toEqual(["viewchange"]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/wait and are merged/);
    // as soon as the rate allows: the thousandth command, then the state
    clock += 1000;
    frame();
    expect(window.location.search).toBe(`?from=${2000 + (999 % 20)}&to=${2020 + (999 % 50)}`);
    expect(events().map((e) => e.type)).toEqual(["viewchange", "viewchange", "state"]);
  });

  test("stopped, the embed applies nothing more, not even what waited", () => {
    deliver("setState", { donor: "eu" });
    for (const stop of stops) stop();
    stops = [];
    frame();
    send("setState", { country: "AL" });
    expect(useAppStore.getState().filters.donors).toEqual([]);
    expect(useAppStore.getState().filters.countries).toEqual([]);
  });
});
