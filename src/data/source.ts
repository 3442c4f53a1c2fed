/**
 * Where the dataset comes from: the cited seed dataset shipped with the app,
 * or the page's ?data= parameter — a same-origin path (/mydata.json) or an
 * https URL on an allowed origin. The download is read as a stream and
 * stopped at the size limit, when it stalls, or when the load is cancelled;
 * where redirects lead is checked by the same rules as the address itself.
 */
import { issue, type DataIssue } from "./issues.ts";
import { MAX_FILE_BYTES, tooLarge } from "./parse.ts";

export type DataSource = { kind: "default"; url: string } | { kind: "url"; url: string };

export type ResolvedSource = { ok: true; source: DataSource } | { ok: false; issue: DataIssue };

export interface SourceRules {
  pageUrl: string;
  allowedOrigins: readonly string[];
}

/** Whether data may come from `url`: this site, or https on an origin the deployment allows. */
export function originAllowed(url: URL, { pageUrl, allowedOrigins }: SourceRules): boolean {
  const page = new URL(pageUrl);
  if (url.origin === page.origin) return true;
  return url.protocol === "https:" && allowedOrigins.includes(url.origin);
}

export function resolveDataSource(
  search: string,
  { pageUrl, defaultUrl, allowedOrigins }: SourceRules & { defaultUrl: string },
): ResolvedSource {
  const requested = new URLSearchParams(search).get("data");
  if (requested === null || requested.trim() === "") return { ok: true, source: { kind: "default", url: defaultUrl } };
  const value = requested.trim();
  const refuse = (): ResolvedSource => ({
    ok: false,
    issue: issue("error", "originNotAllowed", [], { file: value }),
  });
  const page = new URL(pageUrl);
  // A path on this site ("/data/x.json"), but not a protocol-relative "//elsewhere".
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) {
    const url = new URL(value, page);
    return url.origin === page.origin ? { ok: true, source: { kind: "url", url: url.href } } : refuse();
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse();
  }
  if (!originAllowed(url, { pageUrl, allowedOrigins })) return refuse();
  return { ok: true, source: { kind: "url", url: url.href } };
}

export type FetchedText = { ok: true; text: string; url: string } | { ok: false; issue: DataIssue };

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  /** Cancels the download (a newer load, the user's Cancel). */
  signal?: AbortSignal;
  /** Where the download may end up after redirects (the same rules as the address asked for). */
  rules?: SourceRules;
  /** The download fails when no byte has arrived for this long. */
  stallMs?: number;
}

/** A download that has stalled this long fails, with a retry offered. */
export const STALL_MS = 30_000;

/**
 * Downloads a dataset as text, refusing anything over the size limit without reading it all, and anything a
 * redirect took to an origin the rules do not allow. `url` in the answer is where the text came from in the end.
 */
export async function fetchDatasetText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const { fetchImpl = fetch, signal, rules, stallMs = STALL_MS } = options;
  const fail = (reason: string): FetchedText => ({
    ok: false,
    issue: issue("error", "fetchFailed", [], { file: url, reason }),
  });
  // Aborted by the caller, or by the stall timer (which is reset by every chunk).
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener("abort", abort);
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const failure = (e: unknown): FetchedText =>
    stalled
      ? { ok: false, issue: issue("error", "timedOut", [], { file: url, seconds: Math.round(stallMs / 1000) }) }
      : signal?.aborted
        ? { ok: false, issue: issue("error", "cancelled", [], { file: url }) }
        : fail((e as Error).message);
  try {
    arm();
    let response: Response;
    try {
      response = await fetchImpl(url, { credentials: "same-origin", signal: controller.signal });
    } catch (e) {
      return failure(e);
    }
    // fetch follows redirects: the address it ended at must pass the same rules as the one asked for.
    const finalUrl = response.url || url;
    if (rules && finalUrl !== url && !originAllowed(new URL(finalUrl), rules)) {
      void response.body?.cancel();
      return { ok: false, issue: issue("error", "originNotAllowed", [], { file: finalUrl }) };
    }
    if (!response.ok) return fail(`HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length"));
    if (declared > MAX_FILE_BYTES) {
      void response.body?.cancel();
      return { ok: false, issue: tooLarge(url, declared) };
    }
    if (!response.body) return { ok: true, text: await response.text(), url: finalUrl };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (e) {
        return failure(e);
      }
      if (next.done) break;
      arm();
      received += next.value.byteLength;
      if (received > MAX_FILE_BYTES) {
        await reader.cancel();
        return { ok: false, issue: tooLarge(url, received) };
      }
      chunks.push(next.value);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, text: new TextDecoder().decode(bytes), url: finalUrl };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}
