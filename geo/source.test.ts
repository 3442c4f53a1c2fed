import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pin } from "./records.ts";
import { downloadRecords, resolveSource } from "./source.ts";

const pin = (id: number): Pin => ({
  country: "ME",
  repo: "whosonfirst-data-admin-me",
  commit: "a".repeat(40),
  path: `data/${id}.geojson`,
  id,
  placetype: "region",
});

let server: Server;
let baseUrl = "";
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url.endsWith("/1.geojson")) return res.end('{"id":1}');
    // fails twice, then answers: the downloader must retry
    if (url.endsWith("/2.geojson")) {
      if ((hits.get(url) ?? 0) <= 2) {
        res.statusCode = 503;
        return res.end();
      }
      return res.end('{"id":2}');
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("downloadRecords", () => {
  it("downloads pinned paths at their commits into the cache, retrying failures", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "wof-cache-"));
    const lines: string[] = [];
    const dir = await downloadRecords([pin(1), pin(2)], {
      baseUrl,
      cacheDir,
      retryDelayMs: 1,
      log: (l) => lines.push(l),
    });
    expect(dir).toBe(cacheDir);
    expect(await readFile(join(cacheDir, "whosonfirst-data-admin-me/data/2.geojson"), "utf8")).toBe('{"id":2}');
    expect(hits.get(`/whosonfirst-data-admin-me/${"a".repeat(40)}/data/2.geojson`)).toBe(3);
    expect(lines.at(-1)).toBe("geo: downloaded 2/2");
    // second run: everything cached, nothing fetched
    const before = [...hits.values()].reduce((a, b) => a + b, 0);
    await downloadRecords([pin(1), pin(2)], { baseUrl, cacheDir, retryDelayMs: 1, log: () => {} });
    expect([...hits.values()].reduce((a, b) => a + b, 0)).toBe(before);
  });
});

describe("resolveSource", () => {
  it("prefers the environment folder, then the shared folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wof-env-"));
    expect(await resolveSource([], { envDir: dir })).toEqual({ kind: "env", dir });
    expect(await resolveSource([], { envDir: "", sharedDir: dir })).toEqual({ kind: "shared", dir });
    await expect(resolveSource([], { envDir: join(dir, "missing") })).rejects.toThrow(/does not exist/);
  });

  it("fails with a message naming both ways to get the records", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "wof-cache-"));
    const error = await resolveSource([pin(404)], {
      envDir: "",
      sharedDir: "/nonexistent/wof",
      baseUrl,
      cacheDir,
      retryDelayMs: 1,
      log: () => {},
    }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("HTTP 404"); // what went wrong
    expect(message).toContain("/nonexistent/wof"); // option 1: the folder
    expect(message).toContain("WB_RADAR_WOF_DIR");
    expect(message).toContain(baseUrl); // option 2: the download
  });
});
