/**
 * Funding in euros, with a fixed, documented conversion table: the ECB euro
 * reference rates, annual averages of the daily rates (units of currency per
 * 1 EUR). A year outside the table uses the nearest year in it; an amount in a
 * currency the table does not hold is not converted ("amount unknown"), never
 * guessed. Pure.
 */
import { yearOf } from "../data/dates.ts";
import type { Funding, Project } from "../data/schema.ts";

/** Units of currency per euro, by year (ECB, annual average of daily reference rates). */
export const EUR_RATES: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  USD: {
    2012: 1.2848,
    2013: 1.3281,
    2014: 1.3285,
    2015: 1.1095,
    2016: 1.1069,
    2017: 1.1297,
    2018: 1.181,
    2019: 1.1195,
    2020: 1.1422,
    2021: 1.1827,
    2022: 1.053,
    2023: 1.0813,
    2024: 1.0824,
  },
};

const YEARS: Record<string, number[]> = Object.fromEntries(
  Object.entries(EUR_RATES).map(([currency, table]) => [currency, Object.keys(table).map(Number)]),
);

function rateFor(currency: string, year: number | undefined): number | undefined {
  if (currency === "EUR") return 1;
  const table = EUR_RATES[currency];
  const years = YEARS[currency];
  if (!table || !years) return undefined;
  const wanted = year ?? Math.max(...years);
  const nearest = years.reduce((best, y) => (Math.abs(y - wanted) < Math.abs(best - wanted) ? y : best));
  return table[nearest];
}

/**
 * A funding record in euros: the stated amount (the lower bound of a range,
 * as the source guarantees no more), converted at the rate of its year, or of
 * `fallbackYear` (e.g. the project's start) when it has none.
 */
export function fundingInEur(funding: Funding, fallbackYear?: number): number | undefined {
  const rate = rateFor(funding.currency, funding.year ?? fallbackYear);
  return rate === undefined ? undefined : funding.amount / rate;
}

const converted = new WeakMap<Project, number | undefined>();

/**
 * A project's own grant in euros (its amount's year, else its start year), or undefined when unknown. A call
 * envelope, a programme total or a range of grant sizes is not the project's money: undefined.
 */
export function projectFundingEur(project: Project): number | undefined {
  // Records are never mutated once loaded, so each project's amount is converted once.
  if (converted.has(project)) return converted.get(project);
  const eur =
    project.funding?.kind === "grant"
      ? fundingInEur(project.funding, project.start ? yearOf(project.start) : undefined)
      : undefined;
  converted.set(project, eur);
  return eur;
}
