/**
 * The embed's postMessage API, version 1 (docs/embed-api.md). Every message
 * is `{ source: "wb-radar", version: 1, type, payload }`. Pure: parsing and
 * checking messages and origins, building events; no DOM.
 *
 * Events (map → page): ready, viewchange, select, resize, state.
 * Commands (page → map): setState, select, getState.
 */
import { z } from "zod";
import { IdSchema, MunicipalityIdSchema } from "../data/schema.ts";
import { URL_STATE_PARAMS } from "../state/url.ts";

export const SOURCE = "wb-radar";
export const VERSION = 1;
/** Larger messages are ignored unread. */
export const MAX_MESSAGE_CHARS = 16 * 1024;

/** The public URL parameters a command may set (README, "Everything shareable"). */
export const PUBLIC_PARAMS = URL_STATE_PARAMS;

const envelope = { source: z.literal(SOURCE), version: z.literal(VERSION) };
/** Values as in the URL; "" or null removes the parameter. Each value is validated again by the URL parser. */
const ParamValue = z.union([z.string().max(2000), z.null()]);

const CommandSchema = z.discriminatedUnion("type", [
  z.strictObject({
    ...envelope,
    type: z.literal("setState"),
    payload: z.partialRecord(z.enum(PUBLIC_PARAMS), ParamValue),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("select"),
    payload: z.union([
      z.strictObject({ municipality: MunicipalityIdSchema.nullable() }),
      z.strictObject({ organisation: IdSchema.nullable() }),
    ]),
  }),
  // No payload: none, null or {}.
  z.strictObject({
    ...envelope,
    type: z.literal("getState"),
    payload: z.union([z.null(), z.strictObject({})]).optional(),
  }),
]);
export type Command = z.infer<typeof CommandSchema>;
export type SetStatePayload = Extract<Command, { type: "setState" }>["payload"];

/**
 * Keys no command has anywhere. JSON.parse makes `"__proto__"` an own key, and zod's records skip such a key
 * silently (applying the rest of the command), so these are refused here, before the schema sees the command.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
/** A command is an envelope, a payload and its values: anything nested deeper is refused unread. */
const MAX_DEPTH = 3;
/** More keys than any command has (an envelope of 4 and a payload of every public parameter), with room. */
const MAX_KEYS = 64;

/**
 * Whether `data` is plain data as postMessage delivers it: plain objects (no other prototype, no inherited shape),
 * arrays, strings, numbers, booleans, null, undefined; every key an own, enumerable data property with a string
 * name that is not forbidden. Everything else (getters, symbols, class instances, Map, Date, functions) is refused.
 */
function isPlainData(data: unknown): boolean {
  let keys = 0;
  const walk = (value: unknown, depth: number): boolean => {
    if (value === null || value === undefined) return true;
    const kind = typeof value;
    if (kind === "string" || kind === "number" || kind === "boolean") return true;
    if (kind !== "object" || depth > MAX_DEPTH) return false;
    const array = Array.isArray(value);
    const proto: unknown = Object.getPrototypeOf(value);
    if (array ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return false;
    for (const key of Reflect.ownKeys(value as object)) {
      if (array && key === "length") continue;
      if (typeof key !== "string" || FORBIDDEN_KEYS.has(key) || ++keys > MAX_KEYS) return false;
      const property = Object.getOwnPropertyDescriptor(value, key);
      if (!property || !("value" in property) || !property.enumerable || !walk(property.value, depth + 1)) return false;
    }
    return true;
  };
  return walk(data, 0);
}

/**
 * A command, or null for anything else: malformed, unknown, another source or version, too large, or with any
 * key or value that is not allowed anywhere in it (the whole command is refused, never a part of it).
 */
export function parseCommand(data: unknown): Command | null {
  if (typeof data !== "object" || data === null) return null;
  try {
    if (!isPlainData(data)) return null;
    if (JSON.stringify(data).length > MAX_MESSAGE_CHARS) return null;
  } catch {
    return null; // a proxy's trap threw
  }
  const parsed = CommandSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Whether commands from `origin` are accepted: any origin unless the deployment lists some; its own always. */
export function commandOriginAllowed(origin: string, allowed: readonly string[], own: string): boolean {
  return origin === own || allowed.length === 0 || allowed.includes(origin);
}

/** The public state: the page's URL parameters that are public, as an object. */
export function publicState(search: string): Record<string, string> {
  const p = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const key of PUBLIC_PARAMS) {
    const value = p.get(key);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** The query after `setState`: its parameters replace or remove those of `search`; others are kept. */
export function applyParams(search: string, params: SetStatePayload): string {
  const p = new URLSearchParams(search);
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") p.delete(key);
    else p.set(key, value);
  }
  const text = p.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

export type EventType = "ready" | "viewchange" | "select" | "resize" | "state";

export interface EmbedEvent {
  source: typeof SOURCE;
  version: typeof VERSION;
  type: EventType;
  payload: unknown;
}

export function event(type: EventType, payload: unknown): EmbedEvent {
  return { source: SOURCE, version: VERSION, type, payload };
}
