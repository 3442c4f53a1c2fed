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
import type { ValidationContext, ValidationResult } from "./validate.ts";

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

class IngestWorker {
  private worker: Worker;
  private next = 0;
  private pending = new Map<number, Pending>();
  private geo: GeoLayers | undefined;
  broken = false;

  constructor() {
    this.worker = new Worker(new URL("./ingest.worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = Reply.safeParse(event.data);
      if (!reply.success) return;
      const waiting = this.pending.get(reply.data.id);
      if (!waiting) return;
      this.pending.delete(reply.data.id);
      if (reply.data.ok) waiting.resolve(reply.data.result);
      else waiting.reject(new Error(reply.data.message ?? "worker failed"));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.broken = true;
      for (const waiting of this.pending.values()) waiting.reject(new Error("worker failed to start"));
      this.pending.clear();
      this.worker.terminate();
    };
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

/** Parses and validates incoming data against `geo`, off the main thread where possible. */
export async function ingestData(request: IngestRequest, geo: GeoLayers): Promise<ValidationResult> {
  const small = request.kind === "text" && request.text.length <= MAIN_THREAD_CHARS;
  if (!small && typeof Worker !== "undefined" && !shared?.broken) {
    try {
      shared ??= new IngestWorker();
      return await shared.run(request, geo);
    } catch {
      // Fall through: the same work on this thread.
    }
  }
  return ingest(request, validationContext(geo));
}
