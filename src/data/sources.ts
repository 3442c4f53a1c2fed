/** Lists of sources. Pure. */
import type { Source } from "./schema.ts";

/** Each source once (same address, or same citation when there is no address), first occurrence kept, in order. */
export function uniqueSources(sources: Iterable<Source>): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of sources) {
    const key = s.url ? `url:${s.url}` : `citation:${s.citation ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
