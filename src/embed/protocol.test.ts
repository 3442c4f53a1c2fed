// @vitest-environment node
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyParams, commandOriginAllowed, event, parseCommand, publicState } from "./protocol.ts";

const msg = (type: string, payload?: unknown) => ({ source: "wb-radar", version: 1, type, payload });

describe("embed API messages", () => {
  test("the three commands, well formed", () => {
    expect(parseCommand(msg("setState", { donor: "gcerf", sel: null }))).toMatchObject({ type: "setState" });
    expect(parseCommand(msg("select", { municipality: "85674165" }))).toMatchObject({ type: "select" });
    expect(parseCommand(msg("select", { organisation: "idm" }))).toMatchObject({ type: "select" });
    expect(parseCommand(msg("getState"))).toMatchObject({ type: "getState" });
  });

  test("anything else is ignored: other source or version, unknown type or parameter, bad ids, too large", () => {
    for (const data of [
      null,
      "setState",
      42,
      { ...msg("getState"), source: "other" },
      { ...msg("getState"), version: 2 },
      msg("destroy"),
      msg("setState", { evil: "1" }),
      msg("setState", { donor: 5 }),
      msg("setState", { donor: "x".repeat(3000) }),
      msg("select", { municipality: "<script>" }),
      msg("select", { municipality: "1", organisation: "a" }),
      { ...msg("getState"), extra: true },
      msg("getState", "y".repeat(20_000)),
    ])
      expect(parseCommand(data), JSON.stringify(data)?.slice(0, 80)).toBeNull();
    const cyclic: Record<string, unknown> = msg("getState");
    cyclic.self = cyclic;
    expect(parseCommand(cyclic)).toBeNull();
  });

  test("a key that is not allowed anywhere refuses the whole command, `__proto__` as JSON.parse makes it included", () => {
    const json = (payload: string, extra = "") =>
      JSON.parse(`{"source":"wb-radar","version":1,"type":"setState"${extra},"payload":${payload}}`) as unknown;
    // the same commands without the key are accepted: what refuses them is the key
    expect(parseCommand(json('{"layer":"none"}'))).toMatchObject({ payload: { layer: "none" } });
    for (const data of [
      json('{"__proto__":{"x":1},"layer":"none"}'),
      json('{"layer":"none","__proto__":null}'),
      json('{"layer":"none"}', ',"__proto__":{"x":1}'),
      json('{"constructor":"x","layer":"none"}'),
      json('{"prototype":"x","layer":"none"}'),
      json('{"layer":"none"}', ',"constructor":{"x":1}'),
      JSON.parse(
        '{"source":"wb-radar","version":1,"type":"select","payload":{"__proto__":{},"municipality":"85674165"}}',
      ),
      JSON.parse('{"source":"wb-radar","version":1,"type":"getState","payload":{"__proto__":{"x":1}}}'),
    ])
      expect(parseCommand(data), JSON.stringify(data)).toBeNull();
  });

  test("own keys made with defineProperty, getters, symbols, inherited fields and non-plain objects refuse it too", () => {
    const withKey = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) => {
      Object.defineProperty(target, key, descriptor);
      return target;
    };
    const ok = () => msg("setState", { layer: "none" });
    expect(parseCommand(ok())).not.toBeNull();
    const inherited = Object.create(msg("getState")) as object;
    for (const data of [
      { ...ok(), payload: withKey({ layer: "none" }, "__proto__", { value: { x: 1 }, enumerable: true }) },
      { ...ok(), payload: withKey({ layer: "none" }, "__proto__", { value: { x: 1 } }) },
      withKey(ok(), "__proto__", { value: { x: 1 }, enumerable: true }),
      { ...ok(), payload: withKey({ layer: "none" }, "donor", { get: () => "eu", enumerable: true }) },
      { ...ok(), payload: withKey({ layer: "none" }, "donor", { value: "eu", enumerable: false }) },
      { ...ok(), payload: { layer: "none", [Symbol("donor")]: "eu" } },
      inherited,
      { ...ok(), payload: Object.assign(Object.create({ donor: "eu" }) as object, { layer: "none" }) },
      { ...ok(), payload: new Map([["layer", "none"]]) },
      { ...ok(), payload: new Date() },
      {
        ...ok(),
        payload: new (class {
          layer = "none";
        })(),
      },
      {
        ...ok(),
        payload: new Proxy(
          { layer: "none" },
          {
            ownKeys: () => {
              throw new Error("trap");
            },
          },
        ),
      },
    ])
      expect(parseCommand(data)).toBeNull();
    // the message's own payload object, given an own `__proto__` key
    const m = ok();
    withKey(m.payload as object, "__proto__", { value: { x: 1 }, enumerable: true });
    expect(Object.keys(m.payload as object)).toEqual(["layer", "__proto__"]);
    expect(parseCommand(m)).toBeNull();
  });

  test("arrays where objects are expected, extra envelope keys and values of the wrong type refuse it", () => {
    for (const data of [
      [msg("getState")],
      msg("setState", ["layer", "none"]),
      msg("setState", [{ layer: "none" }]),
      msg("select", ["85674165"]),
      msg("select", { municipality: ["85674165"] }),
      msg("setState", { donor: ["eu"] }),
      msg("setState", { donor: { toString: () => "eu" } }),
      msg("setState", { donor: true }),
      msg("setState", { sel: 85674165 }),
      msg("setState", { layer: "none", donor: undefined }),
      msg("select", { municipality: 85674165 }),
      msg("getState", { x: 1 }),
      msg("getState", "now"),
      { ...msg("setState", { layer: "none" }), extra: "1" },
      { ...msg("setState", { layer: "none" }), origin: "https://map.example" },
      { ...msg("setState", { layer: "none" }), version: "1" },
      { ...msg("setState", { layer: "none" }), source: ["wb-radar"] },
      { ...msg("setState", { layer: "none" }), type: ["setState"] },
    ])
      expect(parseCommand(data), JSON.stringify(data)).toBeNull();
    // getState has no payload: none, null or {} are all right
    for (const payload of [undefined, null, {}]) expect(parseCommand(msg("getState", payload))).not.toBeNull();
    expect(parseCommand({ source: "wb-radar", version: 1, type: "getState" })).not.toBeNull();
  });

  test("property: no input throws", () => {
    fc.assert(fc.property(fc.anything(), (data) => void parseCommand(data)));
  });

  test("origins: any by default, only the listed ones when configured, always the map's own", () => {
    expect(commandOriginAllowed("https://partner.example", [], "https://map.example")).toBe(true);
    expect(commandOriginAllowed("https://other.example", ["https://partner.example"], "https://map.example")).toBe(
      false,
    );
    expect(commandOriginAllowed("https://partner.example", ["https://partner.example"], "https://map.example")).toBe(
      true,
    );
    expect(commandOriginAllowed("https://map.example", ["https://partner.example"], "https://map.example")).toBe(true);
  });

  test("setState replaces and removes parameters and keeps the rest; the state lists public parameters only", () => {
    expect(applyParams("?lang=sq&donor=a&embedOnly=1", { donor: "b,c", lang: null, sel: "1" })).toBe(
      "?donor=b,c&embedOnly=1&sel=1",
    );
    expect(publicState("?lang=sq&donor=a&controls=legend")).toEqual({ lang: "sq", donor: "a" });
    expect(event("ready", {})).toEqual({ source: "wb-radar", version: 1, type: "ready", payload: {} });
  });
});
