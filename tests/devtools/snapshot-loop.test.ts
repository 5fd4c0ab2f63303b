import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { gapAfter, LiveCapture, QUIET_GAPS } from "../../src/core/capture";
import { startSnapshotLoop } from "../../src/devtools/snapshot-loop";
import { harEntry } from "../core/capture/har-entry";

/** A DevTools whose getHAR takes `costMs` of (fake) time and lists `log`. */
function fakeDevtools(costMs: number, log: readonly unknown[] = []) {
  const calls: number[] = [];
  const controller = new AbortController();
  const loop = startSnapshotLoop({
    capture: new LiveCapture({ preserveLog: () => false }),
    getHar: () => {
      calls.push(Date.now());
      return new Promise((resolve) => setTimeout(() => resolve(log), costMs));
    },
    now: Date.now,
    signal: controller.signal,
  });
  return { calls, loop, stop: () => controller.abort() };
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

  it("asks a cheap log again on every gap, whether or not the page seems busy", async () => {
    const devtools = fakeDevtools(100);
    devtools.loop.setVisible(true);
    await vi.advanceTimersByTimeAsync(5_000);
    const gaps = devtools.calls.slice(1).map((at, i) => at - (devtools.calls[i] ?? 0));
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(100 + gapAfter(100) + 250);
    devtools.stop();
  });

  it("waits the gap a costly call earns when busy, three gaps when quiet", async () => {
    const devtools = fakeDevtools(1000);
    devtools.loop.setVisible(true);
    await vi.advanceTimersByTimeAsync(1000 + gapAfter(1000) + 300);
    expect(devtools.calls).toHaveLength(1);
    devtools.loop.busy();
    await vi.advanceTimersByTimeAsync(300);
    expect(devtools.calls).toHaveLength(2);
    const quietFrom = (devtools.calls[1] ?? 0) + 1000 + gapAfter(1000) * QUIET_GAPS;
    await vi.advanceTimersByTimeAsync(quietFrom - Date.now() - 100);
    expect(devtools.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(400);
    expect(devtools.calls).toHaveLength(3);
    devtools.stop();
  });

  it("asks a costly log on every gap while a response it listed stays unfinished (a body the page never read)", async () => {
    const gaps = async (log: readonly unknown[]) => {
      const devtools = fakeDevtools(1000, log);
      devtools.loop.setVisible(true);
      await vi.advanceTimersByTimeAsync(60_000);
      devtools.stop();
      return devtools.calls.length;
    };
    const unread = harEntry({ url: "https://app.test/api/orders", started: 1, state: 500 });
    const quiet = await gaps([]);
    const needed = await gaps([unread]);
    expect(quiet).toBeLessThanOrEqual(6);
    expect(needed).toBeGreaterThanOrEqual(quiet * 2);
  });

  it("keeps one call at a time, stops looking when hidden, and ends with the signal", async () => {
    const devtools = fakeDevtools(5000);
    devtools.loop.setVisible(true);
    devtools.loop.busy();
    await vi.advanceTimersByTimeAsync(4000);
    expect(devtools.calls).toHaveLength(1);
    devtools.loop.setVisible(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(devtools.calls).toHaveLength(1);
    devtools.loop.setVisible(true);
    expect(devtools.calls).toHaveLength(2);
    devtools.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(devtools.calls).toHaveLength(2);
  });
});

describe("snapshot loop when DevTools misbehaves", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("asks again after a getHAR that never answers, and after a merge that throws", async () => {
    const calls: number[] = [];
    const controller = new AbortController();
    const capture = new LiveCapture({ preserveLog: () => false });
    const answers = [() => new Promise<readonly unknown[]>(() => {}), () => Promise.resolve([{}])];
    const loop = startSnapshotLoop({
      capture,
      getHar: () => {
        calls.push(Date.now());
        return (answers[calls.length - 1] ?? (() => Promise.resolve([])))();
      },
      now: Date.now,
      signal: controller.signal,
    });
    vi.spyOn(capture, "snapshot").mockImplementationOnce(() => ({
      step: () => {
        throw new Error("broken slice");
      },
    }));
    loop.setVisible(true);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(calls).toEqual([0, 60_000]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    controller.abort();
  });
});
