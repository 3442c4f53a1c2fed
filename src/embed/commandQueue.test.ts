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

describe("commands are rate-limited, never lost", () => {
  test(`a burst of ${COMMAND_BURST} is applied at once; the rest wait, merged, and are applied as the rate allows`, () => {
    const { queue, applied, frame, tick } = setup();
    for (let i = 0; i < COMMAND_BURST + 10; i++) {
      // alternating kinds: nothing in the burst is merged, so each accepted command is applied on its own
      queue.push(select(String(i)));
      queue.push(setState({ donor: String(i) }));
    }
    frame();
    expect(applied).toHaveLength(COMMAND_BURST);
    // the rest waited as one setState and one select (the last of each), in the order they last came
    tick(1000 / COMMAND_RATE);
    frame();
    expect(applied.slice(COMMAND_BURST)).toEqual([
      select(String(COMMAND_BURST + 9)),
      setState({ donor: String(COMMAND_BURST + 9) }),
    ]);
    // nothing else waits
    tick(1000);
    frame();
    expect(applied).toHaveLength(COMMAND_BURST + 2);
  });

  test("over the rate, the last value sent is still the one the map ends on", () => {
    const { queue, applied, frame, tick, waiting } = setup({ rate: 10, burst: 3 });
    for (const donor of ["a", "b", "c", "d", "e"]) expect(queue.push(setState({ donor }))).toBe(true);
    frame();
    expect(applied).toEqual([setState({ donor: "c" })]);
    // no token yet: it keeps waiting (and asks for another frame)
    frame();
    expect(applied).toHaveLength(1);
    expect(waiting()).toBe(1);
    tick(100);
    frame();
    expect(applied).toEqual([setState({ donor: "c" }), setState({ donor: "e" })]);
    expect(waiting()).toBe(0);
  });

  test("getState is answered once everything sent before it is applied, waiting commands included", () => {
    const { queue, applied, frame, tick } = setup({ rate: 1, burst: 1 });
    queue.push(setState({ donor: "a" }));
    queue.push(setState({ donor: "b" }));
    queue.push(getState);
    frame();
    expect(applied).toEqual([setState({ donor: "a" })]);
    tick(1000);
    frame();
    expect(applied).toEqual([setState({ donor: "a" }), setState({ donor: "b" }), getState]);
  });

  test("a flood of 1,000 commands a second for 5 s: at most one application of each kind a frame, the last value applied, one warning a second", () => {
    const { queue, applied, frame, tick, log } = setup();
    let frames = 0;
    for (let ms = 0; ms < 5000; ms++) {
      queue.push(setState({ donor: `d${ms}` }));
      tick(1);
      if (ms % 16 === 15) {
        frame();
        frames++;
      }
    }
    tick(1000);
    frame();
    expect(applied.length).toBeLessThanOrEqual(frames + 1);
    expect(applied.at(-1)).toEqual(setState({ donor: "d4999" }));
    // a warning when commands first wait, then at most one a second, each counting what waited since the last
    expect(log.warn.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(log.warn.mock.calls.length).toBeLessThanOrEqual(5000 / WARN_INTERVAL_MS);
    expect(log.warn.mock.calls[0]![0]).toMatch(/over 60 a second wait and are merged \(1 since the last warning\)/);
    expect(log.warn.mock.calls[1]![0]).toMatch(/\((\d{3,4}) since the last warning\)/);
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
