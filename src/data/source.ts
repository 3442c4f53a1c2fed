/**
 * Where the dataset comes from: the cited seed dataset shipped with the app,
 * or the page's ?data= parameter — a same-origin path (/mydata.json) or an
 * https URL on an allowed origin. The download is read as a stream and
 * stopped at the size limit.
 */
import { issue, type DataIssue } from "./issues.ts";
import { MAX_FILE_BYTES, tooLarge } from "./parse.ts";

export type DataSource = { kind: "default"; url: string } | { kind: "url"; url: string };

export type ResolvedSource = { ok: true; source: DataSource } | { ok: false; issue: DataIssue };

export function resolveDataSource(
  search: string,
  { pageUrl, defaultUrl, allowedOrigins }: { pageUrl: string; defaultUrl: string; allowedOrigins: readonly string[] },
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
  if (url.protocol !== "https:" && url.origin !== page.origin) return refuse();
  if (url.origin !== page.origin && !allowedOrigins.includes(url.origin)) return refuse();
  return { ok: true, source: { kind: "url", url: url.href } };
}

export type FetchedText = { ok: true; text: string } | { ok: false; issue: DataIssue };

/** Downloads a dataset as text, refusing anything over the size limit without reading it all. */
export async function fetchDatasetText(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchedText> {
  const fail = (reason: string): FetchedText => ({
    ok: false,
    issue: issue("error", "fetchFailed", [], { file: url, reason }),
  });
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: "same-origin" });
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!response.ok) return fail(`HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_FILE_BYTES) {
    void response.body?.cancel();
    return { ok: false, issue: tooLarge(url, declared) };
  }
  if (!response.body) return { ok: true, text: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_FILE_BYTES) {
      await reader.cancel();
      return { ok: false, issue: tooLarge(url, received) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}
