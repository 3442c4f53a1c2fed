/**
 * Bounds for a workbook before the spreadsheet reader opens it. An .xlsx file is a zip archive: a few hundred
 * kilobytes can unpack to gigabytes (a "zip bomb") and take the tab down with it. The archive is unpacked here
 * first as a stream, counting entries and bytes as they come, and abandoned as soon as a bound is passed; only
 * then does read-excel-file unpack it for real. What counts is what the data unpacks to, not what the archive's
 * headers declare (they can lie).
 */
import { Unzip, UnzipInflate } from "fflate";

export interface ZipLimits {
  /** Files inside the archive (a workbook has a few dozen). */
  maxEntries: number;
  /** Bytes after unpacking, all entries together. */
  maxUnpackedBytes: number;
  /** Unpacked bytes per byte of archive, checked once past `ratioFrom` bytes (XML packs ~5–30 times). */
  maxRatio: number;
  ratioFrom: number;
}

export const WORKBOOK_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxUnpackedBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  ratioFrom: 32 * 1024 * 1024,
};

export type ZipCheck =
  | { ok: true; entries: number; unpackedBytes: number }
  | { ok: false; reason: "entries" | "unpacked" | "ratio" | "corrupt"; entries: number; unpackedBytes: number };

/** Pushed into the unpacker this many bytes at a time: deflate packs at most ~1,000 times, so one step unpacks ≤ 4 MB. */
const CHUNK = 4 * 1024;

/** Unpacks `archive` without keeping anything, stopping at the first bound it passes. */
export function checkZip(archive: Uint8Array, limits: ZipLimits = WORKBOOK_LIMITS): ZipCheck {
  let entries = 0;
  let unpackedBytes = 0;
  let failed: Extract<ZipCheck, { ok: false }>["reason"] | undefined;
  const unzip = new Unzip((file) => {
    if (failed) return;
    if (++entries > limits.maxEntries) {
      failed = "entries";
      return;
    }
    file.ondata = (error, chunk) => {
      if (failed) return;
      if (error) {
        failed = "corrupt";
        return;
      }
      unpackedBytes += chunk.length;
      if (unpackedBytes > limits.maxUnpackedBytes) failed = "unpacked";
      else if (unpackedBytes > limits.ratioFrom && unpackedBytes > limits.maxRatio * archive.length) failed = "ratio";
      if (failed) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < archive.length && !failed; at += CHUNK)
      unzip.push(archive.subarray(at, at + CHUNK), at + CHUNK >= archive.length);
  } catch {
    failed ??= "corrupt";
  }
  // Not an archive at all (or an empty one): nothing a workbook could be read from.
  if (!failed && entries === 0) failed = "corrupt";
  return failed ? { ok: false, reason: failed, entries, unpackedBytes } : { ok: true, entries, unpackedBytes };
}
