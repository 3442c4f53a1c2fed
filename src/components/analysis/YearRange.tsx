import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_YEAR, MIN_YEAR, readYearRange } from "../../data/dates.ts";

const FIELDS = ["from", "to"] as const;
const text = (year: number | undefined) => (year === undefined ? "" : String(year));

/**
 * The "from" and "to" year fields. What is typed is kept as typed; the range reaches the filters only when both
 * fields are empty or whole years and it runs forwards. A reversed range is not applied and the fields say why.
 */
export function YearRange({
  from,
  to,
  onChange,
}: {
  from: number | undefined;
  to: number | undefined;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [draft, setDraft] = useState({ from: text(from), to: text(to) });
  const [applied, setApplied] = useState({ from, to });
  const [sent, setSent] = useState<{ from: number | undefined; to: number | undefined } | null>(null);
  // A change from outside (reset, URL, a chip) replaces what both fields show; our own change keeps what is typed.
  if (applied.from !== from || applied.to !== to) {
    setApplied({ from, to });
    if (!sent || sent.from !== from || sent.to !== to) setDraft({ from: text(from), to: text(to) });
  }
  const result = readYearRange(draft.from, draft.to);
  const reversed = result !== null && "reversed" in result;

  const edit = (key: "from" | "to", raw: string) => {
    const next = { ...draft, [key]: raw };
    setDraft(next);
    const range = readYearRange(next.from, next.to);
    if (range && !("reversed" in range) && (range.from !== from || range.to !== to)) {
      setSent(range);
      onChange(range);
    }
  };
  const field = (key: (typeof FIELDS)[number]) => (
    <label key={key}>
      {t(`filters.${key}`)}{" "}
      <input
        type="number"
        inputMode="numeric"
        min={MIN_YEAR}
        max={MAX_YEAR}
        value={draft[key]}
        aria-invalid={reversed || undefined}
        aria-describedby={reversed ? errorId : undefined}
        onChange={(e) => edit(key, e.target.value)}
      />
    </label>
  );
  return (
    <>
      {FIELDS.map(field)}
      {reversed && (
        <p className="issue-error" role="alert" id={errorId} data-testid="year-error">
          {t("filters.yearOrder")}
        </p>
      )}
    </>
  );
}
