/**
 * Where the Who's On First records come from, in this order:
 * 1. the folder in WB_RADAR_WOF_DIR;
 * 2. ../shared/geo/wof beside the project;
 * 3. a download from upstream at the pinned commits into node_modules/.cache/wb-radar/wof
 *    (base URL overridable with WB_RADAR_WOF_BASE_URL, for mirrors and tests).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { GeoBuildError, PinsFileSchema, type Pin } from "./records.ts";

export const PROJECT_ROOT = resolve(import.meta.dirname, "..");
export const SHARED_WOF_DIR = resolve(PROJECT_ROOT, "../shared/geo/wof");
export const CACHE_DIR = resolve(PROJECT_ROOT, "node_modules/.cache/wb-radar/wof");
export const DEFAULT_BASE_URL = "https://raw.githubusercontent.com/whosonfirst-data";

export async function loadPins(file = join(PROJECT_ROOT, "geo/wof-pins.json")): Promise<Pin[]> {
  const parsed = PinsFileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new GeoBuildError(`${file}: invalid pin list: ${parsed.error.message}`);
  return parsed.data.files;
}

export const recordPath = (dir: string, pin: Pin): string => join(dir, pin.repo, pin.path);

export interface Source {
  kind: "env" | "shared" | "download";
  dir: string;
}

export interface DownloadOptions {
  baseUrl?: string;
  cacheDir?: string;
  retries?: number;
  concurrency?: number;
  log?: (line: string) => void;
  fetchImpl?: typeof fetch;
  retryDelayMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchWithRetries(
  url: string,
  opts: Required<Pick<DownloadOptions, "retries" | "retryDelayMs">> & { fetchImpl: typeof fetch },
): Promise<string> {
  let lastError = "";
  for (let attempt = 1; attempt <= opts.retries + 1; attempt++) {
    try {
      const res = await opts.fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
      if (res.ok) return await res.text();
      lastError = `HTTP ${res.status}`;
      if (res.status === 404) break; // a wrong pin does not heal by retrying
    } catch (e) {
      lastError = (e as Error).cause ? String((e as Error & { cause: unknown }).cause) : (e as Error).message;
    }
    if (attempt <= opts.retries) await sleep(opts.retryDelayMs * 2 ** (attempt - 1));
  }
  throw new GeoBuildError(`${url}: download failed (${lastError})`);
}

/** Downloads every pinned record missing from the cache. Returns the cache folder. */
export async function downloadRecords(pins: readonly Pin[], options: DownloadOptions = {}): Promise<string> {
  const baseUrl = (options.baseUrl ?? process.env.WB_RADAR_WOF_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/$/, "");
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const log = options.log ?? ((line: string) => console.log(line));
  const fetchImpl = options.fetchImpl ?? fetch;
  const retries = options.retries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const missing = pins.filter((p) => !existsSync(recordPath(cacheDir, p)));
  if (missing.length === 0) return cacheDir;
  log(`geo: downloading ${missing.length} Who's On First records from ${baseUrl} into ${cacheDir}`);
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const pin = missing[next++] as Pin;
      const text = await fetchWithRetries(`${baseUrl}/${pin.repo}/${pin.commit}/${pin.path}`, {
        retries,
        retryDelayMs,
        fetchImpl,
      });
      const target = recordPath(cacheDir, pin);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.part`, text);
      await rename(`${target}.part`, target);
      done++;
      if (done % 50 === 0 || done === missing.length) log(`geo: downloaded ${done}/${missing.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, missing.length) }, worker));
  return cacheDir;
}

/** Picks the folder the records are read from, downloading them when needed. */
export async function resolveSource(
  pins: readonly Pin[],
  options: DownloadOptions & { envDir?: string | undefined; sharedDir?: string } = {},
): Promise<Source> {
  const envDir = options.envDir ?? process.env.WB_RADAR_WOF_DIR;
  if (envDir) {
    if (!existsSync(envDir)) throw new GeoBuildError(`WB_RADAR_WOF_DIR=${envDir} does not exist`);
    return { kind: "env", dir: resolve(envDir) };
  }
  const sharedDir = options.sharedDir ?? SHARED_WOF_DIR;
  if (existsSync(sharedDir)) return { kind: "shared", dir: sharedDir };
  try {
    return { kind: "download", dir: await downloadRecords(pins, options) };
  } catch (e) {
    throw new GeoBuildError(
      `No Who's On First records found and the download failed.\n` +
        `  ${(e as Error).message}\n` +
        `Either put the records at ${sharedDir} (or point WB_RADAR_WOF_DIR at a copy), ` +
        `or allow downloads from ${options.baseUrl ?? process.env.WB_RADAR_WOF_BASE_URL ?? DEFAULT_BASE_URL} ` +
        `(set WB_RADAR_WOF_BASE_URL for a mirror).`,
    );
  }
}
