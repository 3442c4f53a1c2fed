/**
 * Searching municipalities and organisations by any of their names, ignoring
 * case and diacritics and across Latin and Cyrillic ("niksic" finds Nikšić and
 * Никшић, "приштина" finds Prishtinë). Pure.
 */
import type { Organisation } from "../data/schema.ts";
import { LOCALES, nameKey, type CountryCode, type MunicipalityProps } from "../geo/schema.ts";
import { searchKey } from "../lib/script.ts";

export interface SearchEntry {
  kind: "municipality" | "organisation";
  id: string;
  /** The municipality to select (absent for an organisation known only by country). */
  municipalityId?: string;
  country: CountryCode | undefined;
  keys: string[];
}

export function buildSearchIndex(
  municipalities: Iterable<MunicipalityProps>,
  organisations: readonly Organisation[],
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const m of municipalities)
    entries.push({
      kind: "municipality",
      id: m.id,
      municipalityId: m.id,
      country: m.country,
      keys: [...new Set([m.name, ...LOCALES.map((l) => m[nameKey(l)])].map(searchKey))],
    });
  for (const o of organisations) {
    const names = [...Object.values(o.name), o.acronym].filter((n): n is string => Boolean(n));
    entries.push({
      kind: "organisation",
      id: o.id,
      ...(o.municipalityId ? { municipalityId: o.municipalityId } : {}),
      country: o.country,
      keys: [...new Set(names.map(searchKey))],
    });
  }
  return entries;
}

/** Best matches first: a whole name, then a name's start, then a word's start, then anywhere. */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = searchKey(query);
  if (q.length === 0) return [];
  const score = (key: string) => {
    if (key === q) return 0;
    if (key.startsWith(q)) return 1;
    if (key.split(/[\s\-–()]+/).some((w) => w.startsWith(q))) return 2;
    return key.includes(q) ? 3 : undefined;
  };
  return index
    .flatMap((entry) => {
      const best = Math.min(...entry.keys.map((k) => score(k) ?? Infinity));
      return Number.isFinite(best) ? [{ entry, best }] : [];
    })
    .sort((a, b) => a.best - b.best || (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === "municipality" ? -1 : 1))
    .slice(0, limit)
    .map((r) => r.entry);
}
