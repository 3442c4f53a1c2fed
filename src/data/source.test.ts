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
    expect(await fetchDatasetText("/d.json", { fetchImpl: respond('{"schemaVersion":1}') })).toEqual({
      ok: true,
      text: '{"schemaVersion":1}',
      url: "/d.json",
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
    const result = await fetchDatasetText("/big.json", {
      fetchImpl: respond(body, { headers: { "content-length": String(MAX_FILE_BYTES + 1) } }),
    });
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
    const result = await fetchDatasetText("/endless.json", { fetchImpl: respond(body) });
    expect(result).toMatchObject({
      ok: false,
      issue: { code: "tooLarge", params: { limit: megabytes(MAX_FILE_BYTES) } },
    });
    expect(sent).toBeLessThanOrEqual(MAX_FILE_BYTES / chunk.length + 2);
  });

  test("network and HTTP errors are reported", async () => {
    const failing = (() => Promise.reject(new TypeError("Failed to fetch"))) as unknown as typeof fetch;
    expect(await fetchDatasetText("/x.json", { fetchImpl: failing })).toMatchObject({
      ok: false,
      issue: { code: "fetchFailed", params: { reason: "Failed to fetch" } },
    });
    expect(await fetchDatasetText("/x.json", { fetchImpl: respond("nope", { status: 404 }) })).toMatchObject({
      ok: false,
      issue: { code: "fetchFailed", params: { reason: "HTTP 404" } },
    });
  });

  /** A response as fetch gives it after following redirects to `finalUrl`. */
  const redirectedTo = (finalUrl: string, body = "{}") =>
    (() => {
      const response = new Response(body);
      Object.defineProperty(response, "url", { value: finalUrl });
      return Promise.resolve(response);
    }) as unknown as typeof fetch;
  const rules = { pageUrl: "https://radar.example.org/map/", allowedOrigins: ["https://data.partner.org"] };

  test("a redirect to an origin the rules do not allow is refused, naming where it led", async () => {
    const result = await fetchDatasetText("https://radar.example.org/go?to=evil", {
      fetchImpl: redirectedTo("https://evil.example/data.json"),
      rules,
    });
    expect(result).toMatchObject({
      ok: false,
      issue: { code: "originNotAllowed", params: { file: "https://evil.example/data.json" } },
    });
  });

  test("a redirect within the allowed origins is followed, and the answer says where the text came from", async () => {
    const result = await fetchDatasetText("https://radar.example.org/latest.json", {
      fetchImpl: redirectedTo("https://data.partner.org/2026/map.json"),
      rules,
    });
    expect(result).toEqual({ ok: true, text: "{}", url: "https://data.partner.org/2026/map.json" });
  });

  test("a download that stalls fails with a timeout", async () => {
    // Headers arrive, then the body never sends a byte.
    const fetchImpl = ((_: string, init: RequestInit) =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(body) {
              init.signal?.addEventListener("abort", () => body.error(new DOMException("aborted", "AbortError")));
            },
            pull: () => new Promise<void>(() => {}),
          }),
        ),
      )) as unknown as typeof fetch;
    const result = await fetchDatasetText("/slow.json", { fetchImpl, stallMs: 20 });
    expect(result).toMatchObject({ ok: false, issue: { code: "timedOut", params: { file: "/slow.json" } } });
  });

  test("a cancelled download stops and says so", async () => {
    const controller = new AbortController();
    const fetchImpl = ((_: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      })) as unknown as typeof fetch;
    const pending = fetchDatasetText("/x.json", { fetchImpl, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, issue: { code: "cancelled", params: { file: "/x.json" } } });
  });
});
