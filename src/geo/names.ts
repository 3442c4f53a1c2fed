/** Municipality names for display. Pure. */
import { nameKey, type Locale, type MunicipalityProps } from "./schema.ts";

/** The name in the locale, or the official local name when the locale has none. */
export function municipalityName(props: Pick<MunicipalityProps, "name" | `name:${Locale}`>, locale: Locale): string {
  return props[nameKey(locale)] || props.name;
}
