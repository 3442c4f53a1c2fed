/**
 * Imported data kept in this browser (IndexedDB) until the person discards it, so that a reload, a crash or a
 * part of the app failing to download loses nothing they imported. Nothing leaves the browser. What is read back
 * is checked again like any file before use (ingest), never trusted: it may come from an older version of the app,
 * or have been edited.
 */
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import { z } from "zod";
import type { Dataset } from "./schema.ts";

const KEY = "imported";

const SavedSchema = z.object({
  version: z.literal(1),
  /** The files it was imported from, as the notice names them. */
  label: z.string().max(2000),
  savedAt: z.iso.datetime(),
  dataset: z.unknown(),
});

export interface SavedImport {
  label: string;
  savedAt: string;
  /** Unchecked: validate before use. */
  dataset: unknown;
}

let store: UseStore | null | undefined;
/** The browser's database, or null where there is none (some private modes, tests without it). */
function database(): UseStore | null {
  if (store === undefined) store = typeof indexedDB === "undefined" ? null : createStore("wb-radar", "imports");
  return store;
}

/** Keeps `dataset` as the imported data; false if the browser would not store it (full, or no storage). */
export async function saveImport(label: string, dataset: Dataset, now = new Date()): Promise<boolean> {
  const db = database();
  if (!db) return false;
  try {
    await set(KEY, { version: 1, label, savedAt: now.toISOString(), dataset }, db);
    return true;
  } catch {
    return false;
  }
}

/** The imported data kept in this browser, if any (and readable). */
export async function readSavedImport(): Promise<SavedImport | null> {
  const db = database();
  if (!db) return null;
  try {
    const parsed = SavedSchema.safeParse(await get(KEY, db));
    if (!parsed.success) return null;
    const { label, savedAt, dataset } = parsed.data;
    return { label, savedAt, dataset };
  } catch {
    return null;
  }
}

export async function discardSavedImport(): Promise<void> {
  const db = database();
  if (!db) return;
  try {
    await del(KEY, db);
  } catch {
    // Nothing kept, or no way to reach it: either way nothing will be restored.
  }
}
