import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/store.ts";
import { DataText, slot, withData } from "./DataText.tsx";

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
  const discardImport = useAppStore((s) => s.discardImport);
  if (!origin || origin.kind === "default") return null;
  return (
    <p className="data-origin" role="status" data-testid="data-origin">
      {/* The address comes from a link anyone can make: isolated, so it cannot make the notice read otherwise. */}
      {origin.kind === "url"
        ? withData(t("dataOrigin.url", { origin: slot("origin"), file: slot("file") }), {
            origin: <DataText>{originOf(origin.label)}</DataText>,
            file: <DataText>{origin.label}</DataText>,
          })
        : withData(t("dataOrigin.import", { files: slot("files") }), {
            files: <DataText>{origin.label}</DataText>,
          })}
      {/* Imported data stays until the person says otherwise: a reload or a crash does not lose it. */}
      {origin.kind === "import" && origin.kept && (
        <>
          {" "}
          {t("dataOrigin.kept")}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => void discardImport()}
            data-testid="discard-import"
          >
            {t("dataOrigin.discard")}
          </button>
        </>
      )}
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
