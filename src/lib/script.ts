/**
 * Script conversion for the languages WB Radar speaks.
 *
 * Serbian is written in both Cyrillic and Latin with a one-to-one mapping
 * (Lj/Nj/Dž are single letters in Latin), so either script can be derived from
 * the other. Macedonian Cyrillic is romanised for Latin-script contexts.
 * Pure functions: no DOM, no map.
 */

const SR_LATIN_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["Lj", "Љ"],
  ["LJ", "Љ"],
  ["lj", "љ"],
  ["Nj", "Њ"],
  ["NJ", "Њ"],
  ["nj", "њ"],
  ["Dž", "Џ"],
  ["DŽ", "Џ"],
  ["dž", "џ"],
];

const SR_LATIN_SINGLE: Readonly<Record<string, string>> = {
  A: "А",
  B: "Б",
  C: "Ц",
  Č: "Ч",
  Ć: "Ћ",
  D: "Д",
  Đ: "Ђ",
  E: "Е",
  F: "Ф",
  G: "Г",
  H: "Х",
  I: "И",
  J: "Ј",
  K: "К",
  L: "Л",
  M: "М",
  N: "Н",
  O: "О",
  P: "П",
  R: "Р",
  S: "С",
  Š: "Ш",
  T: "Т",
  U: "У",
  V: "В",
  Z: "З",
  Ž: "Ж",
  a: "а",
  b: "б",
  c: "ц",
  č: "ч",
  ć: "ћ",
  d: "д",
  đ: "ђ",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  j: "ј",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  š: "ш",
  t: "т",
  u: "у",
  v: "в",
  z: "з",
  ž: "ж",
};

function invert(map: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) out[v] = k;
  return out;
}

const SR_CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  ...invert(SR_LATIN_SINGLE),
  Љ: "Lj",
  љ: "lj",
  Њ: "Nj",
  њ: "nj",
  Џ: "Dž",
  џ: "dž",
};

function convert(
  text: string,
  digraphs: ReadonlyArray<readonly [string, string]>,
  single: Readonly<Record<string, string>>,
): string {
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (const [from, to] of digraphs) {
      if (text.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    const ch = text[i] as string;
    out += single[ch] ?? ch;
    i += 1;
  }
  return out;
}

/** Serbian (or Bosnian/Montenegrin) Latin → Serbian Cyrillic. */
export function serbianLatinToCyrillic(text: string): string {
  return convert(text.normalize("NFC"), SR_LATIN_DIGRAPHS, SR_LATIN_SINGLE);
}

/** Serbian Cyrillic → Serbian Latin (Gaj's alphabet). */
export function serbianCyrillicToLatin(text: string): string {
  return convert(text.normalize("NFC"), [], SR_CYRILLIC_TO_LATIN);
}

/** Serbian Latin → Macedonian Cyrillic (Ć→Ќ, Đ→Ѓ). */
export function serbianLatinToMacedonian(text: string): string {
  return convert(text.normalize("NFC"), SR_LATIN_DIGRAPHS, {
    ...SR_LATIN_SINGLE,
    Ć: "Ќ",
    ć: "ќ",
    Đ: "Ѓ",
    đ: "ѓ",
  });
}

const MK_TO_LATIN_COMMON: Readonly<Record<string, string>> = {
  А: "A",
  Б: "B",
  В: "V",
  Г: "G",
  Д: "D",
  Е: "E",
  З: "Z",
  И: "I",
  Ј: "J",
  К: "K",
  Л: "L",
  М: "M",
  Н: "N",
  О: "O",
  П: "P",
  Р: "R",
  С: "S",
  Т: "T",
  У: "U",
  Ф: "F",
  Х: "H",
  Ц: "C",
  Љ: "Lj",
  Њ: "Nj",
  Ѕ: "Dz",
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  з: "z",
  и: "i",
  ј: "j",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  љ: "lj",
  њ: "nj",
  ѕ: "dz",
};

/**
 * Macedonian Cyrillic → Latin.
 * - "diacritics": the Latin used in Serbian/Bosnian texts (Štip, Kičevo, Đ for Ѓ is not used: Ǵ/Ḱ).
 * - "english": the romanisation of the Government of North Macedonia (Shtip, Kichevo, Gjorche).
 */
export function macedonianToLatin(text: string, style: "diacritics" | "english"): string {
  const extra: Record<string, string> =
    style === "english"
      ? { Ж: "Zh", ж: "zh", Ч: "Ch", ч: "ch", Ш: "Sh", ш: "sh", Ѓ: "Gj", ѓ: "gj", Ќ: "Kj", ќ: "kj", Џ: "Dzh", џ: "dzh" }
      : { Ж: "Ž", ж: "ž", Ч: "Č", ч: "č", Ш: "Š", ш: "š", Ѓ: "Ǵ", ѓ: "ǵ", Ќ: "Ḱ", ќ: "ḱ", Џ: "Dž", џ: "dž" };
  return convert(text.normalize("NFC"), [], { ...MK_TO_LATIN_COMMON, ...extra });
}

/** True when the text contains at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

/**
 * A search key that ignores case, diacritics and script: Cyrillic is first
 * romanised, then accents are stripped ("Čačak", "Чачак", "cacak" all match).
 */
export function searchKey(text: string): string {
  const latin = hasCyrillic(text) ? macedonianToLatin(serbianCyrillicToLatin(text), "diacritics") : text;
  return latin.normalize("NFD").replace(/\p{M}/gu, "").replace(/[Đđ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Albanian Latin digraphs, longest first; values: [Serbian Cyrillic, Macedonian Cyrillic]. */
const SQ_DIGRAPHS: ReadonlyArray<readonly [string, string, string]> = [
  ["dh", "д", "д"],
  ["gj", "ђ", "ѓ"],
  ["ll", "л", "л"],
  ["nj", "њ", "њ"],
  ["rr", "р", "р"],
  ["sh", "ш", "ш"],
  ["th", "т", "т"],
  ["xh", "џ", "џ"],
  ["zh", "ж", "ж"],
];
const SQ_SINGLE: Readonly<Record<string, readonly [string, string]>> = {
  a: ["а", "а"],
  b: ["б", "б"],
  c: ["ц", "ц"],
  ç: ["ч", "ч"],
  d: ["д", "д"],
  e: ["е", "е"],
  ë: ["е", "е"],
  f: ["ф", "ф"],
  g: ["г", "г"],
  h: ["х", "х"],
  i: ["и", "и"],
  j: ["ј", "ј"],
  k: ["к", "к"],
  l: ["л", "л"],
  m: ["м", "м"],
  n: ["н", "н"],
  o: ["о", "о"],
  p: ["п", "п"],
  q: ["ћ", "ќ"],
  r: ["р", "р"],
  s: ["с", "с"],
  t: ["т", "т"],
  u: ["у", "у"],
  v: ["в", "в"],
  x: ["дз", "ѕ"],
  y: ["и", "и"],
  z: ["з", "з"],
};

/**
 * An Albanian place name in Serbian or Macedonian Cyrillic, the way both
 * languages usually write Albanian towns: the definite form of a name ending
 * in -ë or -ër (Tiranë → Тирана, Korçë → Корча, Shkodër → Шкодра; established
 * exonyms such as Скадар come from a reviewed table, not from here), letter by
 * letter otherwise (gj → Ђ/Ѓ, q → Ћ/Ќ, x → Дз/Ѕ).
 */
export function albanianToCyrillic(name: string, target: "sr" | "mk"): string {
  const col = target === "sr" ? 1 : 2;
  const definite = name.normalize("NFC").replace(/ër$/u, "ra").replace(/ë$/u, "a");
  let out = "";
  let i = 0;
  outer: while (i < definite.length) {
    const rest = definite.slice(i).toLowerCase();
    const upper = definite[i] !== definite[i]?.toLowerCase();
    const cap = (s: string) => (upper ? (s[0] as string).toUpperCase() + s.slice(1) : s);
    for (const d of SQ_DIGRAPHS) {
      if (rest.startsWith(d[0])) {
        out += cap(d[col] as string);
        i += 2;
        continue outer;
      }
    }
    const ch = rest[0] as string;
    const mapped = SQ_SINGLE[ch];
    out += mapped ? cap(mapped[col - 1] as string) : (definite[i] as string);
    i += 1;
  }
  return out;
}
