/**
 * Searching places and organisations by any of their names, ignoring case,
 * diacritics, spaces and script ("niksic" finds Nikšić and Никшић, "приштина"
 * finds Prishtinë, "novipazar" finds Novi Pazar), the Albanian definite forms
 * people write (Prishtina, Peja, Gjakova), the reviewed aliases and cities of
 * gazetteer.ts, and names typed with a slip ("Podgorcia"). Pure.
 */
import { distance } from "fastest-levenshtein";
import type { Organisation } from "../data/schema.ts";
import { CITY_GROUPS, ALIASES, UNMAPPED_MUNICIPALITIES } from "../geo/gazetteer.ts";
import { LOCALES, nameKey, type CountryCode, type MunicipalityProps } from "../geo/schema.ts";
import { searchKey } from "../lib/script.ts";

export interface SearchEntry {
  /** municipality: a feature of the layer; city: several of them; unmapped: a municipality shown within another. */
  kind: "municipality" | "city" | "unmapped" | "organisation";
  id: string;
  /** The municipality to select (absent for a city, and for an organisation known only by country). */
  municipalityId?: string;
  country: CountryCode | undefined;
  keys: string[];
}

/**
 * Albanian names in the forms people write: the indefinite (Prishtinë, Pejë)
 * and the definite (Prishtina, Peja; Shkodër → Shkodra; Ferizaj → Ferizaji).
 */
export function albanianForms(name: string): string[] {
  const forms = [name];
  if (/ë$/u.test(name)) forms.push(name.replace(/ë$/u, "a"));
  else if (/ër$/u.test(name)) forms.push(name.replace(/ër$/u, "ra"));
  else if (/[a]$/u.test(name) && !/\s/u.test(name)) forms.push(name.replace(/a$/u, "ë"));
  else if (/[bcçdfghjklmnpqrstvxz]$/u.test(name) && !/\s/u.test(name))
    forms.push(`${name}${/[kgh]$/u.test(name) ? "u" : "i"}`);
  return forms;
}

function keysOf(names: Iterable<string>): string[] {
  return [...new Set([...names].map(searchKey))];
}

export function buildSearchIndex(
  municipalities: Iterable<MunicipalityProps>,
  organisations: readonly Organisation[],
): SearchEntry[] {
  const aliases = new Map<string, string[]>();
  for (const a of ALIASES) aliases.set(a.target, [...(aliases.get(a.target) ?? []), ...a.names]);
  const entries: SearchEntry[] = [];
  for (const m of municipalities) {
    const names = [m.name, ...LOCALES.map((l) => m[nameKey(l)])];
    const albanian =
      m.country === "AL" || m.country === "XK" || m.country === "MK" ? albanianForms(m[nameKey("sq")]) : [];
    entries.push({
      kind: "municipality",
      id: m.id,
      municipalityId: m.id,
      country: m.country,
      keys: keysOf([...names, ...albanian, ...(aliases.get(m.id) ?? [])]),
    });
  }
  for (const g of CITY_GROUPS)
    entries.push({
      kind: "city",
      id: g.id,
      country: g.country,
      keys: keysOf([...Object.values(g.names), ...albanianForms(g.names.sq), ...(aliases.get(g.id) ?? [])]),
    });
  for (const u of UNMAPPED_MUNICIPALITIES)
    entries.push({
      kind: "unmapped",
      id: u.id,
      municipalityId: u.within,
      country: u.country,
      keys: keysOf([...Object.values(u.names), ...(aliases.get(u.id) ?? [])]),
    });
  for (const o of organisations) {
    const names = [...Object.values(o.name), o.acronym].filter((n): n is string => Boolean(n));
    entries.push({
      kind: "organisation",
      id: o.id,
      ...(o.municipalityId ? { municipalityId: o.municipalityId } : {}),
      country: o.country,
      keys: keysOf(names),
    });
  }
  return entries;
}

const compact = (s: string) => s.replace(/[\s\-–'’.()/]+/gu, "");

/** How many slips a query of this length may hold: none below 4 letters, one up to 7, two from 8. */
export function allowedSlips(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * 0 whole name, 1 name's start, 2 a word's start, 3 anywhere (also with spaces
 * and hyphens ignored), 4 a near miss: the name, or its start, within the allowed slips.
 */
function score(key: string, q: string, qCompact: string): number | undefined {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (key.split(/[\s\-–()/]+/u).some((w) => w.startsWith(q))) return 2;
  const k = compact(key);
  if (key.includes(q) || k.includes(qCompact)) return 3;
  const slips = allowedSlips(qCompact.length);
  if (slips === 0) return undefined;
  if (distance(k, qCompact) <= slips) return 4;
  // A name being typed: compare with its start of the same length.
  if (k.length > qCompact.length && distance(k.slice(0, qCompact.length), qCompact) <= slips) return 4;
  return undefined;
}

const KIND_ORDER: Record<SearchEntry["kind"], number> = { municipality: 0, city: 0, unmapped: 1, organisation: 2 };

/** Best matches first: a whole name, then a name's start, a word's start, anywhere, then near misses. */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = searchKey(query);
  if (q.length === 0) return [];
  const qCompact = compact(q);
  return index
    .flatMap((entry) => {
      const best = Math.min(...entry.keys.map((k) => score(k, q, qCompact) ?? Infinity));
      return Number.isFinite(best) ? [{ entry, best }] : [];
    })
    .sort((a, b) => a.best - b.best || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind])
    .slice(0, limit)
    .map((r) => r.entry);
}
