/**
 * The change view: what happened between an earlier and a later period, per municipality. Pure.
 *
 * Each project is "started" (at work in the later period, certainly not in the earlier), "ended" (the reverse),
 * "continued" (at work in both), "neither", or "unclear" when its dates cannot tell (periods.ts). A municipality counts
 * the projects that NAME it, as the "projects" metric does; projects that name only a region or a country are counted
 * apart. A municipality's category follows from its projects and is only as sure as they are:
 *   started    projects at work in the later period, none in the earlier, and none that might have been;
 *   ended      the reverse;
 *   continued  projects at work in both periods (not necessarily the same ones);
 *   none       no project naming it in either period, and none that might have been;
 *   unclear    anything else: some dates are too open to tell.
 * Organisations are those leading or partnering such projects, judged by the same rules over their projects there.
 * Funding per period is the grants of the projects at work in it, split equally over the municipalities each names
 * (as the funding metric); with no known amount among them it is unknown, never 0.
 */
import type { Project } from "../data/schema.ts";
import { projectFundingEur } from "./currency.ts";
import { activityIn, yearBounds, type Activity, type Period } from "./periods.ts";

export const PROJECT_CHANGES = ["started", "ended", "continued", "neither", "unclear"] as const;
export type ProjectChange = (typeof PROJECT_CHANGES)[number];

export const AREA_CHANGES = ["started", "ended", "continued", "unclear", "none"] as const;
export type AreaChange = (typeof AREA_CHANGES)[number];

export type ChangeCounts = Record<ProjectChange, number>;

export interface PeriodFigures {
  /** Projects certainly at work in the period. */
  active: number;
  /** Projects that may have been. */
  unknown: number;
  /** Grants (EUR) of the active projects with a known amount, split over their municipalities; undefined: none known. */
  fundingEur: number | undefined;
  /** Active projects whose amount is not known. */
  fundingUnknown: number;
}

export interface MunicipalityChange {
  category: AreaChange;
  projects: ChangeCounts;
  organisations: ChangeCounts;
  earlier: PeriodFigures;
  later: PeriodFigures;
}

export interface ChangeView {
  earlier: Period;
  later: Period;
  municipalities: Map<string, MunicipalityChange>;
  /** Every project considered, by what it did between the periods. */
  totals: ChangeCounts;
  /** Projects that name no municipality (a region or a whole country only), by what they did. */
  notPlaced: ChangeCounts;
  /** Municipalities per category. */
  areas: Record<AreaChange, number>;
}

const zeroCounts = (): ChangeCounts => ({ started: 0, ended: 0, continued: 0, neither: 0, unclear: 0 });

export function changeOf(earlier: Activity, later: Activity): ProjectChange {
  if (earlier === "unknown" || later === "unknown") return "unclear";
  if (earlier === "active") return later === "active" ? "continued" : "ended";
  return later === "active" ? "started" : "neither";
}

/** Whether anything was at work in one of the periods: "active" beats "unknown" beats "inactive". */
function combine(a: Activity, b: Activity): Activity {
  if (a === "active" || b === "active") return "active";
  return a === "unknown" || b === "unknown" ? "unknown" : "inactive";
}

function figures(): PeriodFigures {
  return { active: 0, unknown: 0, fundingEur: undefined, fundingUnknown: 0 };
}

function add(f: PeriodFigures, activity: Activity, eur: number | undefined, share: number): void {
  if (activity === "unknown") f.unknown++;
  if (activity !== "active") return;
  f.active++;
  if (eur === undefined) f.fundingUnknown++;
  else f.fundingEur = (f.fundingEur ?? 0) + eur / share;
}

export function areaCategory(earlier: PeriodFigures, later: PeriodFigures): AreaChange {
  const maybeEarlier = earlier.active + earlier.unknown > 0;
  const maybeLater = later.active + later.unknown > 0;
  if (!maybeEarlier && !maybeLater) return "none";
  if (earlier.active > 0 && later.active > 0) return "continued";
  if (!maybeEarlier && later.active > 0) return "started";
  if (!maybeLater && earlier.active > 0) return "ended";
  return "unclear";
}

/** The periods in order: the one that starts first (or, starting together, ends first) is the earlier. */
export function orderPeriods(a: Period, b: Period): [Period, Period] {
  return a.from < b.from || (a.from === b.from && a.to <= b.to) ? [a, b] : [b, a];
}

export function changeView(
  projects: readonly Project[],
  municipalityIds: Iterable<string>,
  first: Period,
  second: Period,
): ChangeView {
  const [earlier, later] = orderPeriods(first, second);
  const per = new Map<string, { earlier: PeriodFigures; later: PeriodFigures; projects: ChangeCounts }>();
  for (const id of municipalityIds) per.set(id, { earlier: figures(), later: figures(), projects: zeroCounts() });
  // Per municipality, each organisation's activity over its projects there.
  const orgs = new Map<string, Map<string, { earlier: Activity; later: Activity }>>();
  const totals = zeroCounts();
  const notPlaced = zeroCounts();
  for (const p of projects) {
    const bounds = yearBounds(p);
    const a = activityIn(bounds, earlier);
    const b = activityIn(bounds, later);
    const change = changeOf(a, b);
    totals[change]++;
    const named = [...new Set(p.targetMunicipalities)].filter((id) => per.has(id));
    if (named.length === 0) {
      notPlaced[change]++;
      continue;
    }
    const eur = projectFundingEur(p);
    for (const id of named) {
      const m = per.get(id)!;
      m.projects[change]++;
      add(m.earlier, a, eur, named.length);
      add(m.later, b, eur, named.length);
      let here = orgs.get(id);
      if (!here) orgs.set(id, (here = new Map()));
      for (const org of new Set([...p.leadOrganisations, ...p.partnerOrganisations])) {
        const seen = here.get(org);
        here.set(
          org,
          seen ? { earlier: combine(seen.earlier, a), later: combine(seen.later, b) } : { earlier: a, later: b },
        );
      }
    }
  }
  const municipalities = new Map<string, MunicipalityChange>();
  const areas: Record<AreaChange, number> = { started: 0, ended: 0, continued: 0, unclear: 0, none: 0 };
  for (const [id, m] of per) {
    const organisations = zeroCounts();
    for (const o of orgs.get(id)?.values() ?? []) organisations[changeOf(o.earlier, o.later)]++;
    const category = areaCategory(m.earlier, m.later);
    areas[category]++;
    municipalities.set(id, { category, projects: m.projects, organisations, earlier: m.earlier, later: m.later });
  }
  return { earlier, later, municipalities, totals, notPlaced, areas };
}
