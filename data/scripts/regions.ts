/**
 * Regions the research names whose municipalities a cited page lists. A project
 * naming one reaches those municipalities as a region (never as if it named
 * each). Regions no page defines (e.g. "South Serbia", "northern Montenegro")
 * are not here: projects keep them as the source states them.
 */
import type { LocalizedText } from "../../src/data/schema.ts";
import type { CountryCode } from "../../src/geo/schema.ts";

export interface RegionDefinition {
  id: string;
  country: CountryCode;
  label: LocalizedText;
  /** Names the research files use for it. */
  names: string[];
  /** Municipality names as on the map (resolved to ids by the encoder). */
  memberNames: string[];
  members: string[];
  source: { url: string; claim: string };
}

const define = (r: Omit<RegionDefinition, "members">): RegionDefinition => ({ ...r, members: [] });

export const REGIONS: RegionDefinition[] = [
  define({
    id: "region-sandzak-rs",
    country: "RS",
    label: {
      en: "Sandžak (Serbia)",
      "sr-Latn": "Sandžak (Srbija)",
      "sr-Cyrl": "Санџак (Србија)",
      bs: "Sandžak (Srbija)",
      sq: "Sanxhaku (Serbi)",
      mk: "Санџак (Србија)",
    },
    names: ["Sandžak", "Sandzak", "Sandžak region", "South Serbia and Sandžak"],
    memberNames: ["Novi Pazar", "Tutin", "Sjenica", "Prijepolje", "Priboj", "Nova Varoš"],
    source: {
      url: "https://sandzackaknjizevnost.net/tag/florian-bieber/",
      claim:
        "Sandžak is not an administrative region; it usually covers up to six municipalities in Serbia (Novi Pazar, " +
        "Tutin, Sjenica, Prijepolje, Priboj, Nova Varoš) and six in Montenegro.",
    },
  }),
  define({
    id: "region-sandzak-me",
    country: "ME",
    label: {
      en: "Sandžak (Montenegro)",
      "sr-Latn": "Sandžak (Crna Gora)",
      "sr-Cyrl": "Санџак (Црна Гора)",
      bs: "Sandžak (Crna Gora)",
      sq: "Sanxhaku (Mali i Zi)",
      mk: "Санџак (Црна Гора)",
    },
    names: ["Sandžak", "Sandzak"],
    memberNames: ["Bijelo Polje", "Rožaje", "Plav", "Pljevlja", "Berane", "Andrijevica"],
    source: {
      url: "https://sandzackaknjizevnost.net/tag/florian-bieber/",
      claim:
        "Sandžak usually covers six Montenegrin municipalities: Bijelo Polje, Rožaje, Plav, Pljevlja, Berane and " +
        "Andrijevica (and up to six in Serbia).",
    },
  }),
  define({
    id: "region-north-kosovo",
    country: "XK",
    label: {
      en: "North Kosovo",
      sq: "Kosova Veriore",
      "sr-Latn": "Severno Kosovo",
      "sr-Cyrl": "Северно Косово",
      bs: "Sjeverno Kosovo",
      mk: "Северно Косово",
    },
    names: [
      "North Kosovo",
      "Northern Kosovo",
      "northern Kosovo",
      "veri i Kosovës",
      "pjesa veriore e Kosovës",
      "the north of Kosovo",
    ],
    memberNames: ["Mitrovicë e Veriut", "Leposaviq", "Zveçan", "Zubin Potok"],
    source: {
      url: "https://en.wikipedia.org/wiki/North_Kosovo",
      claim:
        "North Kosovo is generally understood as four Serb-majority municipalities: North Mitrovica, Leposavić, Zvečan and Zubin Potok.",
    },
  }),
  define({
    id: "region-una-sana",
    country: "BA",
    label: {
      en: "Una-Sana Canton",
      bs: "Unsko-sanski kanton",
      "sr-Latn": "Unsko-sanski kanton",
      "sr-Cyrl": "Унско-сански кантон",
      mk: "Унско-сански кантон",
      sq: "Kantoni Una-Sana",
    },
    names: ["Una-Sana Canton", "Una-Sana canton", "Unsko-sanski kanton", "USK"],
    memberNames: [
      "Bihać",
      "Bosanska Krupa",
      "Bosanski Petrovac",
      "Bužim",
      "Cazin",
      "Ključ",
      "Sanski Most",
      "Velika Kladuša",
    ],
    source: {
      url: "https://en.wikipedia.org/wiki/Unsko-sanski_kanton",
      claim:
        "The Una-Sana Canton is made of Bihać, Bosanska Krupa, Bosanski Petrovac, Bužim, Cazin, Ključ, Sanski Most and Velika Kladuša.",
    },
  }),
  define({
    id: "region-herzegovina-neretva",
    country: "BA",
    label: {
      en: "Herzegovina-Neretva Canton",
      bs: "Hercegovačko-neretvanski kanton",
      "sr-Latn": "Hercegovačko-neretvanski kanton",
      "sr-Cyrl": "Херцеговачко-неретвански кантон",
      mk: "Херцеговско-неретвански кантон",
      sq: "Kantoni Hercegovinë-Neretva",
    },
    names: ["Herzegovina-Neretva Canton", "Hercegovačko-neretvanski kanton", "HNK"],
    memberNames: ["Čapljina", "Čitluk", "Jablanica", "Konjic", "Mostar", "Neum", "Prozor-Rama", "Ravno", "Stolac"],
    source: {
      url: "https://en.academic.ru/dic.nsf/enwiki/207465",
      claim: "The canton is split into Čapljina, Čitluk, Jablanica, Konjic, Mostar, Neum, Rama, Ravno and Stolac.",
    },
  }),
  define({
    id: "region-west-herzegovina",
    country: "BA",
    label: {
      en: "West Herzegovina Canton",
      bs: "Zapadnohercegovački kanton",
      "sr-Latn": "Zapadnohercegovački kanton",
      "sr-Cyrl": "Западнохерцеговачки кантон",
      mk: "Западнохерцеговски кантон",
      sq: "Kantoni i Hercegovinës Perëndimore",
    },
    names: ["West Herzegovina Canton", "West Herzegovina"],
    memberNames: ["Široki Brijeg", "Grude", "Ljubuški", "Posušje"],
    source: {
      url: "https://en.wikipedia.org/wiki/West_Herzegovina_Canton",
      claim: "The canton's seat is Široki Brijeg; its other municipalities are Grude, Ljubuški and Posušje.",
    },
  }),
  define({
    id: "region-canton-10",
    country: "BA",
    label: {
      en: "Canton 10",
      bs: "Kanton 10",
      "sr-Latn": "Kanton 10",
      "sr-Cyrl": "Кантон 10",
      mk: "Кантон 10",
      sq: "Kantoni 10",
    },
    names: ["Canton 10", "Canton 10 (Herzeg-Bosnia)", "Herzeg-Bosnia Canton", "Livno Canton"],
    memberNames: ["Bosansko Grahovo", "Drvar", "Glamoč", "Kupres", "Tomislavgrad", "Livno"],
    source: {
      url: "https://en.wikipedia.org/wiki/Canton_10",
      claim: "Canton 10 is divided into Bosansko Grahovo, Drvar, Glamoč, Kupres, Tomislavgrad and the city of Livno.",
    },
  }),
  define({
    id: "region-pcinja",
    country: "RS",
    label: {
      en: "Pčinja District",
      "sr-Latn": "Pčinjski okrug",
      "sr-Cyrl": "Пчињски округ",
      bs: "Pčinjski okrug",
      mk: "Пчињски округ",
      sq: "Qarku i Pçinjës",
    },
    names: ["Pčinja District", "Pčinjski okrug", "Pcinja District"],
    memberNames: ["Vranje", "Bujanovac", "Preševo", "Trgovište", "Vladičin Han", "Surdulica", "Bosilegrad"],
    source: {
      url: "http://www.pcinjski.okrug.gov.rs/o-nama/",
      claim:
        "The district's own page lists the city of Vranje and the municipalities Bujanovac, Preševo, Trgovište, " +
        "Vladičin Han, Surdulica and Bosilegrad.",
    },
  }),
];
