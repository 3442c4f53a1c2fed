import { useTranslation } from "react-i18next";
import { ENTITY_NAMES, type EntityName } from "../../data/schema.ts";

/** A table with a row per kind of record (organisations, donors, …) and the given columns of counts. */
export function EntityCounts({
  columns,
  cells,
}: {
  /** The columns' headings. */
  columns: readonly string[];
  /** The row's counts, one per column. */
  cells: (entity: EntityName) => readonly number[];
}) {
  const { t } = useTranslation();
  return (
    <table className="counts">
      <thead>
        <tr>
          <td />
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ENTITY_NAMES.map((e) => (
          <tr key={e}>
            <th scope="row">{t(`data.entity.${e}`)}</th>
            {cells(e).map((n, i) => (
              <td key={i}>{n}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
