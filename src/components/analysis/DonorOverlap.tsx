import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { MATRIX_COLUMNS, matrixCells, type MatrixCell, type MatrixColumn } from "../../analysis/matrix3w.ts";
import { duplicationCells } from "../../analysis/overlapExport.ts";
import type { PossibleDuplication } from "../../analysis/overlap.ts";
import type { Dataset, Project } from "../../data/schema.ts";
import { ACTIVITY_TYPES, termLabel } from "../../data/taxonomy.ts";
import { toCsv } from "../../data/tabular/csv.ts";
import { pickText } from "../../data/text.ts";
import { municipalityName } from "../../geo/names.ts";
import type { Locale } from "../../geo/schema.ts";
import { formatNumber, formatPeriod } from "../../i18n/format.ts";
import { currentLocale } from "../../i18n/index.ts";
import { saveFile } from "../../lib/download.ts";
import { selectDuplications, selectMatrix3w, selectUnfundedActivities } from "../../state/derived.ts";
import { useAppStore } from "../../state/store.ts";
import { DataList, DataText } from "../data/DataText.tsx";
import { PlaceEvidence } from "../data/PlaceEvidence.tsx";
import { exportCitation } from "../table/TableExport.tsx";

const SHORT = 8;

function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLocale(i18n.resolvedLanguage ?? i18n.language);
}

const donorName = (dataset: Dataset, id: string, locale: Locale) => {
  const donor = dataset.donors.find((d) => d.id === id);
  return donor ? pickText(donor.name, locale).text : id;
};

/** A part that opens on demand: nothing is worked out until it is opened. */
function Part({ title, testId, children }: { title: string; testId: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="overlap-part" data-testid={testId}>
      <h3>
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {title}
        </button>
      </h3>
      {open && <div id={id}>{children()}</div>}
    </div>
  );
}

/** Donor coordination: possible duplication, activity types missing where need is documented, and the 3W table. */
export function DonorOverlap() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="overlap concentration" aria-labelledby={`${id}-title`} data-testid="donor-overlap">
      <h2 id={`${id}-title`}>{t("overlap.title")}</h2>
      <Part title={t("overlap.duplicationTitle")} testId="duplication">
        {() => <DuplicationList />}
      </Part>
      <Part title={t("overlap.unfundedTitle")} testId="unfunded">
        {() => <UnfundedList />}
      </Part>
      <Part title={t("overlap.matrixTitle")} testId="matrix">
        {() => <Matrix />}
      </Part>
    </section>
  );
}

function ProjectEvidence({ project, dataset }: { project: Project; dataset: Dataset }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = pickText(project.title, locale);
  const period = formatPeriod(project.start, project.end, locale);
  const open = !project.start || !project.end;
  return (
    <li>
      <DataText lang={title.lang}>{title.text}</DataText>
      <span className="hint">
        {" · "}
        {project.donors.length > 0 ? (
          <DataList items={project.donors.map((d) => donorName(dataset, d, locale))} />
        ) : (
          t("overlap.noDonor")
        )}
        {" · "}
        {period === ""
          ? t("overlap.noPeriod")
          : open
            ? t("overlap.openPeriod", { period })
            : t("overlap.period", { period })}
      </span>
    </li>
  );
}

function DuplicationRows({ rows, dataset }: { rows: readonly PossibleDuplication[]; dataset: Dataset }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const geo = useAppStore((s) => s.geo);
  const focus = useAppStore((s) => s.focus);
  const [all, setAll] = useState(false);
  if (!geo) return null;
  const shown = all ? rows : rows.slice(0, SHORT);
  return (
    <>
      <ol className="overlooked-list">
        {shown.map((row) => {
          const [a, b] = row.projects;
          const props = row.place.kind === "municipality" ? geo.byId.get(row.place.id) : undefined;
          const region = row.place.kind === "region" ? dataset.regions.find((r) => r.id === row.place.id) : undefined;
          return (
            <li key={`${row.place.kind}:${row.place.id}:${a.id}:${b.id}`} data-testid="duplication-row">
              {row.place.kind === "municipality" ? (
                <button type="button" className="link-button" onClick={() => focus(row.place.id)}>
                  {props ? municipalityName(props, locale) : row.place.id}
                </button>
              ) : (
                <span>
                  {t("overlap.inRegion")}{" "}
                  <DataText>{region ? pickText(region.name, locale).text : row.place.id}</DataText>
                </span>
              )}
              <span className="hint">
                {" · "}
                {t("overlap.both", {
                  types: row.activityTypes.map((x) => termLabel("activityType", x, locale)).join(", "),
                })}
                {" · "}
                {row.period.kind !== "overlap"
                  ? t(`overlap.${row.period.reason}`)
                  : row.period.from === row.period.to
                    ? t("overlap.overlapYear", { year: row.period.from })
                    : t("overlap.overlapYears", { from: row.period.from, to: row.period.to })}
              </span>
              {row.sharedDonors.length > 0 && (
                <p className="fact-meta" data-testid="same-donor">
                  {t("overlap.sameDonor")}{" "}
                  <DataList items={row.sharedDonors.map((d) => donorName(dataset, d, locale))} />
                </p>
              )}
              <ul className="overlap-evidence">
                <ProjectEvidence project={a} dataset={dataset} />
                <ProjectEvidence project={b} dataset={dataset} />
              </ul>
            </li>
          );
        })}
      </ol>
      {rows.length > SHORT && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t("gaps.showFewer") : t("gaps.showAll", { count: rows.length })}
        </button>
      )}
    </>
  );
}

function DuplicationList() {
  const { t } = useTranslation();
  const result = useAppStore(selectDuplications);
  const dataset = useAppStore((s) => s.data?.dataset);
  const geo = useAppStore((s) => s.geo);
  if (!result || !dataset || !geo) return null;
  const download = () => {
    const cite = exportCitation(dataset);
    // In English, as the header and its note.
    const names = {
      place: (row: PossibleDuplication) => {
        if (row.place.kind === "municipality") {
          const props = geo.byId.get(row.place.id);
          return props ? municipalityName(props, "en") : row.place.id;
        }
        const region = dataset.regions.find((r) => r.id === row.place.id);
        return region ? pickText(region.name, "en").text : row.place.id;
      },
      project: (p: Project) => pickText(p.title, "en").text,
      donor: (d: string) => donorName(dataset, d, "en"),
    };
    saveFile(
      `wb-radar-possible-duplication-${cite.date}.csv`,
      toCsv(duplicationCells(result, names, cite)),
      "text/csv;charset=utf-8",
    );
  };
  return (
    <>
      <p className="hint">{t("overlap.duplicationExplain")}</p>
      <h4>
        {t("overlap.overlapping")} <span className="count">({result.overlapping.length})</span>
      </h4>
      {result.overlapping.length === 0 ? (
        <p className="no-data">{t("overlap.none")}</p>
      ) : (
        <div data-testid="overlapping">
          <DuplicationRows rows={result.overlapping} dataset={dataset} />
        </div>
      )}
      <h4>
        {t("overlap.periodUnknown")} <span className="count">({result.periodUnknown.length})</span>
      </h4>
      <p className="hint">{t("overlap.periodUnknownExplain")}</p>
      {result.periodUnknown.length > 0 && (
        <div data-testid="period-unknown">
          <DuplicationRows rows={result.periodUnknown} dataset={dataset} />
        </div>
      )}
      {result.overlapping.length + result.periodUnknown.length > 0 && (
        <button type="button" onClick={download} data-testid="duplication-csv">
          {t("overlap.duplicationCsv")}
        </button>
      )}
    </>
  );
}

function UnfundedList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useAppStore(selectUnfundedActivities);
  const chosen = useAppStore((s) => s.filters.activities);
  const geo = useAppStore((s) => s.geo);
  const focus = useAppStore((s) => s.focus);
  const [all, setAll] = useState(false);
  if (!list || !geo) return null;
  const total = chosen.length > 0 ? chosen.length : ACTIVITY_TYPES.ids.length;
  const shown = all ? list : list.slice(0, SHORT);
  return (
    <>
      <p className="hint">{t("overlap.unfundedExplain")}</p>
      {list.length === 0 && <p className="no-data">{t("overlap.unfundedNone")}</p>}
      <ol className="overlooked-list">
        {shown.map((u) => {
          const props = geo.byId.get(u.municipalityId);
          return (
            <li key={u.municipalityId} data-testid="unfunded-row">
              <button type="button" className="link-button" onClick={() => focus(u.municipalityId)}>
                {props ? municipalityName(props, locale) : u.municipalityId}
              </button>
              <span className="hint">
                {" "}
                {t("overlap.unfundedCount", { missing: u.missing.length, total, named: u.namingProjects })}
              </span>
              <details className="overlooked-why">
                <summary>{t("gaps.why")}</summary>
                <ul>
                  {u.missing.map((m) => (
                    <li key={m.activityType}>
                      {termLabel("activityType", m.activityType, locale)}
                      {m.reachedBy && (
                        <span className="hint">
                          {" "}
                          ({t(m.reachedBy === "region" ? "overlap.reachedRegion" : "overlap.reachedCountry")})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
                <p className="fact-meta">{t("overlap.needFrom")}</p>
                {u.places.map((place) => (
                  <PlaceEvidence key={place.id} place={place} />
                ))}
              </details>
            </li>
          );
        })}
      </ol>
      {list.length > SHORT && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t("gaps.showFewer") : t("gaps.showAll", { count: list.length })}
        </button>
      )}
    </>
  );
}

function Matrix() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const matrix = useAppStore(selectMatrix3w);
  const dataset = useAppStore((s) => s.data?.dataset);
  const [byActivity, setByActivity] = useState(false);
  const captionId = useId();
  if (!matrix || !dataset) return null;
  const columns = MATRIX_COLUMNS.filter((c) => matrix.rows.some((r) => r.cells[c]));
  const columnLabel = (c: MatrixColumn | "total", lng: Locale = locale) =>
    c === "total"
      ? i18n.getFixedT(lng)("overlap.total")
      : c === "several" || c === "unknown"
        ? i18n.getFixedT(lng)(`overlap.${c}`)
        : i18n.getFixedT(lng)(`country.${c}`);
  const donorLabel = (d: string | null, lng: Locale = locale) =>
    d === null ? i18n.getFixedT(lng)("overlap.noDonor") : donorName(dataset, d, lng);
  const activityLabel = (a: string | null, lng: Locale = locale) =>
    a === null
      ? i18n.getFixedT(lng)("overlap.allActivities")
      : a === ""
        ? i18n.getFixedT(lng)("overlap.noActivity")
        : termLabel("activityType", a, lng);
  const rows = byActivity ? matrix.rows : matrix.rows.filter((r) => r.activity === null);
  const download = () => {
    const cite = exportCitation(dataset);
    // In English, as the header and its note.
    const names = {
      donor: (d: string | null) => donorLabel(d, "en"),
      activity: (a: string | null) => activityLabel(a, "en"),
      column: (c: MatrixColumn | "total") => columnLabel(c, "en"),
    };
    saveFile(`wb-radar-3w-${cite.date}.csv`, toCsv(matrixCells(matrix, names, cite)), "text/csv;charset=utf-8");
  };
  const cell = (c: MatrixCell | undefined) => {
    if (!c) return <span className="no-data">0</span>;
    const money = matrix.currencies.flatMap((cur) => {
      const sum = c.grants[cur];
      return sum === undefined
        ? []
        : [formatNumber(sum, locale, { style: "currency", currency: cur, maximumFractionDigits: 0 })];
    });
    const notes = [
      c.coFunded > 0 && t("overlap.coFunded", { n: c.coFunded }),
      c.otherFigures > 0 && t("overlap.otherFigures", { n: c.otherFigures }),
      c.noAmount > 0 && t("overlap.noAmount", { n: c.noAmount }),
    ].filter(Boolean);
    return (
      <>
        {formatNumber(c.projects, locale)}
        {money.map((m) => (
          <small key={m} className="overlap-money">
            <br />
            {m}
          </small>
        ))}
        {notes.length > 0 && (
          <small className="hint">
            <br />
            {notes.join("; ")}
          </small>
        )}
      </>
    );
  };
  return (
    <>
      <p className="hint" id={captionId}>
        {t("overlap.matrixExplain")}
      </p>
      <label>
        <input type="checkbox" checked={byActivity} onChange={(e) => setByActivity(e.target.checked)} />{" "}
        {t("overlap.byActivity")}
      </label>{" "}
      <button type="button" onClick={download} data-testid="matrix-csv">
        {t("overlap.csv")}
      </button>
      {rows.length === 0 ? (
        <p className="no-data">{t("overlap.matrixEmpty")}</p>
      ) : (
        <div className="overlap-matrix">
          <table aria-describedby={captionId}>
            <caption>{t("overlap.matrixCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("overlap.donor")}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {columnLabel(c)}
                  </th>
                ))}
                <th scope="col">{t("overlap.total")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.donor}|${r.activity}`} className={r.activity === null ? undefined : "overlap-sub"}>
                  <th scope="row">
                    {r.activity === null ? (
                      <DataText>{donorLabel(r.donor)}</DataText>
                    ) : (
                      <>
                        <span className="visually-hidden">
                          <DataText>{donorLabel(r.donor)}</DataText>
                          {": "}
                        </span>
                        {activityLabel(r.activity)}
                      </>
                    )}
                  </th>
                  {columns.map((c) => (
                    <td key={c}>{cell(r.cells[c])}</td>
                  ))}
                  <td>{cell(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
