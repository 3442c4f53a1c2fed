import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { DonorOverlap } from "./DonorOverlap.tsx";
import { FilterPanel } from "./FilterPanel.tsx";
import { Legend } from "./Legend.tsx";
import { OverlookedList } from "./OverlookedList.tsx";
import { useAppStore } from "../../state/store.ts";

/** Filters, legend and the gap lists beside the map, in that order; folded away on small screens until asked for. */
export function ControlPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => window.matchMedia?.("(min-width: 700px)").matches ?? true);
  // Nothing to filter or key before a dataset has loaded (an empty box would look broken).
  // The lists are drawn after the map's colours, in a render React can interrupt: the map's first frames do not wait
  // for them.
  const hasData = useDeferredValue(
    useAppStore((s) => s.data !== null),
    false,
  );
  return (
    <div className={`controls${open ? " controls-open" : ""}`} data-testid="controls">
      <button type="button" className="controls-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t("filters.hide") : t("filters.show")}
      </button>
      {open && hasData && (
        <div className="controls-body">
          {/* What to look at first, then what the map shows, then the lists it yields. */}
          <FilterPanel />
          <Legend />
          <OverlookedList />
          <DonorOverlap />
        </div>
      )}
    </div>
  );
}
