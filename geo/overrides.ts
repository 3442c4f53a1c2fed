/**
 * Reviewed corrections to the Who's On First records (see ../shared/geo/README.md,
 * "Known quirks"). Every entry names the WOF id it applies to and why.
 * Keep this table small: prefer the records' own fields, fix only what is wrong.
 */

export type { CountryCode } from "../src/geo/schema.ts";

/** Records that are not municipalities and are dropped. */
export const DROP: Readonly<Record<number, string>> = {
  890477593: "RS 'Opština Smederevska Palanka': near-zero area, duplicates 1108810077",
};

/**
 * Records merged into another record (geometry unioned, population summed when
 * every part has one). Keys are merged into values.
 */
export const MERGE_INTO: Readonly<Record<number, { into: number; why: string }>> = {
  // Kosovo: two small detached parts. Neither touches the municipality whose name
  // its record carries; each is merged where the evidence puts it (README, "Kosovo").
  1108809577: {
    into: 1108809537,
    why:
      "XK part named 'Prishtine' (~2.5 km², 42.585 N 21.233 E) borders only Graçanicë (3.0 km) and Lipjan (5.0 km). " +
      "Lipjan's record (338.0 km²) already matches its official area of 338.54 km² " +
      "(http://kk.rks-gov.net/lipjan/Assembly-1.aspx); Graçanicë's record has 122.8 km² against the ~131 km² of its " +
      "OSCE municipal profile (https://docslib.org/doc/3028316/municipal-profile-2018-prishtin%C3%AB-pri%C5%A1tina-region): " +
      "merged into Graçanicë, the only neighbour the missing area fits",
  },
  1108809527: {
    into: 1108809581,
    why:
      "XK part named 'Kamenice' (~3.6 km², south of Ranillug, borders Gjilan and Ranillug): Kamenicë's exclave " +
      "Petroc, south of Ranillug and bordering Gjilan (https://de.wikiup.org/wiki/Gemeinde_Kamenica); Ranillug's " +
      "record (77.4 km²) already matches its 77.62 km² of cadastral zones (https://sr.wikipedia.org/sr-el/" +
      "%D0%9E%D0%BF%D1%88%D1%82%D0%B8%D0%BD%D0%B0_%D0%A0%D0%B0%D0%BD%D0%B8%D0%BB%D1%83%D0%B3)",
  },
  // North Macedonia: merged into Kičevo by the 2004 law, effective 2013.
  85674395: { into: 85674399, why: "MK Drugovo, part of Kičevo since 2013" },
  85674381: { into: 85674399, why: "MK Zajas, part of Kičevo since 2013" },
  85674407: { into: 85674399, why: "MK Oslomej, part of Kičevo since 2013" },
  85674241: { into: 85674399, why: "MK Vraneštica, part of Kičevo since 2013" },
};

/**
 * Records that hold more than one municipality: each part (a polygon of the
 * record's MultiPolygon, chosen by the latitude of its centre) becomes a feature
 * of its own. The first part keeps the WOF id; the others get the WOF id with a
 * two-digit suffix, a stable numeric id that no WOF record uses.
 */
export interface SplitPart {
  id: number;
  /** Polygons whose centre lies in [minLat, maxLat). */
  minLat: number;
  maxLat: number;
  why: string;
}
export const SPLIT: Readonly<Record<number, readonly SplitPart[]>> = {
  1108810015: [
    { id: 1108810015, minLat: 44.5, maxLat: 46, why: "RS Palilula, city municipality of Belgrade (44.8–45.1 N)" },
    { id: 110881001502, minLat: 42, maxLat: 44, why: "RS Palilula, city municipality of Niš (43.2–43.4 N)" },
  ],
};

/** Population figures in the records that are plainly wrong and are dropped. */
export const BAD_POPULATION: Readonly<Record<number, string>> = {
  85674635: "ME Plav: wof:population 215,347 for a municipality of about 9,000 people",
};

/** Official local names where the records' fields are wrong or missing. */
export const LOCAL_NAME: Readonly<Record<number, string>> = {
  // Albania: capitalisation in wof:name.
  1108720883: "Malësi e Madhe",
  1108720909: "Vau i Dejës",
  // North Macedonia: the local-name fields disagree with the official name.
  85674169: "Дебарца",
  85674403: "Маврово и Ростуша",
  // Montenegro: missing diacritic.
  85674673: "Nikšić",
  // Albania: the records' spelling differs from the official name.
  421184543: "Lushnjë",
  1108720859: "Fushë-Arrëz",
  // Serbia: missing diacritic in meso:name_loc.
  1108809989: "Niška Banja",
  // Serbia: the two Palilulas (one record, split above) are told apart by their city.
  1108810015: "Palilula (Beograd)",
  110881001502: "Palilula (Niš)",
  // Bosnia and Herzegovina: current official names of municipalities whose
  // records carry the pre-war and the entity name ("Bosanski Novi / Novi Grad").
  1108758999: "Kozarska Dubica",
  1108759001: "Gradiška",
  1108759007: "Krupa na Uni",
  1108759009: "Brod",
  1108759011: "Novi Grad",
  1108759015: "Petrovac",
  1108759017: "Šamac",
  1108759019: "Bosansko Grahovo",
  1108759055: "Doboj Istok",
  1108759057: "Doboj Jug",
  1108759069: "Istočni Drvar",
  1108759071: "Foča-Ustikolina",
  1108759073: "Foča",
  1108759085: "Novo Goražde",
  1108759091: "Petrovo",
  1108759097: "Pelagićevo",
  1108759107: "Istočna Ilidža",
  1108759117: "Jezero",
  1108759123: "Osmaci",
  1108759135: "Ribnik",
  1108759147: "Kupres (RS)",
  1108759171: "Mostar",
  1108759173: "Istočni Mostar",
  1108759189: "Istočno Novo Sarajevo",
  1108759197: "Donji Žabar",
  1108759199: "Pale-Prača",
  1108759201: "Pale",
  1108759211: "Prozor-Rama",
  1108759223: "Oštra Luka",
  1108759233: "Kneževo",
  1108759247: "Istočni Stari Grad",
  1108759251: "Berkovići",
  1108759267: "Trnovo (FBiH)",
  1108759269: "Trnovo (RS)",
};

/**
 * Kosovo: the records carry ASCII-folded names ("KaCanik", "Shte Rpce").
 * Official names in Albanian and Serbian (Latin), both official languages.
 */
export const KOSOVO_NAMES: Readonly<Record<number, { sq: string; sr: string }>> = {
  1108809493: { sq: "Dragash", sr: "Dragaš" },
  1108809497: { sq: "Hani i Elezit", sr: "Đeneral Janković" },
  1108809499: { sq: "Prizren", sr: "Prizren" },
  1108809501: { sq: "Mamushë", sr: "Mamuša" },
  1108809503: { sq: "Shtërpcë", sr: "Štrpce" },
  1108809505: { sq: "Kaçanik", sr: "Kačanik" },
  1108809507: { sq: "Kllokot", sr: "Klokot" },
  1108809509: { sq: "Rahovec", sr: "Orahovac" },
  1108809511: { sq: "Suharekë", sr: "Suva Reka" },
  1108809515: { sq: "Junik", sr: "Junik" },
  1108809517: { sq: "Partesh", sr: "Parteš" },
  1108809519: { sq: "Viti", sr: "Vitina" },
  1108809521: { sq: "Ferizaj", sr: "Uroševac" },
  1108809523: { sq: "Shtime", sr: "Štimlje" },
  1108809525: { sq: "Gjakovë", sr: "Đakovica" },
  1108809529: { sq: "Deçan", sr: "Dečani" },
  1108809533: { sq: "Malishevë", sr: "Mališevo" },
  1108809535: { sq: "Gjilan", sr: "Gnjilane" },
  1108809537: { sq: "Graçanicë", sr: "Gračanica" },
  1108809539: { sq: "Fushë Kosovë", sr: "Kosovo Polje" },
  1108809541: { sq: "Klinë", sr: "Klina" },
  1108809543: { sq: "Novobërdë", sr: "Novo Brdo" },
  1108809545: { sq: "Drenas", sr: "Glogovac" },
  1108809547: { sq: "Pejë", sr: "Peć" },
  1108809551: { sq: "Obiliq", sr: "Obilić" },
  1108809553: { sq: "Skënderaj", sr: "Srbica" },
  1108809555: { sq: "Istog", sr: "Istok" },
  1108809557: { sq: "Prishtinë", sr: "Priština" },
  1108809559: { sq: "Vushtrri", sr: "Vučitrn" },
  1108809561: { sq: "Zubin Potok", sr: "Zubin Potok" },
  1108809563: { sq: "Zveçan", sr: "Zvečan" },
  1108809565: { sq: "Podujevë", sr: "Podujevo" },
  1108809569: { sq: "Leposaviq", sr: "Leposavić" },
  // Since North Mitrovica became a municipality (2013) the southern one is officially South Mitrovica.
  1108809571: { sq: "Mitrovicë e Jugut", sr: "Južna Mitrovica" },
  // The record is misnamed "Fushe Kosova": it lies 29 km from Fushë Kosovë and borders only
  // Mitrovicë and Zveçan (../shared/geo/README.md): North Mitrovica.
  1108809573: { sq: "Mitrovicë e Veriut", sr: "Severna Mitrovica" },
  1108809575: { sq: "Lipjan", sr: "Lipljan" },
  1108809579: { sq: "Ranillug", sr: "Ranilug" },
  1108809581: { sq: "Kamenicë", sr: "Kamenica" },
};

/** Albanian names where the records have none or a wrong one (outside AL and XK). */
export const ALBANIAN_EXONYMS: Readonly<Record<number, string>> = {
  85674331: "Aerodromi", // MK: the record has "Komuna e Aeorodromit"
  85674617: "Ulqin",
  85674613: "Tivar",
  85674635: "Plavë",
  85674633: "Rozhajë",
  85674689: "Podgoricë",
  1108810039: "Preshevë",
  1108809865: "Bujanoc",
  1108809977: "Medvegjë",
};

/** English names that differ from the local official name. */
export const ENGLISH_EXONYMS: Readonly<Record<number, string>> = {
  421182353: "Tirana",
  1108809997: "New Belgrade",
  1108810015: "Palilula (Belgrade)",
  1108809571: "South Mitrovica",
  1108809573: "North Mitrovica",
};

/**
 * Established Serbian and Macedonian names of Albanian municipalities that
 * differ from the transliterated Albanian name (script.ts, albanianToCyrillic).
 * Both languages use them in their standard reference works (the Serbian and
 * Macedonian Wikipedia articles on these towns carry these titles).
 */
export const CYRILLIC_EXONYMS: Readonly<Record<number, { sr: string; mk: string }>> = {
  421187433: { sr: "Драч", mk: "Драч" }, // Durrës
  421167927: { sr: "Скадар", mk: "Скадар" }, // Shkodër
  421193353: { sr: "Валона", mk: "Валона" }, // Vlorë
};
