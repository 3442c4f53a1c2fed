import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/store.ts";

function originOf(label: string): string {
  try {
    return new URL(label, window.location.href).origin;
  } catch {
    return label;
  }
}

/**
 * Says visibly when the map shows a dataset other than its own (loaded with
 * ?data=, or imported), and from where: nobody can make this map appear to
 * publish someone else's claims. A dataset named in the link can be left for the map's own.
 */
export function DataOriginNotice() {
  const { t } = useTranslation();
  const origin = useAppStore((s) => s.data?.origin);
  const linked = useAppStore((s) => s.dataSource !== null);
  const setDataSource = useAppStore((s) => s.setDataSource);
  if (!origin || origin.kind === "default") return null;
  return (
    <p className="data-origin" role="status" data-testid="data-origin">
      {origin.kind === "url"
        ? t("dataOrigin.url", { origin: originOf(origin.label), file: origin.label })
        : t("dataOrigin.import", { files: origin.label })}
      {/* Leaves ?data= (a new history entry: Back returns to that dataset). */}
      {origin.kind === "url" && linked && (
        <>
          {" "}
          <button type="button" className="link-button" onClick={() => setDataSource(null)} data-testid="use-own-data">
            {t("dataOrigin.useOwn")}
          </button>
        </>
      )}
    </p>
  );
}
