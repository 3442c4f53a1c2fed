/** Every language's strings at once, for tests that compare them (the app loads them one by one: index.ts). */
import type { Locale } from "../geo/schema.ts";
import bs from "./locales/bs/translation.json";
import en from "./locales/en/translation.json";
import mk from "./locales/mk/translation.json";
import sq from "./locales/sq/translation.json";
import srCyrl from "./locales/sr-Cyrl/translation.json";
import srLatn from "./locales/sr-Latn/translation.json";

export const resources = {
  en: { translation: en },
  sq: { translation: sq },
  "sr-Latn": { translation: srLatn },
  "sr-Cyrl": { translation: srCyrl },
  mk: { translation: mk },
  bs: { translation: bs },
} as const satisfies Record<Locale, { translation: typeof en }>;
