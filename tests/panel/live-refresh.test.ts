import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QUICK_MS, STREAM_GAP_MS, throttledRefresh } from "../../src/panel/state/live-refresh";

describe("live refresh", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  /** A view that asks for a refresh whenever a change arrives and none is due, as createLiveView does. */
  function viewFed() {
    const refresh = throttledRefresh(setTimeout, Date.now);
    const shownAt: number[] = [];
    let due = false;
    const arrive = () => {
      if (due) return;
      due = true;
      refresh(() => {
        due = false;
        shownAt.push(Date.now());
      });
    };
    return { arrive, shownAt };
  }

  it("shows a change after a quiet spell within a few frames", async () => {
    const view = viewFed();
    view.arrive();
    await vi.advanceTimersByTimeAsync(QUICK_MS);
    expect(view.shownAt).toEqual([QUICK_MS]);
    await vi.advanceTimersByTimeAsync(5_000);
    view.arrive();
    await vi.advanceTimersByTimeAsync(QUICK_MS);
    expect(view.shownAt).toEqual([QUICK_MS, 5_000 + 2 * QUICK_MS]);
  });

  it("draws a stream of changes (one every 3 ms for 10 s) at most every STREAM_GAP_MS, none later than that", async () => {
    const view = viewFed();
    for (let t = 0; t < 10_000; t += 3) {
      view.arrive();
      await vi.advanceTimersByTimeAsync(3);
    }
    await vi.advanceTimersByTimeAsync(STREAM_GAP_MS);
    const gaps = view.shownAt.slice(1).map((at, i) => at - (view.shownAt[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(STREAM_GAP_MS);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(STREAM_GAP_MS + 3);
    expect(view.shownAt.length).toBeGreaterThanOrEqual(19);
  });
});
