/**
 * Values derived from the store: the filtered data, the metrics per
 * municipality and the classes of the chosen metric. Each is computed once
 * per change of its inputs (by identity) and shared by every component.
 */
import { ranks, type Rank } from "../analysis/rank.ts";
import { municipalityInfos, populationValues } from "../analysis/population.ts";
import { classify, type Classes } from "../analysis/classify.ts";
import {
  applyFilters,
  facetCounts,
  filterProjects,
  indexProjects,
  type FilteredData,
  type ProjectIndex,
} from "../analysis/filters.ts";
import { AREA_CHANGES, changeView, type ChangeView } from "../analysis/change.ts";
import { compareEditions, editionYears, type EditionComparison } from "../analysis/editions.ts";
import type { Period } from "../analysis/periods.ts";
import { changeStates, editionStates } from "../map/changeStates.ts";
import { memoizeLast, memoizeLastBy } from "../analysis/memo.ts";
import {
  computeMetrics,
  type MunicipalityInfo,
  coverageMetric,
  metricValue,
  type MetricId,
  type MunicipalityMetrics,
} from "../analysis/metrics.ts";
import { indicatorLayer, type IndicatorLayer } from "../analysis/indicators.ts";
import { bivariateClasses, highNeedNoCoverage, needOf } from "../analysis/bivariate.ts";
import { coverageKinds, isReached, type CoverageKind } from "../analysis/coverageKind.ts";
import { namedAnywhere, overlookedNeighbours, type OverlookedNeighbour } from "../analysis/gaps.ts";
import { findNeighbours, type Neighbours } from "../analysis/neighbours.ts";
import {
  comparisonBase,
  concentration,
  donorColumns,
  otherFiltersKey,
  type ConcentrationColumn,
} from "../analysis/concentration.ts";
import { buildSearchIndex, type SearchEntry } from "../analysis/search.ts";
import { auditDataset, type Audit } from "../data/audit.ts";
import { unmappedById } from "../geo/gazetteer.ts";
import type { Dataset, Indicator, Place } from "../data/schema.ts";
import type { GeoLayers } from "../geo/load.ts";
import { organisationPoints } from "../map/organisationPoints.ts";
import { bivariateStates, choroplethStates, type MunicipalityState } from "../map/choropleth.ts";
import { tableRows, type TableRow } from "../analysis/table.ts";
import {
  possibleDuplications,
  unfundedActivities,
  type Duplications,
  type UnfundedActivities,
} from "../analysis/overlap.ts";
import { matrix3w, type Matrix3W } from "../analysis/matrix3w.ts";
import { ACTIVITY_TYPES } from "../data/taxonomy.ts";
import type { AppState } from "./store.ts";

const projectIndex = memoizeLast((dataset: Dataset, geo: GeoLayers) =>
  indexProjects(dataset, (id) => geo.byId.get(id)?.country),
);
const filtered = memoizeLast((dataset: Dataset, filters: AppState["filters"], geo: GeoLayers) =>
  applyFilters(dataset, filters, projectIndex(dataset, geo)),
);
const facets = memoizeLast((dataset: Dataset, filters: AppState["filters"], geo: GeoLayers) =>
  facetCounts(projectIndex(dataset, geo), filters),
);
/** Region id → its municipalities, once per dataset. */
export const regionMembers = memoizeLast(
  (dataset: Dataset): ReadonlyMap<string, readonly string[]> =>
    new Map(dataset.regions.map((r) => [r.id, r.municipalityIds])),
);
/** Census populations from the dataset, once per dataset. */
export const populations = memoizeLast((dataset: Dataset) => populationValues(dataset));
/** Municipalities with the population the per-capita figures use (population.ts). */
export const infosOf = memoizeLast((geo: GeoLayers, dataset: Dataset) =>
  municipalityInfos(geo.byId.values(), populations(dataset), (id) => geo.byId.get(id)?.country),
);
const metrics = memoizeLast(
  (
    data: FilteredData,
    infos: readonly MunicipalityInfo[],
    countCountryWide: boolean,
    regions: ReadonlyMap<string, readonly string[]>,
  ) => computeMetrics(data, infos, { countCountryWide, regions }),
);
const values = memoizeLast((all: Map<string, MunicipalityMetrics>, metric: MetricId) => {
  const out = new Map<string, number | undefined>();
  for (const [id, m] of all) out.set(id, metricValue(m, metric));
  return out;
});
const classes = memoizeLast((v: Map<string, number | undefined>, method: AppState["classMethod"], k: number) =>
  classify([...v.values()], method, k),
);

export const selectFiltered = (s: AppState): FilteredData | null =>
  s.data && s.geo ? filtered(s.data.dataset, s.filters, s.geo) : null;

export const selectProjectIndex = (s: AppState) => (s.data && s.geo ? projectIndex(s.data.dataset, s.geo) : null);

/** Projects each filter option would match, for the counts beside the options. */
export const selectFacetCounts = (s: AppState) => (s.data && s.geo ? facets(s.data.dataset, s.filters, s.geo) : null);

export const selectMetrics = (s: AppState): Map<string, MunicipalityMetrics> | null => {
  const data = selectFiltered(s);
  return data && s.geo && s.data
    ? metrics(data, infosOf(s.geo, s.data.dataset), s.countCountryWide, regionMembers(s.data.dataset))
    : null;
};

/** The coverage metric in use: the chosen one, or "projects" while an indicator is mapped. */
export const selectCoverageMetric = (s: AppState): MetricId => coverageMetric(s.metric) ?? "projects";

/** Coverage per municipality (the gap map's coverage axis, and the choropleth unless an indicator is mapped). */
export const selectCoverageValues = (s: AppState): Map<string, number | undefined> | null => {
  const m = selectMetrics(s);
  return m ? values(m, selectCoverageMetric(s)) : null;
};

const indicatorLayerOf = memoizeLast((indicator: Indicator, dataset: Dataset, geo: GeoLayers) =>
  indicatorLayer(indicator, dataset.indicatorValues, [...geo.byId.values()]),
);

/**
 * The indicator mapped instead of a coverage metric (`metric` naming one of
 * the dataset's indicators), unless the gap map is on. A country-level
 * indicator colours each country as a whole.
 */
export const selectIndicatorLayer = (s: AppState): IndicatorLayer | null => {
  if (coverageMetric(s.metric) || s.need || !s.data || !s.geo) return null;
  const indicator = s.data.dataset.indicators.find((i) => i.id === s.metric);
  return indicator ? indicatorLayerOf(indicator, s.data.dataset, s.geo) : null;
};

/** The value each municipality is drawn with: the mapped indicator's, else the coverage metric's. */
export const selectMetricValues = (s: AppState): Map<string, number | undefined> | null =>
  selectIndicatorLayer(s)?.perMunicipality ?? selectCoverageValues(s);

const rankMemo = memoizeLast((v: Map<string, number | undefined>) => ranks(v));
/** Each municipality's rank for the coverage metric on the map (no rank for 0 or no data). */
export const selectCoverageRanks = (s: AppState): Map<string, Rank> | null => {
  const v = selectCoverageValues(s);
  return v ? rankMemo(v) : null;
};

const indicatorClasses = memoizeLast((layer: IndicatorLayer, method: AppState["classMethod"], k: number) =>
  classify([...layer.areas.values()], method, k, "oranges"),
);

/** Class breaks: over the areas an indicator is reported for (six countries for a country-level one), or over municipalities. */
export const selectClasses = (s: AppState): Classes | undefined => {
  if (s.fixedClasses) return s.fixedClasses;
  const layer = selectIndicatorLayer(s);
  if (layer) return indicatorClasses(layer, s.classMethod, s.classCount);
  const v = selectCoverageValues(s);
  return v ? classes(v, s.classMethod, s.classCount) : undefined;
};

const neighbours = memoizeLast((geo: GeoLayers) => findNeighbours(geo.municipalities.features));
const overlooked = memoizeLastBy(
  (
    places: readonly Place[],
    n: Neighbours,
    m: Map<string, MunicipalityMetrics>,
    options: { named: ReadonlySet<string>; countCountryWide: boolean },
  ) => [places, n, m, options.named, options.countCountryWide],
  (places: readonly Place[], n: Neighbours, m: Map<string, MunicipalityMetrics>, options) =>
    overlookedNeighbours(places, n, m, options),
);

export const selectNeighbours = (s: AppState): Neighbours | null => (s.geo ? neighbours(s.geo) : null);

/** Municipalities next to a named place with no project under the current filters. */
const named = memoizeLast((dataset: Dataset) => namedAnywhere(dataset));
export const selectOverlooked = (s: AppState): OverlookedNeighbour[] | null => {
  const m = selectMetrics(s);
  const n = selectNeighbours(s);
  return m && n && s.data
    ? overlooked(s.data.dataset.places, n, m, { named: named(s.data.dataset), countCountryWide: s.countCountryWide })
    : null;
};

const searchIndex = memoizeLast((geo: GeoLayers, dataset: Dataset | undefined) =>
  buildSearchIndex(geo.byId.values(), dataset?.organisations ?? []),
);

/** Everything the search box can find: municipalities, and organisations at their municipality. */
export const selectSearchIndex = (s: AppState): SearchEntry[] | null =>
  s.geo ? searchIndex(s.geo, s.data?.dataset) : null;

const organisationsById = memoizeLast(
  (organisations: Dataset["organisations"]) => new Map(organisations.map((o) => [o.id, o])),
);
/** The dataset's organisations by id (hover and lookups, without a scan per pointer move). */
export const selectOrganisationsById = (s: AppState) =>
  s.data ? organisationsById(s.data.dataset.organisations) : null;

const orgPoints = memoizeLast((orgs: FilteredData["organisations"], geo: GeoLayers) => organisationPoints(orgs, geo));

/** Markers for the filtered organisations, and how many are known only by country. */
export const selectOrganisationPoints = (s: AppState) => {
  const data = selectFiltered(s);
  return data && s.geo ? orgPoints(data.organisations, s.geo) : null;
};

/** The indicator chosen as need for the gap map, if the dataset has it. */
export const selectNeedIndicator = (s: AppState): Indicator | null =>
  (s.need && s.data?.dataset.indicators.find((i) => i.id === s.need)) || null;

const kindsOf = memoizeLast((metrics: Map<string, MunicipalityMetrics>, dataset: Dataset, countCountryWide: boolean) =>
  coverageKinds(metrics, named(dataset), countCountryWide),
);
/** Each municipality's kind of coverage under the filters: named by a project, by a region, country-wide, by a source, none. */
export const selectCoverageKinds = (s: AppState): Map<string, CoverageKind> | null => {
  const m = selectMetrics(s);
  return m && s.data ? kindsOf(m, s.data.dataset, s.countCountryWide) : null;
};

const bivariate = memoizeLast(
  (
    indicator: Indicator,
    dataset: Dataset,
    geo: GeoLayers,
    coverage: Map<string, number | undefined>,
    kinds: Map<string, CoverageKind>,
  ) => {
    const need = needOf(indicator, dataset.indicatorValues, [...geo.byId.values()]);
    if (!need) return null;
    const result = bivariateClasses(need.perMunicipality, coverage, need.units.values());
    // Named by a cited source, or reached by a region or a country-wide project: not "without coverage".
    const reached = (id: string) => isReached(kinds.get(id) ?? "none");
    const listed = highNeedNoCoverage(result.classes, need.perMunicipality, reached);
    const leftOut = highNeedNoCoverage(result.classes, need.perMunicipality).length - listed.length;
    return { ...result, need, highNeedNoCoverage: listed, highNeedLeftOut: leftOut };
  },
);

/** The gap map: need × coverage classes, when a need indicator is chosen. */
export const selectBivariate = (s: AppState) => {
  const indicator = selectNeedIndicator(s);
  const coverage = selectCoverageValues(s);
  const kinds = selectCoverageKinds(s);
  return indicator && coverage && kinds && s.data && s.geo
    ? bivariate(indicator, s.data.dataset, s.geo, coverage, kinds)
    : null;
};

const comparisonBaseOf = memoizeLastBy(
  (filters: AppState["filters"], index: ProjectIndex) => [otherFiltersKey(filters), index],
  comparisonBase,
);
const allDonors = memoizeLast((index: ProjectIndex, base: Int32Array, geo: GeoLayers): ConcentrationColumn => ({
  key: "all",
  kind: "all",
  donors: [],
  value: concentration(
    Array.from(base, (i) => index.projects[i]!),
    (m) => geo.byId.get(m)?.country,
  ),
}));
const comparison = memoizeLast(
  (index: ProjectIndex, base: Int32Array, donors: readonly string[], geo: GeoLayers): ConcentrationColumn[] =>
    donors.length === 0
      ? []
      : [...donorColumns(index, base, donors, (m) => geo.byId.get(m)?.country), allDonors(index, base, geo)],
);

/**
 * Donor concentration for the donor filter, beside all donors (empty without
 * a donor filter). A function of the filters rather than a state selector, so
 * the panel can compute it from deferred filters, after the map has redrawn.
 */
export const donorComparisonFor = (
  filters: AppState["filters"],
  index: ProjectIndex,
  geo: GeoLayers,
): ConcentrationColumn[] => comparison(index, comparisonBaseOf(filters, index), filters.donors, geo);

const auditOf = memoizeLast((dataset: Dataset, geo: GeoLayers) =>
  auditDataset(dataset, (m) => geo.byId.get(m)?.country ?? unmappedById.get(m)?.country),
);
/** What the whole dataset knows per country (not the filters): how complete coverage can be. */
export const selectAudit = (s: AppState): Audit | null => (s.data && s.geo ? auditOf(s.data.dataset, s.geo) : null);

const featureStates = memoizeLast(
  (
    values: Map<string, number | undefined>,
    classes: Classes | undefined,
    overlooked: OverlookedNeighbour[] | null,
    highlight: number | null,
    gap: ReturnType<typeof selectBivariate>,
    kinds: Map<string, CoverageKind> | null,
  ): Map<string, MunicipalityState> => {
    const outlined = new Set(overlooked?.map((o) => o.id));
    return gap
      ? bivariateStates(values.keys(), gap.classes, outlined, kinds ?? undefined)
      : choroplethStates(values, classes, outlined, highlight, kinds ?? undefined);
  },
);

/**
 * What the map paints for each municipality (colour, pattern, outline, dim), as the feature-state writer writes it
 * and the legend counts it. A mapped indicator has no coverage kinds: nothing is hatched as "reached".
 */
export const selectFeatureStates = (s: AppState): Map<string, MunicipalityState> | null => {
  const change = selectChangeMode(s);
  if (change) return changeFeatureStates(change, s.geo!, s.highlightClass);
  const values = selectMetricValues(s);
  if (!values) return null;
  const kinds = selectIndicatorLayer(s) ? null : selectCoverageKinds(s);
  return featureStates(values, selectClasses(s), selectOverlooked(s), s.highlightClass, selectBivariate(s), kinds);
};

const tableOf = memoizeLast(
  (
    geo: GeoLayers,
    metrics: Map<string, MunicipalityMetrics>,
    kinds: Map<string, CoverageKind>,
    rankList: Map<string, Rank>,
    gap: ReturnType<typeof selectBivariate>,
    indicator: Indicator | null,
    countries: AppState["filters"]["countries"],
    change: ChangeMode | null,
  ): TableRow[] => {
    // Need as the indicator gives it (bivariate.ts holds it with "more need" upwards).
    const sign = indicator?.direction === "higher-is-better" ? -1 : 1;
    const need = gap ? new Map([...gap.need.perMunicipality].map(([id, v]) => [id, sign * v])) : undefined;
    return tableRows({
      municipalities: geo.byId.values(),
      metrics,
      kinds,
      ranks: rankList,
      countries,
      ...(need && { need }),
      ...(gap && { gap: gap.classes }),
      ...(change?.kind === "projects" && { change: change.view.municipalities }),
    });
  },
);

/** The table view's rows: every municipality the map shows under the filters, with its figures. */
export const selectTableRows = (s: AppState): TableRow[] | null => {
  const metrics = selectMetrics(s);
  const kinds = selectCoverageKinds(s);
  const rankList = selectCoverageRanks(s);
  return s.geo && metrics && kinds && rankList
    ? tableOf(
        s.geo,
        metrics,
        kinds,
        rankList,
        selectBivariate(s),
        selectNeedIndicator(s),
        s.filters.countries,
        selectChangeMode(s),
      )
    : null;
};

const duplications = memoizeLast((projects: FilteredData["projects"]) => possibleDuplications(projects));
/** Pairs of filtered projects naming the same municipality or region and activity type (overlap.ts). */
export const selectDuplications = (s: AppState): Duplications | null => {
  const data = selectFiltered(s);
  return data ? duplications(data.projects) : null;
};

const unfunded = memoizeLast(
  (
    projects: FilteredData["projects"],
    dataset: Dataset,
    geo: GeoLayers,
    activities: AppState["filters"]["activities"],
    countries: AppState["filters"]["countries"],
  ) => {
    const countryOf = (m: string) => geo.byId.get(m)?.country;
    // Under an activity filter, only the chosen types can be missing; under a country filter, only its municipalities.
    const types = activities.length > 0 ? activities : ACTIVITY_TYPES.ids;
    const places =
      countries.length === 0
        ? dataset.places
        : dataset.places
            .map((p) => ({ ...p, municipalityIds: p.municipalityIds.filter((m) => countries.includes(countryOf(m)!)) }))
            .filter((p) => p.municipalityIds.length > 0);
    return unfundedActivities(projects, places, types, { regions: regionMembers(dataset), countryOf });
  },
);
/** Municipalities a cited place names, with the activity types no filtered project names them for (overlap.ts). */
export const selectUnfundedActivities = (s: AppState): UnfundedActivities[] | null => {
  const data = selectFiltered(s);
  return data && s.data && s.geo
    ? unfunded(data.projects, s.data.dataset, s.geo, s.filters.activities, s.filters.countries)
    : null;
};

const matrixOf = memoizeLast((projects: FilteredData["projects"], dataset: Dataset, geo: GeoLayers) => {
  const regionCountry = new Map(dataset.regions.map((r) => [r.id, r.country]));
  return matrix3w(
    projects,
    (m) => geo.byId.get(m)?.country ?? unmappedById.get(m)?.country,
    (r) => regionCountry.get(r),
  );
});
/** Donor × country (× activity type) counts and grants of the filtered projects (matrix3w.ts). */
export const selectMatrix3w = (s: AppState): Matrix3W | null => {
  const data = selectFiltered(s);
  return data && s.data && s.geo ? matrixOf(data.projects, s.data.dataset, s.geo) : null;
};

/**
 * The change view (url.ts `change`): with a coverage metric, the projects between two periods; with a country-level
 * indicator, two of its editions, one within each period. "unmatched": the indicator has no single edition in one of
 * the periods (the map shows it as no data, and the panel lists the editions there are).
 */
export type ChangeMode =
  | { kind: "projects"; view: ChangeView }
  | { kind: "editions"; comparison: EditionComparison }
  | { kind: "unmatched"; indicator: Indicator; editions: number[] };

/** The projects that pass every filter but the years: the change view's periods replace them. */
const undatedFilterProjects = memoizeLast((filters: AppState["filters"], index: ProjectIndex) =>
  filterProjects({ ...filters, from: undefined, to: undefined }, index),
);
// One object per input: a selector that made a new one per call would re-render its component without end.
const projectChange = memoizeLast(
  (projects: FilteredData["projects"], geo: GeoLayers, earlier: Period, later: Period): ChangeMode => ({
    kind: "projects",
    view: changeView(projects, geo.byId.keys(), earlier, later),
  }),
);
const editionChange = memoizeLast(
  (indicator: Indicator, dataset: Dataset, earlier: Period, later: Period): ChangeMode => {
    const editions = editionYears(indicator, dataset.indicatorValues);
    const within = (p: Period) => editions.filter((y) => y >= p.from && y <= p.to);
    const [a, b] = [within(earlier), within(later)];
    return a.length === 1 && b.length === 1 && a[0] !== b[0] && indicator.level === "country"
      ? { kind: "editions", comparison: compareEditions(indicator, dataset.indicatorValues, a[0]!, b[0]!) }
      : { kind: "unmatched", indicator, editions };
  },
);

export const selectChangeMode = (s: AppState): ChangeMode | null => {
  if (!s.change || !s.data || !s.geo) return null;
  const index = projectIndex(s.data.dataset, s.geo);
  if (coverageMetric(s.metric)) {
    const projects = undatedFilterProjects(s.filters, index);
    return projectChange(projects, s.geo, s.change.earlier, s.change.later);
  }
  const indicator = s.data.dataset.indicators.find((i) => i.id === s.metric);
  return indicator ? editionChange(indicator, s.data.dataset, s.change.earlier, s.change.later) : null;
};

const changeFeatureStates = memoizeLast(
  (mode: ChangeMode, geo: GeoLayers, highlight: number | null): Map<string, MunicipalityState> => {
    if (mode.kind === "projects") return changeStates(mode.view, highlight === null ? null : AREA_CHANGES[highlight]);
    const comparison: EditionComparison =
      mode.kind === "editions" ? mode.comparison : { indicator: mode.indicator, earlier: 0, later: 0, countries: [] };
    return editionStates(comparison, geo.byId.values());
  },
);
