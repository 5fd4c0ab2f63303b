import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { gapAfter, IDLE_LOOK_MS, LiveCapture } from "../../src/core/capture";
import { startSnapshotLoop } from "../../src/devtools/snapshot-loop";

/** A DevTools whose getHAR takes `costMs` of (fake) time, and a page whose resource count the test sets. */
function fakeDevtools(costMs: number) {
  const calls: number[] = [];
  const page = { resources: 0 };
  const controller = new AbortController();
  const loop = startSnapshotLoop({
    capture: new LiveCapture({ preserveLog: () => false }),
    getHar: () => {
      calls.push(Date.now());
      return new Promise((resolve) => setTimeout(() => resolve([]), costMs));
    },
    pageActivity: () => Promise.resolve(page.resources),
    now: Date.now,
    signal: controller.signal,
  });
  return { calls, page, loop, stop: () => controller.abort() };
}

describe("snapshot loop in the devtools page", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("asks nothing while the panel is hidden, and at once when it is shown", async () => {
    const devtools = fakeDevtools(10);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(devtools.calls).toEqual([]);
    devtools.loop.setVisible(true);
    expect(devtools.calls).toEqual([30_000]);
    devtools.stop();
  });

  it("looks again for traffic onRequestFinished missed, no sooner than the gap the last call's cost earns", async () => {
    const devtools = fakeDevtools(1000);
    devtools.loop.setVisible(true);
    await vi.advanceTimersByTimeAsync(1000);
    devtools.page.resources = 5;
    await vi.advanceTimersByTimeAsync(gapAfter(1000) - 300);
    expect(devtools.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(devtools.calls).toHaveLength(2);
    devtools.stop();
  });

  it("does not look for traffic onRequestFinished already told of, until the idle look", async () => {
    const devtools = fakeDevtools(10);
    devtools.loop.setVisible(true);
    await vi.advanceTimersByTimeAsync(100);
    devtools.page.resources = 3;
    for (const type of ["fetch", "script", "xhr"]) devtools.loop.finished(type);
    await vi.advanceTimersByTimeAsync(IDLE_LOOK_MS - 500);
    expect(devtools.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(devtools.calls).toHaveLength(2);
    devtools.stop();
  });

  it("keeps one call at a time, stops looking when hidden, and ends with the signal", async () => {
    const devtools = fakeDevtools(5000);
    devtools.loop.setVisible(true);
    devtools.loop.want();
    await vi.advanceTimersByTimeAsync(4000);
    expect(devtools.calls).toHaveLength(1);
    devtools.loop.setVisible(false);
    devtools.loop.want();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(devtools.calls).toHaveLength(1);
    devtools.loop.setVisible(true);
    devtools.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(devtools.calls).toHaveLength(2);
  });
});
