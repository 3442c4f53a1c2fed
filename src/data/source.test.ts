// @vitest-environment node
import { describe, expect, test } from "vitest";
import { MAX_FILE_BYTES, megabytes } from "./parse.ts";
import { fetchDatasetText, resolveDataSource } from "./source.ts";

const options = {
  pageUrl: "https://radar.example.org/app/?lang=sq",
  defaultUrl: "https://radar.example.org/assets/dataset.json",
  allowedOrigins: ["https://data.partner.org"],
};

describe("?data=", () => {
  test("absent or empty: the shipped dataset", () => {
    for (const search of ["", "?lang=sq", "?data=", "?data=%20"])
      expect(resolveDataSource(search, options)).toEqual({
        ok: true,
        source: { kind: "default", url: options.defaultUrl },
      });
  });

  test("a path on this site", () => {
    expect(resolveDataSource("?data=/mydata.json", options)).toEqual({
      ok: true,
      source: { kind: "url", url: "https://radar.example.org/mydata.json" },
    });
  });

  test("an https address on an allowed origin", () => {
    expect(resolveDataSource("?data=https://data.partner.org/2026/map.json", options)).toMatchObject({
      ok: true,
      source: { url: "https://data.partner.org/2026/map.json" },
    });
  });

  test.each([
    "https://evil.example.org/data.json",
    "http://data.partner.org/map.json",
    "//evil.example.org/data.json",
    "/\\evil.example.org/data.json",
    "javascript:alert(1)",
    "data:application/json,{}",
    "file:///etc/passwd",
    "not a url",
  ])("refuses %s", (value) => {
    const result = resolveDataSource(`?data=${encodeURIComponent(value)}`, options);
    expect(result).toMatchObject({ ok: false, issue: { code: "originNotAllowed" } });
  });
});

describe("downloading a dataset", () => {
  const respond = (body: BodyInit | null, init: ResponseInit = {}) =>
    (() => Promise.resolve(new Response(body, init))) as unknown as typeof fetch;

  test("returns the text", async () => {
    expect(await fetchDatasetText("/d.json", respond('{"schemaVersion":1}'))).toEqual({
      ok: true,
      text: '{"schemaVersion":1}',
    });
  });

  test("refuses a declared size over the limit without reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const result = await fetchDatasetText(
      "/big.json",
      respond(body, { headers: { "content-length": String(MAX_FILE_BYTES + 1) } }),
    );
    expect(result).toMatchObject({ ok: false, issue: { code: "tooLarge" } });
    expect(pulled).toBe(false);
  });

  test("stops reading a stream that grows past the limit", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(chunk);
      },
    });
    const result = await fetchDatasetText("/endless.json", respond(body));
    expect(result).toMatchObject({
      ok: false,
      issue: { code: "tooLarge", params: { limit: megabytes(MAX_FILE_BYTES) } },
    });
    expect(sent).toBeLessThanOrEqual(MAX_FILE_BYTES / chunk.length + 2);
  });

  test("network and HTTP errors are reported", async () => {
    const failing = (() => Promise.reject(new TypeError("Failed to fetch"))) as unknown as typeof fetch;
    expect(await fetchDatasetText("/x.json", failing)).toMatchObject({
      ok: false,
      issue: { code: "fetchFailed", params: { reason: "Failed to fetch" } },
    });
    expect(await fetchDatasetText("/x.json", respond("nope", { status: 404 }))).toMatchObject({
      ok: false,
      issue: { code: "fetchFailed", params: { reason: "HTTP 404" } },
    });
  });
});
