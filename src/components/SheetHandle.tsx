import { useTranslation } from "react-i18next";
import { SHEET_SIZES, useInteractionStore } from "../state/interaction.ts";

/**
 * On a phone a panel is a bottom sheet: this handle pulls it up (peek → half → full) and back down. Hidden on wider
 * screens, where the panel sits beside the map.
 */
export function SheetHandle() {
  const { t } = useTranslation();
  const sheet = useInteractionStore((s) => s.sheet);
  const setSheet = useInteractionStore((s) => s.setSheet);
  const next = SHEET_SIZES[(SHEET_SIZES.indexOf(sheet) + 1) % SHEET_SIZES.length]!;
  return (
    <button
      type="button"
      className="sheet-handle"
      onClick={() => setSheet(next)}
      aria-label={t(next === "peek" ? "sheet.lower" : "sheet.raise")}
      data-testid="sheet-handle"
    >
      <span aria-hidden="true" />
    </button>
  );
}

/** The class that sizes a panel as a bottom sheet on a phone. */
export function useSheetClass(): string {
  return `sheet-${useInteractionStore((s) => s.sheet)}`;
}
