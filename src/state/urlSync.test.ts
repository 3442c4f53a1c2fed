import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import i18next from "i18next";
import { startDataSync, startLanguageSync } from "./follow.ts";
import { useInteractionStore } from "./interaction.ts";
import { useAppStore } from "./store.ts";
import { defaultHistoryMode, navigate, startUrlSync } from "./urlSync.ts";

const go = (search: string) => window.history.replaceState(null, "", `/${search}`);
let stops: Array<() => void> = [];
const start = (stop: () => void) => stops.push(stop);

beforeEach(() => go(""));
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.restoreAllMocks();
});

describe("urlSync: the only writer of the address", () => {
  test("reads every public parameter at start, language and dataset included", () => {
    go("?metric=fundingEur&donor=eu&lang=sq&data=https%3A%2F%2Fexample.org%2Fd.json&view=20.5,42.1,7&sel=85674165");
    start(startUrlSync(useAppStore));
    const s = useAppStore.getState();
    expect(s.metric).toBe("fundingEur");
    expect(s.filters.donors).toEqual(["eu"]);
    expect(s.lang).toBe("sq");
    expect(s.dataSource).toBe("https://example.org/d.json");
    expect(s.view).toEqual({ lon: 20.5, lat: 42.1, zoom: 7 });
    // a selection with a view: the view is the camera, nothing to bring into view
    expect(useInteractionStore.getState().focusRequest).toBeNull();
  });

  test("a shareable change is a new history entry; panning and zooming replace the current one", () => {
    start(startUrlSync(useAppStore));
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    useAppStore.getState().setFilters({ donors: ["eu"] });
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?donor=eu");
    useAppStore.getState().setView({ lon: 20, lat: 42, zoom: 8 });
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?donor=eu&view=20,42,8");
    useAppStore.getState().setLang("mk");
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe("?donor=eu&view=20,42,8&lang=mk");
  });

  test("a change that leaves the URL as it is writes nothing; hover never reaches it", () => {
    start(startUrlSync(useAppStore));
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    useAppStore.getState().setHighlightClass(2);
    useInteractionStore.getState().setHover({ id: "85674165", x: 1, y: 2 });
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  test("back and forward restore the state from the URL, language, dataset and view included, without writing", () => {
    go("?metric=donors&lang=sq&view=20,42,7");
    start(startUrlSync(useAppStore));
    useAppStore.getState().setFilters({ countries: ["AL"] });
    window.history.pushState(null, "", "/?data=https%3A%2F%2Fexample.org%2Fe.json&view=21,43,9");
    const push = vi.spyOn(window.history, "pushState");
    window.dispatchEvent(new PopStateEvent("popstate"));
    let s = useAppStore.getState();
    expect(s.metric).toBe("projects");
    expect(s.lang).toBeNull();
    expect(s.dataSource).toBe("https://example.org/e.json");
    expect(s.view).toEqual({ lon: 21, lat: 43, zoom: 9 });
    go("?metric=donors&lang=sq&view=20,42,7&country=AL");
    window.dispatchEvent(new PopStateEvent("popstate"));
    s = useAppStore.getState();
    expect(s.lang).toBe("sq");
    expect(s.dataSource).toBeNull();
    expect(s.filters.countries).toEqual(["AL"]);
    expect(push).not.toHaveBeenCalled();
  });

  test("navigate sets the store as a link would, and the URL follows; the full map keeps the link's view", () => {
    start(startUrlSync(useAppStore));
    navigate(useAppStore, "?sel=85674165&metric=nonsense!");
    expect(useAppStore.getState().selectedId).toBe("85674165");
    expect(useAppStore.getState().metric).toBe("projects");
    expect(window.location.search).toBe("?sel=85674165");
    // what the sender saw: the selection in the default view, not zoomed to it
    expect(useInteractionStore.getState().focusRequest).toBeNull();
  });

  test("replace mode (an embed, or the map in a frame): every change replaces the current entry, none is added", () => {
    start(startUrlSync(useAppStore, { history: "replace" }));
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    const length = window.history.length;
    for (const donor of ["eu", "gcerf", "eu", "usaid"]) useAppStore.getState().setFilters({ donors: [donor] });
    useAppStore.getState().setLang("mk");
    navigate(useAppStore, "?sel=85674165");
    useAppStore.getState().setView({ lon: 20, lat: 42, zoom: 8 });
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(7);
    expect(window.history.length).toBe(length);
    expect(window.location.search).toBe("?sel=85674165&view=20,42,8");
  });

  test("in a frame the mode is replace by default: the embedding page's history is not the map's", () => {
    expect(defaultHistoryMode()).toBe("push");
    const frame = { parent: {} } as unknown as Window;
    expect(defaultHistoryMode(frame)).toBe("replace");
    Object.defineProperty(window, "parent", { value: {}, configurable: true });
    try {
      start(startUrlSync(useAppStore));
      const push = vi.spyOn(window.history, "pushState");
      useAppStore.getState().setFilters({ donors: ["eu"] });
      expect(push).not.toHaveBeenCalled();
      expect(window.location.search).toBe("?donor=eu");
    } finally {
      Object.defineProperty(window, "parent", { value: window, configurable: true });
    }
  });

  test("a write the browser refuses (too many in a short time) is skipped; the next change writes the whole state", () => {
    start(startUrlSync(useAppStore));
    const refuse = () => {
      throw new DOMException("Attempt to use history.pushState() more than 100 times per 30 seconds", "SecurityError");
    };
    const push = vi.spyOn(window.history, "pushState").mockImplementationOnce(refuse);
    const listener = vi.fn();
    start(useAppStore.subscribe(listener));
    useAppStore.getState().setFilters({ donors: ["eu"] });
    // the store is set, and what listens after the URL still hears of it
    expect(useAppStore.getState().filters.donors).toEqual(["eu"]);
    expect(listener).toHaveBeenCalledOnce();
    expect(window.location.search).toBe("");
    useAppStore.getState().setFilters({ donors: ["eu"], countries: ["AL"] });
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe("?donor=eu&country=AL");
    // any other error is a bug, and is not hidden
    push.mockImplementationOnce(() => {
      throw new TypeError("bug");
    });
    expect(() => useAppStore.getState().setFilters({ donors: [] })).toThrow("bug");
  });

  test("stops when asked", () => {
    const stop = startUrlSync(useAppStore);
    stop();
    useAppStore.getState().setFilters({ donors: ["eu"] });
    expect(window.location.search).toBe("");
  });
});

describe("what follows the store", () => {
  test("the language follows `lang`, and goes back to the page's first language without one", async () => {
    start(startLanguageSync(useAppStore, i18next));
    expect(i18next.language).toBe("en");
    useAppStore.getState().setLang("sr-Cyrl");
    await vi.waitFor(() => expect(i18next.language).toBe("sr-Cyrl"));
    useAppStore.setState({ lang: null });
    await vi.waitFor(() => expect(i18next.language).toBe("en"));
  });

  test("the dataset follows `data` when it changes", () => {
    const loadData = vi.fn(async () => {});
    useAppStore.setState({ loadData });
    start(startDataSync(useAppStore));
    useAppStore.getState().setDataSource("https://example.org/d.json");
    expect(loadData).toHaveBeenCalledWith("?data=https%3A%2F%2Fexample.org%2Fd.json");
    useAppStore.getState().setDataSource(null);
    expect(loadData).toHaveBeenLastCalledWith("");
    useAppStore.getState().setFilters({ donors: ["eu"] });
    expect(loadData).toHaveBeenCalledTimes(2);
  });
});
