/**
 * Parsing and validating datasets off the main thread, so a large file does
 * not freeze the map. Messages: `{ id, type: "geo", municipalities }` once per
 * geo layer, then `{ id, type: "ingest", request }`, each answered with
 * `{ id, ok: true, result }` or `{ id, ok: false, message }`. Only the app
 * talks to this worker; messages are still checked before use.
 */
import { z } from "zod";
import { contextFor, ingest, type IngestRequest, type MunicipalityShape } from "./ingest.ts";
import type { ValidationContext } from "./validate.ts";

const Message = z.discriminatedUnion("type", [
  z.object({ id: z.number(), type: z.literal("geo"), municipalities: z.array(z.unknown()) }),
  z.object({
    id: z.number(),
    type: z.literal("ingest"),
    request: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("text"), text: z.string(), name: z.string() }),
      z.object({ kind: z.literal("files"), files: z.array(z.instanceof(File)) }),
      z.object({ kind: z.literal("value"), input: z.unknown() }),
    ]),
  }),
]);

/** The worker's global scope (the app is typed against the DOM library, not WebWorker). */
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
};

let context: ValidationContext | undefined;

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = Message.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  try {
    if (message.type === "geo") {
      // The app's own geo layer, already validated when it was loaded.
      context = contextFor(message.municipalities as MunicipalityShape[]);
      scope.postMessage({ id: message.id, ok: true });
      return;
    }
    if (!context) throw new Error("no geo layer");
    const result = await ingest(message.request as IngestRequest, context);
    scope.postMessage({ id: message.id, ok: true, result });
  } catch (e) {
    scope.postMessage({ id: message.id, ok: false, message: (e as Error).message });
  }
};
