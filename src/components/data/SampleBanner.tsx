import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { hasSyntheticRecords } from "../../data/merge.ts";
import { useAppStore } from "../../state/store.ts";

/** Always visible while any generated sample record is loaded. */
export function SampleBanner() {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.data?.dataset);
  const synthetic = useMemo(() => (dataset ? hasSyntheticRecords(dataset) : false), [dataset]);
  if (!synthetic) return null;
  return (
    <p className="sample-banner" role="note" data-testid="sample-banner">
      {t("app.sampleBanner")}
    </p>
  );
}
