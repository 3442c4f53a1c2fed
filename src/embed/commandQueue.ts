/**
 * Commands to an embedded map, coalesced per frame and rate-limited (docs/embed-api.md, "Limits").
 * createCommandQueue is pure: the scheduler, the clock and the console are given, so tests need no real timers;
 * nextFrame is the browser's scheduler.
 *
 * A page can post far more commands than a map can show: each one sets the store, writes the address and redraws,
 * and a flood of them (1,000 a second) froze an embed for half a minute. So:
 * - Commands wait for the next frame and are then applied in order, run together: consecutive setState payloads
 *   are merged (the last value of each parameter wins), consecutive selects are one (the last), and however many
 *   getState came, one state is posted, after everything else.
 * - At most COMMAND_RATE setState and select commands a second are applied as they come (a token bucket holding
 *   COMMAND_BURST); the rest wait, merged into at most one setState and one select, and are applied as the bucket
 *   refills, with one console warning a second at most. Nothing is lost: the last value sent is the one the map
 *   ends on. 60 a second is one per frame on a usual (60 Hz) screen, more than a map can show: a page that sends
 *   no more (a slider or an animation throttled to 60 updates a second, buttons) never waits. getState is not
 *   counted: it is answered once everything sent before it has been applied, waiting commands included.
 */
import type { Command } from "./protocol.ts";

/** Sustained setState/select commands accepted per second. */
export const COMMAND_RATE = 60;
/** Commands accepted at once after a quiet second (the bucket's size). */
export const COMMAND_BURST = 60;
/** Least time between two warnings about dropped commands, in ms. */
export const WARN_INTERVAL_MS = 1000;

/** Calls `run` once, later (at the next frame); returns a function that cancels it. */
export type Scheduler = (run: () => void) => () => void;

export interface CommandQueueOptions {
  /** Applies one (coalesced) command. */
  apply: (command: Command) => void;
  schedule: Scheduler;
  /** A monotonic clock in ms (performance.now). */
  now: () => number;
  log?: Pick<Console, "warn" | "error">;
  rate?: number;
  burst?: number;
}

export interface CommandQueue {
  /** Takes a command for the next frame (or, over the rate, for a later one); false once stopped. */
  push: (command: Command) => boolean;
  /** Cancels what waits; later commands are dropped. */
  stop: () => void;
}

type Entry = Exclude<Command, { type: "getState" }>;

/** Adds `command` after `list`'s commands, merged with the last one when it is of the same kind. */
function append(list: Entry[], command: Entry): void {
  const last = list.at(-1);
  if (command.type === "setState" && last?.type === "setState")
    // Own data properties only: a spread never sets a prototype, and the payload's keys are validated.
    list[list.length - 1] = { ...last, payload: { ...last.payload, ...command.payload } };
  else if (command.type === "select" && last?.type === "select") list[list.length - 1] = command;
  else list.push(command);
}

/**
 * Adds `command` to what waits over the rate: at most one setState (all merged) and one select (the last), in the
 * order of their last arrival, so that waiting costs no more however long a flood lasts.
 */
function hold(held: Entry[], command: Entry): Entry[] {
  const same = held.find((h) => h.type === command.type);
  const others = held.filter((h) => h.type !== command.type);
  if (command.type === "setState" && same?.type === "setState")
    return [...others, { ...same, payload: { ...same.payload, ...command.payload } }];
  return [...others, command];
}

export function createCommandQueue({
  apply,
  schedule,
  now,
  log = console,
  rate = COMMAND_RATE,
  burst = COMMAND_BURST,
}: CommandQueueOptions): CommandQueue {
  let queue: Entry[] = [];
  /** Commands over the rate, merged, applied when the bucket allows: never lost, the last value still wins. */
  let held: Entry[] = [];
  let getState: Extract<Command, { type: "getState" }> | null = null;
  let cancel: (() => void) | null = null;
  let stopped = false;

  let tokens = burst;
  let filled = now();
  let waited = 0;
  let warned = -Infinity;

  /** Takes a token if there is one: the bucket refills at `rate` a second, up to `burst`. */
  const take = (): boolean => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - filled) * rate) / 1000);
    filled = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  const noteWaiting = () => {
    waited += 1;
    const t = now();
    if (t - warned < WARN_INTERVAL_MS) return;
    warned = t;
    log.warn(
      `WB Radar embed: commands over ${rate} a second wait and are merged (${waited} since the last warning); see the embed API's "Limits".`,
    );
    waited = 0;
  };

  const flush = () => {
    cancel = null;
    // What waited over the rate goes first once a token is free (it came after everything still queued).
    if (held.length > 0 && take()) {
      for (const command of held) append(queue, command);
      held = [];
    }
    const entries = queue;
    // A page asking for the state hears it once what it sent before has been applied, held commands included.
    const answer = held.length === 0 ? getState : null;
    queue = [];
    if (answer) getState = null;
    // Each command on its own: one that fails does not keep the others from being applied.
    for (const command of answer ? [...entries, answer] : entries) {
      try {
        apply(command);
      } catch (error) {
        log.error(error);
      }
    }
    if (held.length > 0 || getState) cancel = schedule(flush);
  };

  return {
    push: (command) => {
      if (stopped) return false;
      if (command.type === "getState") getState = command;
      else if (held.length === 0 && take()) append(queue, command);
      else {
        held = hold(held, command);
        noteWaiting();
      }
      cancel ??= schedule(flush);
      return true;
    },
    stop: () => {
      stopped = true;
      cancel?.();
      cancel = null;
      queue = [];
      held = [];
      getState = null;
    },
  };
}

/**
 * The scheduler of a real embed: the next animation frame, or after `fallbackMs` when no frame comes first. A
 * browser draws no frames for a hidden or scrolled-away frame, and a page waiting for a `state` answer must still
 * get it.
 */
export function nextFrame(fallbackMs = 100): Scheduler {
  return (run) => {
    // Whichever comes first cancels the other (both run later, after both are set).
    const once = () => {
      cancel();
      run();
    };
    const frame = requestAnimationFrame(once);
    const timer = setTimeout(once, fallbackMs);
    const cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    return cancel;
  };
}
