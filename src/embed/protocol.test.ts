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
