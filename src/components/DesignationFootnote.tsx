import { useTranslation } from "react-i18next";
import { config } from "../config.ts";

/** The Kosovo designation footnote, for deployments that switch it on (VITE_KOSOVO_FOOTNOTE). */
export function DesignationFootnote({ enabled = config.kosovoFootnote }: { enabled?: boolean }) {
  const { t } = useTranslation();
  if (!enabled) return null;
  return (
    <p className="designation-footnote" data-testid="designation-footnote">
      <span aria-hidden="true">* </span>
      {t("footnote.kosovo")}
    </p>
  );
}
