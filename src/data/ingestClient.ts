/**
 * Runs `ingest` in a Web Worker (ingest.worker.ts), one worker for the app,
 * started on first use; where workers are unavailable (unit tests) or the
 * worker fails to start, on the main thread instead. Small texts (the shipped
 * dataset) are read on the main thread too: starting the worker, which loads
 * its own copy of the readers, takes longer than the work.
 */
import { z } from "zod";
import type { GeoLayers } from "../geo/load.ts";
import { contextFor, ingest, type IngestRequest, type MunicipalityShape } from "./ingest.ts";
import { issue } from "./issues.ts";
import { fatalResult, type ValidationContext, type ValidationResult } from "./validate.ts";

// An error reply has no result (zod 4 requires a key typed z.unknown() unless it is optional).
const Reply = z.object({
  id: z.number(),
  ok: z.boolean(),
  message: z.string().optional(),
  result: z.unknown().optional(),
});

/** Texts up to this many characters are read on the main thread (~0.1–0.2 s for 2 MB). */
export const MAIN_THREAD_CHARS = 2 * 1024 * 1024;

const shapes = (geo: GeoLayers): MunicipalityShape[] =>
  geo.municipalities.features.map((f) => ({
    type: "Feature",
    geometry: f.geometry,
    properties: { id: f.properties.id },
  }));

const contexts = new WeakMap<GeoLayers, ValidationContext>();
/** Municipality ids and point-in-polygon lookup of a geo layer, for validating on the main thread. */
export function validationContext(geo: GeoLayers): ValidationContext {
  let context = contexts.get(geo);
  if (!context) {
    context = contextFor(shapes(geo));
    contexts.set(geo, context);
  }
  return context;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Why a load stopped before it had a result: the caller cancelled it, or it took longer than allowed. */
export class IngestStopped extends Error {
  constructor(readonly reason: "cancelled" | "timedOut") {
    super(reason);
  }
}

/** Reading and checking one input may take this long; then the worker is stopped (a file that expands without end). */
export const INGEST_TIMEOUT_MS = 120_000;

export interface IngestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

class IngestWorker {
  private worker: Worker;
  private next = 0;
  private pending = new Map<number, Pending>();
  private geo: GeoLayers | undefined;
  broken = false;

  constructor() {
    this.worker = new Worker(new URL("./ingest.worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<unknown>) => {
      const id = Reply.shape.id.safeParse((event.data as { id?: unknown } | null)?.id);
      if (!id.success) return; // not an answer to anything we asked
      const waiting = this.pending.get(id.data);
      if (!waiting) return;
      this.pending.delete(id.data);
      // An answer in a shape we do not know settles the request as failed, never leaves it waiting.
      const reply = Reply.safeParse(event.data);
      if (!reply.success) {
        this.broken = true; // a worker that does not speak this protocol (e.g. from another deployment)
        waiting.reject(new Error("unexpected reply from the ingest worker"));
      } else if (reply.data.ok) waiting.resolve(reply.data.result);
      else waiting.reject(new Error(reply.data.message ?? "worker failed"));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.stop(new Error("worker failed to start"));
    };
    // A message that cannot be read (it failed to deserialise): whatever was waiting fails.
    this.worker.onmessageerror = () => this.stop(new Error("unreadable reply from the ingest worker"));
  }

  /** Ends the worker (its work with it) and fails everything waiting; the next load starts a fresh one. */
  stop(error: Error) {
    this.broken = true;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    this.worker.terminate();
  }

  private send(message: Record<string, unknown>): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  async run(request: IngestRequest, geo: GeoLayers): Promise<ValidationResult> {
    if (this.geo !== geo) {
      this.geo = geo;
      void this.send({ type: "geo", municipalities: shapes(geo) }).catch(() => undefined);
    }
    // Our own worker's answer, from ingest(): a ValidationResult.
    return (await this.send({ type: "ingest", request })) as ValidationResult;
  }
}

let shared: IngestWorker | undefined;

const requestName = (request: IngestRequest): string =>
  request.kind === "text" ? request.name : request.kind === "files" ? request.files.map((f) => f.name).join(", ") : "";

/** Runs `work` on the worker until it answers, the caller cancels or time runs out (then the worker is ended). */
function bounded(
  worker: IngestWorker,
  work: Promise<ValidationResult>,
  { signal, timeoutMs = INGEST_TIMEOUT_MS }: IngestOptions,
): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const stop = (reason: "cancelled" | "timedOut") => {
      const error = new IngestStopped(reason);
      worker.stop(error);
      if (shared === worker) shared = undefined; // a fresh worker for the next load
      reject(error);
    };
    const onAbort = () => stop("cancelled");
    const timer = setTimeout(() => stop("timedOut"), timeoutMs);
    signal?.addEventListener("abort", onAbort);
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    });
  });
}

/**
 * Parses and validates incoming data against `geo`, off the main thread where possible. Rejects with
 * IngestStopped when cancelled through `signal` or after `timeoutMs` (the worker's work is stopped with it).
 */
export async function ingestData(
  request: IngestRequest,
  geo: GeoLayers,
  options: IngestOptions = {},
): Promise<ValidationResult> {
  if (options.signal?.aborted) throw new IngestStopped("cancelled");
  const small = request.kind === "text" && request.text.length <= MAIN_THREAD_CHARS;
  if (!small && typeof Worker !== "undefined" && !shared?.broken) {
    let worker: IngestWorker | undefined;
    try {
      worker = shared ??= new IngestWorker();
      return await bounded(worker, worker.run(request, geo), options);
    } catch (e) {
      if (e instanceof IngestStopped) throw e;
      // The worker read the input and failed on it: doing it again here would fail the same way, freezing the page.
      if (worker && !worker.broken)
        return fatalResult([issue("error", "parse", [], { file: requestName(request), detail: (e as Error).message })]);
      // The worker could not start or answered nonsense: the same work on this thread.
    }
  }
  const result = await ingest(request, validationContext(geo));
  if (options.signal?.aborted) throw new IngestStopped("cancelled");
  return result;
}
