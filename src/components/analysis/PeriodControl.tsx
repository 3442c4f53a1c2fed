import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { nextPeriod, periodLabel, yearExtent } from "../../analysis/periods.ts";
import { useAppStore } from "../../state/store.ts";

/** How long each period stays on the map during playback: long enough to read the legend's counts. */
export const PLAYBACK_STEP_MS = 1600;

/** Symbols, not words: each button is named by its translated label. */
const ICONS = { previous: "\u2595\u25C0", play: "\u25B6", pause: "\u275A\u275A", next: "\u25B6\u258F" };

/**
 * The period on the map (the year filter), stepped one year back or on, or played through the years of the data: the
 * same number of years each step, stopping at the last. Playback rewrites the address in place (urlSync), so a link
 * taken during it opens on the period then shown. Hidden in the change view, whose periods are its own.
 */
export function PeriodControl() {
  const { t } = useTranslation();
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const playing = useAppStore((s) => s.playing);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const setFilters = useAppStore((s) => s.setFilters);
  const changing = useAppStore((s) => s.change !== null);
  const projects = useAppStore((s) => s.data?.dataset.projects);
  const extent = projects ? yearExtent(projects) : undefined;
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!playing || !extent) return;
    timer.current = window.setInterval(() => {
      const { filters } = useAppStore.getState();
      const next = nextPeriod(filters, extent);
      // Playback stops at the end of the data rather than starting over.
      if (filters.from !== undefined && next.from < filters.from) {
        useAppStore.getState().setPlaying(false);
        return;
      }
      useAppStore.getState().setFilters(next);
    }, PLAYBACK_STEP_MS);
    return () => window.clearInterval(timer.current);
  }, [playing, extent?.from, extent?.to]); // eslint-disable-line react-hooks/exhaustive-deps
  // Leaving the page's view of one period (the change view) stops playback.
  useEffect(() => {
    if (changing && playing) setPlaying(false);
  }, [changing, playing, setPlaying]);

  if (!extent || changing) return null;
  const period = from !== undefined && to !== undefined ? { from, to } : undefined;
  const step = (direction: 1 | -1) => {
    setPlaying(false);
    setFilters(nextPeriod({ from, to }, extent, direction));
  };
  const play = () => {
    if (playing) return setPlaying(false);
    // From the first year when nothing (or the last period) is shown.
    if (!period || period.to >= extent.to) setFilters(nextPeriod({}, extent));
    setPlaying(true);
  };
  return (
    <div className="period-control" role="group" aria-label={t("period.label")} data-testid="period-control">
      <button type="button" onClick={() => step(-1)} aria-label={t("period.previous")} title={t("period.previous")}>
        <span aria-hidden="true">{ICONS.previous}</span>
      </button>
      <button
        type="button"
        onClick={play}
        aria-pressed={playing}
        aria-label={playing ? t("period.pause") : t("period.play")}
        title={playing ? t("period.pause") : t("period.play")}
        data-testid="period-play"
      >
        <span aria-hidden="true">{playing ? ICONS.pause : ICONS.play}</span>
      </button>
      <button type="button" onClick={() => step(1)} aria-label={t("period.next")} title={t("period.next")}>
        <span aria-hidden="true">{ICONS.next}</span>
      </button>
      {/* Announced when it settles, not at every step of playback. */}
      <output className="period-shown" aria-live={playing ? "off" : "polite"} data-testid="period-shown">
        <span aria-hidden="true">{period ? periodLabel(period) : t("period.all")}</span>
        <span className="visually-hidden">
          {period ? t("period.showing", { period: periodLabel(period) }) : t("period.showingAll")}
        </span>
      </output>
      {period && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setPlaying(false);
            setFilters({ from: undefined, to: undefined });
          }}
        >
          {t("period.all")}
        </button>
      )}
    </div>
  );
}
