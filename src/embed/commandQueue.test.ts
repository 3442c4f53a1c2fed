// @vitest-environment node
import { describe, expect, test, vi } from "vitest";
import { COMMAND_BURST, COMMAND_RATE, createCommandQueue, nextFrame, WARN_INTERVAL_MS } from "./commandQueue.ts";
import type { Command } from "./protocol.ts";

const envelope = { source: "wb-radar", version: 1 } as const;
const setState = (payload: Extract<Command, { type: "setState" }>["payload"]): Command => ({
  ...envelope,
  type: "setState",
  payload,
});
const select = (municipality: string | null): Command => ({ ...envelope, type: "select", payload: { municipality } });
const getState: Command = { ...envelope, type: "getState" };

/** A queue with a hand-driven frame and clock: `frame()` runs what waits for the next frame. */
function setup(options: { rate?: number; burst?: number } = {}) {
  let waiting: Array<() => void> = [];
  let clock = 0;
  const applied: Command[] = [];
  const log = { warn: vi.fn(), error: vi.fn() };
  const queue = createCommandQueue({
    apply: (command) => applied.push(command),
    schedule: (run) => {
      waiting.push(run);
      return () => (waiting = waiting.filter((r) => r !== run));
    },
    now: () => clock,
    log,
    ...options,
  });
  return {
    queue,
    applied,
    log,
    frame: () => {
      const runs = waiting;
      waiting = [];
      for (const run of runs) run();
    },
    waiting: () => waiting.length,
    tick: (ms: number) => (clock += ms),
  };
}

describe("commands are coalesced per frame", () => {
  test("nothing is applied before the frame; one frame is scheduled however many commands come", () => {
    const { queue, applied, frame, waiting } = setup();
    queue.push(setState({ donor: "eu" }));
    queue.push(select("85674165"));
    queue.push(getState);
    expect(applied).toEqual([]);
    expect(waiting()).toBe(1);
    frame();
    expect(applied.map((c) => c.type)).toEqual(["setState", "select", "getState"]);
    expect(waiting()).toBe(0);
  });

  test("consecutive setState payloads are merged, the last value of each parameter winning", () => {
    const { queue, applied, frame } = setup();
    queue.push(setState({ donor: "eu", country: "AL" }));
    queue.push(setState({ donor: "gcerf", lang: "sq" }));
    queue.push(setState({ country: null }));
    frame();
    expect(applied).toEqual([setState({ donor: "gcerf", country: null, lang: "sq" })]);
  });

  test("consecutive selects are one, the last; the order of different commands is kept", () => {
    const { queue, applied, frame } = setup();
    queue.push(setState({ sel: "1" }));
    queue.push(select("2"));
    queue.push(select("3"));
    queue.push(setState({ donor: "eu" }));
    queue.push(setState({ sel: "4" }));
    queue.push(select(null));
    frame();
    expect(applied).toEqual([setState({ sel: "1" }), select("3"), setState({ donor: "eu", sel: "4" }), select(null)]);
  });

  test("getState is answered once a frame, after everything else", () => {
    const { queue, applied, frame } = setup();
    queue.push(getState);
    queue.push(setState({ donor: "eu" }));
    queue.push(getState);
    queue.push(getState);
    frame();
    expect(applied.map((c) => c.type)).toEqual(["setState", "getState"]);
    queue.push(getState);
    frame();
    expect(applied.map((c) => c.type)).toEqual(["setState", "getState", "getState"]);
  });

  test("a command that fails to apply is logged; the others are still applied", () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const applied: string[] = [];
    let run = () => {};
    const queue = createCommandQueue({
      apply: (c) => {
        if (c.type === "select") throw new Error("boom");
        applied.push(c.type);
      },
      schedule: (r) => ((run = r), () => {}),
      now: () => 0,
      log,
    });
    queue.push(setState({ donor: "eu" }));
    queue.push(select("1"));
    queue.push(getState);
    run();
    expect(applied).toEqual(["setState", "getState"]);
    expect(log.error).toHaveBeenCalledOnce();
  });

  test("stop cancels what waits and refuses what comes", () => {
    const { queue, applied, frame, waiting } = setup();
    queue.push(setState({ donor: "eu" }));
    queue.stop();
    expect(waiting()).toBe(0);
    expect(queue.push(setState({ donor: "eu" }))).toBe(false);
    frame();
    expect(applied).toEqual([]);
  });
});

describe("commands are rate-limited", () => {
  test(`a burst of ${COMMAND_BURST} is accepted at once; then ${COMMAND_RATE} a second; the rest are dropped`, () => {
    const { queue, applied, frame, tick } = setup();
    const accepted = () => applied.length;
    for (let i = 0; i < COMMAND_BURST + 10; i++) {
      // one select per frame: nothing is merged, so every accepted one is applied
      queue.push(select(String(i)));
      queue.push(setState({ donor: String(i) }));
    }
    frame();
    expect(accepted()).toBe(COMMAND_BURST);
    // half a second later: half a second's worth
    tick(500);
    for (let i = 0; i < COMMAND_RATE; i++) {
      queue.push(select(String(i)));
      queue.push(setState({ donor: String(i) }));
    }
    frame();
    expect(accepted()).toBe(COMMAND_BURST + COMMAND_RATE / 2);
    // after a quiet while, the bucket is full again, not fuller
    tick(60_000);
    let taken = 0;
    for (let i = 0; i < 2 * COMMAND_BURST; i++) if (queue.push(select(String(i)))) taken++;
    expect(taken).toBe(COMMAND_BURST);
    frame();
    // consecutive selects: one, the last accepted
    expect(applied.at(-1)).toEqual(select(String(COMMAND_BURST - 1)));
    expect(accepted()).toBe(COMMAND_BURST + COMMAND_RATE / 2 + 1);
  });

  test("push says whether a command was accepted; the last accepted value is the one applied", () => {
    const { queue, applied, frame } = setup({ rate: 10, burst: 3 });
    const results = ["a", "b", "c", "d", "e"].map((donor) => queue.push(setState({ donor })));
    expect(results).toEqual([true, true, true, false, false]);
    frame();
    expect(applied).toEqual([setState({ donor: "c" })]);
  });

  test("getState is never dropped: it is how a page learns what was applied", () => {
    const { queue, applied, frame } = setup({ rate: 1, burst: 1 });
    expect(queue.push(setState({ donor: "a" }))).toBe(true);
    expect(queue.push(setState({ donor: "b" }))).toBe(false);
    expect(queue.push(getState)).toBe(true);
    frame();
    expect(applied).toEqual([setState({ donor: "a" }), getState]);
  });

  test("a flood of 1,000 commands a second for 5 s: at most one application of each kind a frame, a bounded number accepted, one warning a second", () => {
    const { queue, applied, frame, tick, log } = setup();
    let frames = 0;
    let accepted = 0;
    for (let ms = 0; ms < 5000; ms++) {
      if (queue.push(setState({ donor: `d${ms}` }))) accepted++;
      tick(1);
      if (ms % 16 === 15) {
        frame();
        frames++;
      }
    }
    frame();
    // the bucket: its size, then its rate over 5 s
    expect(accepted).toBeLessThanOrEqual(COMMAND_BURST + 5 * COMMAND_RATE);
    expect(accepted).toBeGreaterThanOrEqual(5 * COMMAND_RATE);
    expect(applied.length).toBeLessThanOrEqual(frames + 1);
    // a warning on the first drop, then at most one a second, each counting what was dropped since the last
    expect(log.warn.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(log.warn.mock.calls.length).toBeLessThanOrEqual(5000 / WARN_INTERVAL_MS);
    expect(log.warn.mock.calls[0]![0]).toMatch(/over 60 a second are dropped \(1 since the last warning\)/);
    expect(log.warn.mock.calls[1]![0]).toMatch(/\((\d{3}) since the last warning\)/);
  });
});

describe("the real scheduler", () => {
  test("runs once, at the next frame or after the fallback time, whichever comes first; can be cancelled", () => {
    const frames = new Map<number, FrameRequestCallback>();
    let id = 0;
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => (frames.set(++id, callback), id));
    vi.stubGlobal("cancelAnimationFrame", (frame: number) => frames.delete(frame));
    const draw = () => {
      const callbacks = [...frames.values()];
      frames.clear();
      for (const callback of callbacks) callback(0);
    };
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const run = vi.fn();
      nextFrame(100)(run);
      draw();
      expect(run).toHaveBeenCalledOnce();
      vi.advanceTimersByTime(200);
      expect(run).toHaveBeenCalledOnce();
      // no frame is drawn (a hidden embed): the fallback runs it, and a late frame does not run it again
      const hidden = vi.fn();
      nextFrame(100)(hidden);
      vi.advanceTimersByTime(99);
      expect(hidden).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(hidden).toHaveBeenCalledOnce();
      draw();
      expect(hidden).toHaveBeenCalledOnce();
      const cancelled = vi.fn();
      nextFrame(100)(cancelled)();
      draw();
      vi.advanceTimersByTime(500);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
