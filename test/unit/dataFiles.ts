/**
 * Helpers for data tests: the test fixture (the first seed dataset, schema version 1: small, stable, read through the
 * migration), the shipped reference dataset, and files as the browser hands them over.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FileLike } from "../../src/data/read.ts";

export const seedText = readFileSync(resolve("test/fixtures/seed-v1.json"), "utf8");
export const seedInput = (): Record<string, unknown> => JSON.parse(seedText) as Record<string, unknown>;
export const shippedText = readFileSync(resolve("data/dataset.json"), "utf8");
export const shippedInput = (): Record<string, unknown> => JSON.parse(shippedText) as Record<string, unknown>;

export function fileOf(name: string, content: string | Blob): FileLike {
  const blob = content instanceof Blob ? content : new Blob([content]);
  return {
    name,
    size: blob.size,
    text: () => blob.text(),
    arrayBuffer: () => blob.arrayBuffer(),
  };
}
