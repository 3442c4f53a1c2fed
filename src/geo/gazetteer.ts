/**
 * The reviewed place table beside the municipality layer: municipalities whose
 * boundaries are not in the open data used, cities made of several
 * municipalities, and the other names people type for a municipality. Every
 * entry says where it comes from. Pure data; search.ts and the panels read it.
 */
import type { CountryCode, Locale } from "./schema.ts";

export type PlaceNames = Record<Locale, string>;

export interface PlaceSource {
  url: string;
  /** What the page states, in our own words. */
  claim: string;
}

/**
 * A municipality that exists today but has no boundary in the Who's On First
 * records: it is shown within the municipality it was carved out of. Its id can
 * be used in data files; records naming it are placed in `within`, with a note.
 */
export interface UnmappedMunicipality {
  id: string;
  country: CountryCode;
  names: PlaceNames;
  /** The layer's municipality that contains it on this map, and that one's local name (for messages). */
  within: string;
  withinName: string;
  /** A point in its seat (lon, lat), checked by a test to lie inside `within`. */
  seat: [number, number];
  source: PlaceSource;
}

const WOF_README: PlaceSource = {
  url: "https://github.com/whosonfirst-data/whosonfirst-data-admin-me",
  claim:
    "The Who's On First records have no boundary for Montenegro's newer municipalities or for Stanari and " +
    "Vukosavlje in Bosnia and Herzegovina; their territory lies inside older municipalities' records.",
};

export const UNMAPPED_MUNICIPALITIES: readonly UnmappedMunicipality[] = [
  {
    id: "ME-tuzi",
    country: "ME",
    names: { sq: "Tuz", "sr-Latn": "Tuzi", "sr-Cyrl": "Тузи", mk: "Тузи", bs: "Tuzi", en: "Tuzi" },
    within: "85674689", // Podgorica
    withinName: "Podgorica",
    seat: [19.331, 42.366],
    source: WOF_README,
  },
  {
    id: "ME-zeta",
    country: "ME",
    names: { sq: "Zeta", "sr-Latn": "Zeta", "sr-Cyrl": "Зета", mk: "Зета", bs: "Zeta", en: "Zeta" },
    within: "85674689", // Podgorica
    withinName: "Podgorica",
    seat: [19.23, 42.335], // Golubovci
    source: WOF_README,
  },
  {
    id: "ME-petnjica",
    country: "ME",
    names: {
      sq: "Petnjica",
      "sr-Latn": "Petnjica",
      "sr-Cyrl": "Петњица",
      mk: "Петњица",
      bs: "Petnjica",
      en: "Petnjica",
    },
    within: "85674653", // Berane
    withinName: "Berane",
    seat: [19.964, 42.909],
    source: WOF_README,
  },
  {
    id: "ME-gusinje",
    country: "ME",
    names: { sq: "Guci", "sr-Latn": "Gusinje", "sr-Cyrl": "Гусиње", mk: "Гусиње", bs: "Gusinje", en: "Gusinje" },
    within: "85674635", // Plav
    withinName: "Plav",
    seat: [19.834, 42.562],
    source: WOF_README,
  },
  {
    id: "BA-stanari",
    country: "BA",
    names: { sq: "Stanari", "sr-Latn": "Stanari", "sr-Cyrl": "Станари", mk: "Станари", bs: "Stanari", en: "Stanari" },
    within: "1108759053", // Doboj
    withinName: "Doboj",
    seat: [17.83, 44.75],
    source: WOF_README,
  },
  {
    id: "BA-vukosavlje",
    country: "BA",
    names: {
      sq: "Vukosavlje",
      "sr-Latn": "Vukosavlje",
      "sr-Cyrl": "Вукосавље",
      mk: "Вукосавље",
      bs: "Vukosavlje",
      en: "Vukosavlje",
    },
    within: "1108759169", // Modriča: the seat (44° 59′ N, 18° 17′ E) lies in its record
    withinName: "Modriča",
    seat: [18.283, 44.983],
    source: {
      url: "https://de.wiki.li/Vukosavlje",
      claim:
        "Vukosavlje (seat at 44° 59′ N, 18° 17′ E) was formed from former parts of Modriča and of Odžak cut off " +
        "by the entity line; it has no record of its own in Who's On First.",
    },
  },
];

/** A city made of several municipalities of the layer: searching for it selects them all. */
export interface CityGroup {
  id: string;
  country: CountryCode;
  names: PlaceNames;
  members: readonly string[];
  source: PlaceSource;
}

export const CITY_GROUPS: readonly CityGroup[] = [
  {
    id: "city-skopje",
    country: "MK",
    names: { sq: "Shkup", "sr-Latn": "Skoplje", "sr-Cyrl": "Скопље", mk: "Скопје", bs: "Skoplje", en: "Skopje" },
    members: [
      "85674273", // Centar
      "85674331", // Aerodrom
      "85674261", // Butel
      "85674297", // Gazi Baba
      "85674377", // Gjorče Petrov
      "85674323", // Karpoš
      "85674337", // Kisela Voda
      "85674205", // Saraj
      "85674227", // Čair
      "85674507", // Šuto Orizari
    ],
    source: {
      url: "https://simple.wikipedia.org/wiki/Skopje",
      claim: "The City of Skopje is divided into ten municipalities.",
    },
  },
  {
    id: "city-belgrade",
    country: "RS",
    names: { sq: "Beograd", "sr-Latn": "Beograd", "sr-Cyrl": "Београд", mk: "Белград", bs: "Beograd", en: "Belgrade" },
    members: [
      "1108809835", // Barajevo
      "1108809881", // Čukarica
      "1108809899", // Grocka
      "1108809951", // Lazarevac
      "1108809985", // Mladenovac
      "1108809997", // Novi Beograd
      "1108810007", // Obrenovac
      "1108810015", // Palilula (Beograd)
      "1108810049", // Rakovica
      "1108810063", // Savski Venac
      "1108810083", // Sopot
      "1108810095", // Stari Grad
      "1108810099", // Surčin
      "1108810141", // Voždovac
      "1108810145", // Vračar
      "1108810165", // Zemun
      "1108810173", // Zvezdara
    ],
    source: {
      url: "https://www.beograd.rs/index.php?kat=stadtverwaltung&lang=de&sub=1741408-stadtgemeinden",
      claim: "The City of Belgrade's own site lists its seventeen city municipalities.",
    },
  },
  {
    id: "city-nis",
    country: "RS",
    names: { sq: "Nish", "sr-Latn": "Niš", "sr-Cyrl": "Ниш", mk: "Ниш", bs: "Niš", en: "Niš" },
    members: [
      "1108809879", // Crveni Krst
      "1108809975", // Medijana
      "1108809989", // Niška Banja
      "110881001502", // Palilula (Niš)
      "1108810021", // Pantelej
    ],
    source: {
      url: "https://niskevesti.rs/palilula-i-niska-banja-biraju-predsednika-opstine/",
      claim:
        "Report on the assemblies of Niš's city municipalities Palilula, Niška Banja, Pantelej, Crveni Krst and Medijana.",
    },
  },
  {
    id: "city-sarajevo",
    country: "BA",
    names: {
      sq: "Sarajevë",
      "sr-Latn": "Sarajevo",
      "sr-Cyrl": "Сарајево",
      mk: "Сараево",
      bs: "Sarajevo",
      en: "Sarajevo",
    },
    members: [
      "1108759047", // Centar Sarajevo
      "1108759181", // Novi Grad Sarajevo
      "1108759187", // Novo Sarajevo
      "1108759245", // Stari Grad Sarajevo
    ],
    source: {
      url: "http://sarajevo.ba/about-sarajevo/?lang=en",
      claim: "The City of Sarajevo is made of four city municipalities: Old City, Centre, New City and New Sarajevo.",
    },
  },
  {
    id: "city-istocno-sarajevo",
    country: "BA",
    names: {
      sq: "Sarajeva Lindore",
      "sr-Latn": "Istočno Sarajevo",
      "sr-Cyrl": "Источно Сарајево",
      mk: "Источно Сараево",
      bs: "Istočno Sarajevo",
      en: "East Sarajevo",
    },
    members: [
      "1108759107", // Istočna Ilidža
      "1108759189", // Istočno Novo Sarajevo
      "1108759247", // Istočni Stari Grad
      "1108759201", // Pale
      "1108759235", // Sokolac
      "1108759269", // Trnovo (RS)
    ],
    source: {
      url: "http://www.gradistocnosarajevo.net/index.php/2011-12-13-14-18-42.html",
      claim:
        "The city's own site says it is made of Sokolac, Pale, Istočna Ilidža, Istočno Novo Sarajevo, Trnovo and " +
        "Istočni Stari Grad.",
    },
  },
];

/** Other names people type for a municipality: former names, other spellings. */
export interface Alias {
  /** A municipality of the layer, a city group or an unmapped municipality. */
  target: string;
  names: readonly string[];
  source: PlaceSource;
}

const RECORD_NAMES: PlaceSource = {
  url: "https://github.com/whosonfirst-data/whosonfirst-data-admin-ba",
  claim: "The Who's On First records carry the pre-war name beside the current one (e.g. 'Bosanski Novi / Novi Grad').",
};

export const ALIASES: readonly Alias[] = [
  { target: "1108759011", names: ["Bosanski Novi"], source: RECORD_NAMES },
  { target: "1108758999", names: ["Bosanska Dubica"], source: RECORD_NAMES },
  { target: "1108759001", names: ["Bosanska Gradiška"], source: RECORD_NAMES },
  { target: "1108759009", names: ["Bosanski Brod"], source: RECORD_NAMES },
  { target: "1108759017", names: ["Bosanski Šamac"], source: RECORD_NAMES },
  {
    target: "1108809571",
    names: ["Mitrovicë", "Mitrovica", "Kosovska Mitrovica", "Mitrovica South"],
    source: {
      url: "https://docslib.org/doc/1740700/community-profile-albanian-community",
      claim:
        "ECMI's community profile names the northern municipality 'Mitrovica/Mitrovicë North', apart from Mitrovica.",
    },
  },
  {
    target: "1108809573",
    names: ["Mitrovica North", "Mitrovica/Mitrovicë North", "Sjeverna Mitrovica", "Mitrovica Veriore"],
    source: {
      url: "https://docslib.org/doc/1740700/community-profile-albanian-community",
      claim: "ECMI's community profile lists 'Mitrovica/Mitrovicë North' among Kosovo's municipalities.",
    },
  },
  {
    target: "city-istocno-sarajevo",
    names: ["Srpsko Sarajevo"],
    source: {
      url: "https://sh.m.wikipedia.org/wiki/Isto%C4%8Dno_Sarajevo",
      claim: "Istočno Sarajevo was called Srpsko Sarajevo from 1992 to 2004.",
    },
  },
];

export const unmappedById: ReadonlyMap<string, UnmappedMunicipality> = new Map(
  UNMAPPED_MUNICIPALITIES.map((u) => [u.id, u]),
);
export const cityGroupById: ReadonlyMap<string, CityGroup> = new Map(CITY_GROUPS.map((g) => [g.id, g]));

/** Unmapped municipalities shown within a municipality of the layer. */
export function unmappedWithin(municipalityId: string): UnmappedMunicipality[] {
  return UNMAPPED_MUNICIPALITIES.filter((u) => u.within === municipalityId);
}

/** The layer's municipality that stands for an id: itself, or the one an unmapped municipality lies in. */
export function featureIdFor(id: string): string {
  return unmappedById.get(id)?.within ?? id;
}
