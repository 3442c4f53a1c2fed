/**
 * Municipality names in every language the app speaks, from a WOF record.
 * Rules (documented in README, "Place names"):
 * - the official local name comes first (Albanian in AL/XK, Macedonian in MK,
 *   Serbian/Bosnian/Montenegrin Latin in RS/BA/ME), corrected by overrides.ts;
 * - Serbian names exist in both scripts (transliterated);
 * - where a language has no name of its own for a place, the local name is used.
 */
import {
  albanianToCyrillic,
  hasCyrillic,
  macedonianToLatin,
  serbianCyrillicToLatin,
  serbianLatinToCyrillic,
  serbianLatinToMacedonian,
} from "../src/lib/script.ts";
import type { Locale } from "../src/geo/schema.ts";
import {
  ALBANIAN_EXONYMS,
  CYRILLIC_EXONYMS,
  ENGLISH_EXONYMS,
  KOSOVO_NAMES,
  LOCAL_NAME,
  type CountryCode,
} from "./overrides.ts";

export type LocalisedNames = Record<Locale, string>;

export interface NameSource {
  id: number;
  country: CountryCode;
  props: Readonly<Record<string, unknown>>;
}

function preferred(props: NameSource["props"], lang: string): string | undefined {
  const v = props[`name:${lang}_x_preferred`];
  if (Array.isArray(v) && typeof v[0] === "string" && v[0].trim() !== "") return v[0].trim();
  return undefined;
}

function str(props: NameSource["props"], key: string): string | undefined {
  const v = props[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

const ADMIN_WORDS = /^(Градска општина|Општина|Оптшина|Opština|Općina|Komuna e|Bashkia e)\s+|\s+(Municipality)$/u;

/** "Општина Ресен" → "Ресен". */
export function stripAdminWord(name: string): string {
  return name.replace(ADMIN_WORDS, "").replace(/\s+/g, " ").trim();
}

/**
 * Albanian: "Komuna e Tetovës" (genitive) → "Tetova" (definite nominative),
 * the form Albanian speakers in North Macedonia use for these municipalities.
 */
export function albanianNominative(phrase: string): string {
  const stem = phrase.replace(/^Komuna e\s+/u, "");
  return stem
    .split(/(\s+|-)/u)
    .map((word) => {
      if (word === "dhe" || /^(\s+|-)$/u.test(word)) return word;
      if (word.endsWith("isë")) return `${word.slice(0, -3)}ia`;
      if (word.endsWith("ës")) return `${word.slice(0, -2)}a`;
      if (word.endsWith("it")) return `${word.slice(0, -2)}i`;
      if (word.endsWith("ut")) return `${word.slice(0, -2)}u`;
      return word;
    })
    .join("");
}

/** "Bosanski Novi / Novi Grad" → "Novi Grad"; "Mostar (grad)" → "Mostar". */
export function currentBosnianName(name: string): string {
  const parts = name
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  const current = parts[parts.length - 1] ?? name;
  return current
    .replace(/\s*\(grad\)$/iu, "")
    .replace(/\s+/g, " ")
    .trim();
}

function serbianFamily(local: string, id: number): LocalisedNames {
  return {
    sq: ALBANIAN_EXONYMS[id] ?? local,
    "sr-Latn": local,
    "sr-Cyrl": serbianLatinToCyrillic(local),
    mk: serbianLatinToMacedonian(local),
    bs: local,
    en: ENGLISH_EXONYMS[id] ?? local,
  };
}

export interface ResolvedNames {
  /** The official local name, shown where a language has none of its own. */
  local: string;
  names: LocalisedNames;
}

export function resolveNames({ id, country, props }: NameSource): ResolvedNames {
  const wofName = str(props, "wof:name") ?? String(id);
  switch (country) {
    case "AL": {
      const local = LOCAL_NAME[id] ?? wofName;
      const en = ENGLISH_EXONYMS[id] ?? local;
      // Serbian, Bosnian and Macedonian: the established exonym, else the Albanian name in their script.
      const srCyrl = CYRILLIC_EXONYMS[id]?.sr ?? albanianToCyrillic(local, "sr");
      const srLatn = serbianCyrillicToLatin(srCyrl);
      const mk = CYRILLIC_EXONYMS[id]?.mk ?? albanianToCyrillic(local, "mk");
      return { local, names: { sq: local, "sr-Latn": srLatn, "sr-Cyrl": srCyrl, mk, bs: srLatn, en } };
    }
    case "XK": {
      const k = KOSOVO_NAMES[id];
      if (!k) throw new Error(`Kosovo record ${id} ("${wofName}") has no entry in KOSOVO_NAMES`);
      return {
        local: k.sq,
        names: {
          sq: k.sq,
          "sr-Latn": k.sr,
          "sr-Cyrl": serbianLatinToCyrillic(k.sr),
          mk: serbianLatinToMacedonian(k.sr),
          bs: k.sr,
          en: ENGLISH_EXONYMS[id] ?? k.sq,
        },
      };
    }
    case "MK": {
      const candidates = [str(props, "eurostat:name_local"), preferred(props, "mkd")];
      const cyr = LOCAL_NAME[id] ?? candidates.find((c): c is string => c !== undefined && hasCyrillic(c));
      if (!cyr) throw new Error(`MK record ${id} ("${wofName}") has no Macedonian name`);
      const local = stripAdminWord(cyr).replace(/\s+-\s+/gu, "-");
      const sqi = ALBANIAN_EXONYMS[id] ?? preferred(props, "sqi");
      const sq = sqi
        ? sqi.startsWith("Komuna e ")
          ? albanianNominative(sqi)
          : sqi
        : macedonianToLatin(local, "diacritics");
      const srp = preferred(props, "srp");
      const srCyrl = srp && hasCyrillic(srp) ? stripAdminWord(srp) : local;
      const srLatn = macedonianToLatin(serbianCyrillicToLatin(srCyrl), "diacritics");
      return {
        local,
        names: {
          sq,
          "sr-Latn": srLatn,
          "sr-Cyrl": srCyrl,
          mk: local,
          bs: srLatn,
          en: macedonianToLatin(local, "english"),
        },
      };
    }
    case "BA": {
      const local = LOCAL_NAME[id] ?? currentBosnianName(str(props, "meso:name_loc") ?? wofName);
      return { local, names: serbianFamily(local, id) };
    }
    case "RS": {
      const local = LOCAL_NAME[id] ?? str(props, "meso:name_loc") ?? wofName;
      return { local, names: serbianFamily(local, id) };
    }
    case "ME": {
      const local = LOCAL_NAME[id] ?? wofName;
      return { local, names: serbianFamily(local, id) };
    }
  }
}
