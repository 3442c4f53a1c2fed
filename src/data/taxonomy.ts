/**
 * The dataset's controlled vocabularies: stable ids (used in data files and
 * spreadsheets) and their labels in every app language.
 *
 * Terms follow the regional P/CVE mapping of the "Communities First" hub and
 * the WB-OCR (see data/README.md). Serbian Cyrillic labels are transliterated
 * from Serbian Latin, as the geo build does for place names.
 */
import type { Locale } from "../geo/schema.ts";
import { serbianLatinToCyrillic } from "../lib/script.ts";

/** Labels written by hand; Serbian Cyrillic is derived. */
type WrittenLabels = Record<Exclude<Locale, "sr-Cyrl">, string>;
export type Labels = Record<Locale, string>;

function labels(written: WrittenLabels): Labels {
  return { ...written, "sr-Cyrl": serbianLatinToCyrillic(written["sr-Latn"]) };
}

function vocabulary<const Id extends string>(terms: Record<Id, WrittenLabels>) {
  const ids = Object.keys(terms) as [Id, ...Id[]];
  const byId = Object.fromEntries(ids.map((id) => [id, labels(terms[id])])) as Record<Id, Labels>;
  return { ids, labels: byId };
}

export const ORGANISATION_KINDS = vocabulary({
  "think-tank": {
    en: "Think tank / research institute",
    sq: "Think tank / institut kërkimor",
    "sr-Latn": "Istraživački centar / institut",
    mk: "Тинк-тенк / истражувачки институт",
    bs: "Istraživački centar / institut",
  },
  women: {
    en: "Women's organisation",
    sq: "Organizatë e grave",
    "sr-Latn": "Ženska organizacija",
    mk: "Женска организација",
    bs: "Ženska organizacija",
  },
  youth: {
    en: "Youth organisation",
    sq: "Organizatë rinore",
    "sr-Latn": "Omladinska organizacija",
    mk: "Младинска организација",
    bs: "Omladinska organizacija",
  },
  "faith-based": {
    en: "Faith-based organisation",
    sq: "Organizatë me bazë fetare",
    "sr-Latn": "Verska organizacija",
    mk: "Верска организација",
    bs: "Vjerska organizacija",
  },
  community: {
    en: "Community group",
    sq: "Grup komunitar",
    "sr-Latn": "Grupa zajednice",
    mk: "Група на заедницата",
    bs: "Grupa zajednice",
  },
  media: {
    en: "Media",
    sq: "Media",
    "sr-Latn": "Mediji",
    mk: "Медиуми",
    bs: "Mediji",
  },
  network: {
    en: "Network / platform",
    sq: "Rrjet / platformë",
    "sr-Latn": "Mreža / platforma",
    mk: "Мрежа / платформа",
    bs: "Mreža / platforma",
  },
  government: {
    en: "Government body",
    sq: "Organ qeveritar",
    "sr-Latn": "Državni organ",
    mk: "Државен орган",
    bs: "Državni organ",
  },
  international: {
    en: "International organisation",
    sq: "Organizatë ndërkombëtare",
    "sr-Latn": "Međunarodna organizacija",
    mk: "Меѓународна организација",
    bs: "Međunarodna organizacija",
  },
  cso: {
    en: "Civil society organisation",
    sq: "Organizatë e shoqërisë civile",
    "sr-Latn": "Organizacija civilnog društva",
    mk: "Граѓанска организација",
    bs: "Organizacija civilnog društva",
  },
  academic: {
    en: "University / academic",
    sq: "Universitet / akademik",
    "sr-Latn": "Univerzitet / akademska ustanova",
    mk: "Универзитет / академска институција",
    bs: "Univerzitet / akademska ustanova",
  },
  foundation: {
    en: "Foundation / grant-maker",
    sq: "Fondacion / grantdhënës",
    "sr-Latn": "Fondacija / davalac grantova",
    mk: "Фондација / давател на грантови",
    bs: "Fondacija / davalac grantova",
  },
});

export const DONOR_TYPES = vocabulary({
  eu: {
    en: "European Union",
    sq: "Bashkimi Evropian",
    "sr-Latn": "Evropska unija",
    mk: "Европска унија",
    bs: "Evropska unija",
  },
  bilateral: {
    en: "Bilateral (foreign government)",
    sq: "Bilateral (qeveri e huaj)",
    "sr-Latn": "Bilateralni (strana vlada)",
    mk: "Билатерален (странска влада)",
    bs: "Bilateralni (strana vlada)",
  },
  multilateral: {
    en: "Multilateral / UN",
    sq: "Shumëpalësh / OKB",
    "sr-Latn": "Multilateralni / UN",
    mk: "Мултилатерален / ОН",
    bs: "Multilateralni / UN",
  },
  "private-foundation": {
    en: "Private foundation",
    sq: "Fondacion privat",
    "sr-Latn": "Privatna fondacija",
    mk: "Приватна фондација",
    bs: "Privatna fondacija",
  },
  government: {
    en: "National or local government",
    sq: "Qeveri kombëtare ose vendore",
    "sr-Latn": "Nacionalna ili lokalna vlast",
    mk: "Национална или локална власт",
    bs: "Državna ili lokalna vlast",
  },
  other: {
    en: "Other",
    sq: "Tjetër",
    "sr-Latn": "Drugo",
    mk: "Друго",
    bs: "Drugo",
  },
});

export const ACTIVITY_TYPES = vocabulary({
  "critical-thinking": {
    en: "Critical-thinking skills",
    sq: "Aftësi të të menduarit kritik",
    "sr-Latn": "Veštine kritičkog mišljenja",
    mk: "Вештини за критичко размислување",
    bs: "Vještine kritičkog mišljenja",
  },
  "community-engagement": {
    en: "Community engagement",
    sq: "Angazhim i komunitetit",
    "sr-Latn": "Angažovanje zajednice",
    mk: "Вклучување на заедницата",
    bs: "Angažman zajednice",
  },
  "interfaith-dialogue": {
    en: "Interfaith dialogue",
    sq: "Dialog ndërfetar",
    "sr-Latn": "Međuverski dijalog",
    mk: "Меѓуверски дијалог",
    bs: "Međuvjerski dijalog",
  },
  "counter-messaging": {
    en: "Counter-messaging",
    sq: "Kundër-mesazhe",
    "sr-Latn": "Kontra-narativi",
    mk: "Контра-пораки",
    bs: "Kontra-narativi",
  },
  empowerment: {
    en: "Empowerment of youth and all genders",
    sq: "Fuqizim i të rinjve dhe i të gjitha gjinive",
    "sr-Latn": "Osnaživanje mladih i svih rodova",
    mk: "Зајакнување на младите и на сите родови",
    bs: "Osnaživanje mladih i svih spolova",
  },
  "awareness-raising": {
    en: "Awareness of mothers, women and teachers about signs of radicalisation",
    sq: "Ndërgjegjësim i nënave, grave dhe mësuesve për shenjat e radikalizimit",
    "sr-Latn": "Podizanje svesti majki, žena i nastavnika o znacima radikalizacije",
    mk: "Подигање на свеста кај мајките, жените и наставниците за знаците на радикализација",
    bs: "Podizanje svijesti majki, žena i nastavnika o znakovima radikalizacije",
  },
  mediation: {
    en: "Mediation and similar measures",
    sq: "Ndërmjetësim dhe masa të ngjashme",
    "sr-Latn": "Medijacija i slične mere",
    mk: "Медијација и слични мерки",
    bs: "Medijacija i slične mjere",
  },
  "human-rights": {
    en: "Human rights",
    sq: "Të drejtat e njeriut",
    "sr-Latn": "Ljudska prava",
    mk: "Човекови права",
    bs: "Ljudska prava",
  },
  education: {
    en: "Education programmes",
    sq: "Programe arsimore",
    "sr-Latn": "Obrazovni programi",
    mk: "Образовни програми",
    bs: "Obrazovni programi",
  },
  "peace-activism": {
    en: "Peace activism",
    sq: "Aktivizëm për paqe",
    "sr-Latn": "Mirovni aktivizam",
    mk: "Мировен активизам",
    bs: "Mirovni aktivizam",
  },
  research: {
    en: "Research",
    sq: "Kërkim",
    "sr-Latn": "Istraživanje",
    mk: "Истражување",
    bs: "Istraživanje",
  },
  referral: {
    en: "Referral systems",
    sq: "Sisteme referimi",
    "sr-Latn": "Sistemi upućivanja",
    mk: "Системи за упатување",
    bs: "Sistemi upućivanja",
  },
  advocacy: {
    en: "Policy advocacy",
    sq: "Avokim për politika",
    "sr-Latn": "Zagovaranje politika",
    mk: "Застапување за политики",
    bs: "Zagovaranje politika",
  },
  "capacity-building": {
    en: "Capacity building, training",
    sq: "Ngritje kapacitetesh, trajnime",
    "sr-Latn": "Jačanje kapaciteta, obuke",
    mk: "Градење капацитети, обуки",
    bs: "Jačanje kapaciteta, obuke",
  },
  networking: {
    en: "Networking and coordination",
    sq: "Rrjetëzim dhe koordinim",
    "sr-Latn": "Umrežavanje i koordinacija",
    mk: "Вмрежување и координација",
    bs: "Umrežavanje i koordinacija",
  },
  "small-grants": {
    en: "Small grants, re-granting",
    sq: "Grante të vogla, rigrantim",
    "sr-Latn": "Mali grantovi, podgrantovi",
    mk: "Мали грантови, подгрантови",
    bs: "Mali grantovi, podgrantovi",
  },
  psychosocial: {
    en: "Psycho-social support, counselling",
    sq: "Mbështetje psiko-sociale, këshillim",
    "sr-Latn": "Psihosocijalna podrška, savetovanje",
    mk: "Психосоцијална поддршка, советување",
    bs: "Psihosocijalna podrška, savjetovanje",
  },
  "policy-monitoring": {
    en: "Monitoring of public policy",
    sq: "Monitorim i politikave publike",
    "sr-Latn": "Praćenje javnih politika",
    mk: "Следење на јавните политики",
    bs: "Praćenje javnih politika",
  },
  "media-reporting": {
    en: "Media, journalism, investigations",
    sq: "Media, gazetari, hulumtime",
    "sr-Latn": "Mediji, novinarstvo, istraživanja",
    mk: "Медиуми, новинарство, истражувања",
    bs: "Mediji, novinarstvo, istraživanja",
  },
  "victim-support": {
    en: "Support to victims",
    sq: "Mbështetje për viktimat",
    "sr-Latn": "Podrška žrtvama",
    mk: "Поддршка на жртвите",
    bs: "Podrška žrtvama",
  },
});

export const LEVELS = vocabulary({
  prevention: {
    en: "Prevention",
    sq: "Parandalim",
    "sr-Latn": "Prevencija",
    mk: "Превенција",
    bs: "Prevencija",
  },
  intervention: {
    en: "Intervention",
    sq: "Ndërhyrje",
    "sr-Latn": "Intervencija",
    mk: "Интервенција",
    bs: "Intervencija",
  },
  "rehabilitation-reintegration": {
    en: "Rehabilitation and reintegration",
    sq: "Rehabilitim dhe riintegrim",
    "sr-Latn": "Rehabilitacija i reintegracija",
    mk: "Рехабилитација и реинтеграција",
    bs: "Rehabilitacija i reintegracija",
  },
});

export const EXTREMISM_FORMS = vocabulary({
  "religiously-inspired": {
    en: "Religiously inspired",
    sq: "I frymëzuar fetarisht",
    "sr-Latn": "Verski motivisan",
    mk: "Верски мотивиран",
    bs: "Vjerski motivisan",
  },
  "right-wing": {
    en: "Right-wing / ethno-nationalist",
    sq: "I djathtë / etno-nacionalist",
    "sr-Latn": "Desničarski / etnonacionalistički",
    mk: "Десничарски / етнонационалистички",
    bs: "Desničarski / etnonacionalistički",
  },
  reciprocal: {
    en: "Reciprocal",
    sq: "Reciprok",
    "sr-Latn": "Recipročni",
    mk: "Реципрочен",
    bs: "Recipročni",
  },
});

/** Organised crime is not a form of extremism: its topics are a dimension of their own. */
export const OC_TOPICS = vocabulary({
  "drug-trafficking": {
    en: "Drug trafficking",
    sq: "Trafikim droge",
    "sr-Latn": "Trgovina drogom",
    mk: "Трговија со дрога",
    bs: "Trgovina drogom",
  },
  corruption: {
    en: "Corruption",
    sq: "Korrupsion",
    "sr-Latn": "Korupcija",
    mk: "Корупција",
    bs: "Korupcija",
  },
  "money-laundering": {
    en: "Money laundering",
    sq: "Pastrim parash",
    "sr-Latn": "Pranje novca",
    mk: "Перење пари",
    bs: "Pranje novca",
  },
  "human-trafficking": {
    en: "Human trafficking",
    sq: "Trafikim i qenieve njerëzore",
    "sr-Latn": "Trgovina ljudima",
    mk: "Трговија со луѓе",
    bs: "Trgovina ljudima",
  },
  "migrant-smuggling": {
    en: "Migrant smuggling",
    sq: "Kontrabandë e migrantëve",
    "sr-Latn": "Krijumčarenje migranata",
    mk: "Криумчарење мигранти",
    bs: "Krijumčarenje migranata",
  },
  "arms-trafficking": {
    en: "Arms trafficking",
    sq: "Trafikim armësh",
    "sr-Latn": "Trgovina oružjem",
    mk: "Трговија со оружје",
    bs: "Trgovina oružjem",
  },
  cybercrime: {
    en: "Cybercrime",
    sq: "Krim kibernetik",
    "sr-Latn": "Visokotehnološki kriminal",
    mk: "Компјутерски криминал",
    bs: "Kibernetički kriminal",
  },
  extortion: {
    en: "Extortion",
    sq: "Zhvatje",
    "sr-Latn": "Iznuda",
    mk: "Изнуда",
    bs: "Iznuda",
  },
  "other-oc": {
    en: "Organised crime (other or general)",
    sq: "Krim i organizuar (tjetër ose i përgjithshëm)",
    "sr-Latn": "Organizovani kriminal (drugo ili uopšte)",
    mk: "Организиран криминал (друго или општо)",
    bs: "Organizirani kriminal (drugo ili općenito)",
  },
});

/** What a funding figure is: only a grant to the project is the project's money. */
export const FUNDING_KINDS = vocabulary({
  grant: {
    en: "Grant to the project",
    sq: "Grant për projektin",
    "sr-Latn": "Grant projektu",
    mk: "Грант за проектот",
    bs: "Grant projektu",
  },
  "call-envelope": {
    en: "Envelope of a call (shared by all grants)",
    sq: "Fondi i një thirrjeje (për të gjitha grantet)",
    "sr-Latn": "Ukupan iznos poziva (za sve grantove)",
    mk: "Вкупен износ на повикот (за сите грантови)",
    bs: "Ukupan iznos poziva (za sve grantove)",
  },
  "programme-total": {
    en: "Total of a programme",
    sq: "Totali i një programi",
    "sr-Latn": "Ukupan iznos programa",
    mk: "Вкупен износ на програмата",
    bs: "Ukupan iznos programa",
  },
  "grant-size-range": {
    en: "Size range of grants offered",
    sq: "Madhësia e granteve të ofruara",
    "sr-Latn": "Raspon ponuđenih grantova",
    mk: "Опсег на понудените грантови",
    bs: "Raspon ponuđenih grantova",
  },
});

export const PLACE_KINDS = vocabulary({
  "donor-focus": {
    en: "Named as a donor's focus area",
    sq: "Zonë fokusi e përmendur nga donatori",
    "sr-Latn": "Fokusno područje donatora",
    mk: "Фокусно подрачје на донаторот",
    bs: "Fokusno područje donatora",
  },
  reported: {
    en: "Named in public reporting",
    sq: "E përmendur në raportime publike",
    "sr-Latn": "Pominje se u javnim izveštajima",
    mk: "Споменато во јавни извештаи",
    bs: "Spominje se u javnim izvještajima",
  },
});

export const CONFIDENCE = vocabulary({
  official: {
    en: "Official",
    sq: "Zyrtare",
    "sr-Latn": "Zvanično",
    mk: "Официјално",
    bs: "Zvanično",
  },
  reported: {
    en: "Reported",
    sq: "E raportuar",
    "sr-Latn": "Prema izveštajima",
    mk: "Според извештаи",
    bs: "Prema izvještajima",
  },
  estimate: {
    en: "Estimate",
    sq: "Vlerësim",
    "sr-Latn": "Procena",
    mk: "Проценка",
    bs: "Procjena",
  },
});

export const LOCATION_PRECISIONS = vocabulary({
  exact: {
    en: "Exact point",
    sq: "Pikë e saktë",
    "sr-Latn": "Tačna lokacija",
    mk: "Точна локација",
    bs: "Tačna lokacija",
  },
  municipality: {
    en: "Municipality only",
    sq: "Vetëm komuna",
    "sr-Latn": "Samo opština",
    mk: "Само општина",
    bs: "Samo općina",
  },
  country: {
    en: "Country only",
    sq: "Vetëm shteti",
    "sr-Latn": "Samo država",
    mk: "Само држава",
    bs: "Samo država",
  },
});

export const PROJECT_STATUSES = vocabulary({
  planned: {
    en: "Planned",
    sq: "E planifikuar",
    "sr-Latn": "Planiran",
    mk: "Планиран",
    bs: "Planiran",
  },
  ongoing: {
    en: "Ongoing",
    sq: "Në zbatim",
    "sr-Latn": "U toku",
    mk: "Во тек",
    bs: "U toku",
  },
  completed: {
    en: "Completed",
    sq: "E përfunduar",
    "sr-Latn": "Završen",
    mk: "Завршен",
    bs: "Završen",
  },
});

export const INDICATOR_DIRECTIONS = vocabulary({
  "higher-is-worse": {
    en: "Higher is worse",
    sq: "Më e lartë është më keq",
    "sr-Latn": "Više je lošije",
    mk: "Повисоко е полошо",
    bs: "Više je lošije",
  },
  "higher-is-better": {
    en: "Higher is better",
    sq: "Më e lartë është më mirë",
    "sr-Latn": "Više je bolje",
    mk: "Повисоко е подобро",
    bs: "Više je bolje",
  },
  neutral: {
    en: "Neither better nor worse (a count, e.g. population)",
    sq: "As më mirë as më keq (një numërim, p.sh. popullsia)",
    "sr-Latn": "Ni bolje ni lošije (broj, npr. stanovništvo)",
    mk: "Ни подобро ни полошо (број, на пр. население)",
    bs: "Ni bolje ni lošije (broj, npr. stanovništvo)",
  },
});

/** Every vocabulary, by the name data/README.md and the spreadsheet template use. */
export const TAXONOMY = {
  organisationKind: ORGANISATION_KINDS,
  donorType: DONOR_TYPES,
  activityType: ACTIVITY_TYPES,
  level: LEVELS,
  extremismForm: EXTREMISM_FORMS,
  ocTopic: OC_TOPICS,
  fundingKind: FUNDING_KINDS,
  placeKind: PLACE_KINDS,
  confidence: CONFIDENCE,
  locationPrecision: LOCATION_PRECISIONS,
  projectStatus: PROJECT_STATUSES,
  indicatorDirection: INDICATOR_DIRECTIONS,
} as const;
export type VocabularyName = keyof typeof TAXONOMY;

/** A term's label in a language; the id itself for an id the vocabulary does not know. */
export function termLabel(vocabulary: VocabularyName, id: string, locale: Locale): string {
  const terms: Record<string, Labels> = TAXONOMY[vocabulary].labels;
  return terms[id]?.[locale] ?? id;
}
