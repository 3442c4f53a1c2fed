import { describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "./csp.ts";

describe("the pages' Content Security Policy", () => {
  test("is strict by default: scripts and data from this site only, no eval, no plugins", () => {
    const policy = contentSecurityPolicy({ dataOrigins: [], basemapStyleUrl: undefined });
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  test("lets data come from the origins the deployment allows, and the basemap from its own", () => {
    const policy = contentSecurityPolicy({
      dataOrigins: ["https://data.partner.org"],
      basemapStyleUrl: "https://tiles.example.net/styles/light.json",
    });
    expect(policy).toContain("connect-src 'self' https://data.partner.org https://tiles.example.net;");
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.net;");
  });
});
