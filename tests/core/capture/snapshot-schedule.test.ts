import { describe, expect, it } from "vitest";
import {
  gapAfter,
  hasUnseenTraffic,
  IDLE_GAPS,
  IDLE_LOOK_MS,
  isTimedResource,
  MIN_GAP_MS,
  nextSnapshotAt,
  SNAPSHOT_SHARE,
} from "../../../src/core/capture";

describe("snapshot schedule", () => {
  it.each([
    [0, MIN_GAP_MS],
    [20, MIN_GAP_MS],
    [180, 1020],
    [1000, 5667],
    [3700, 20967],
  ])(
    "after a getHAR of %i ms waits %i ms, so DevTools spends at most the stated share answering",
    (cost, gap) => {
      expect(gapAfter(cost)).toBeCloseTo(gap, 0);
      if (gap > MIN_GAP_MS) expect(cost / (cost + gapAfter(cost))).toBeCloseTo(SNAPSHOT_SHARE, 5);
    },
  );

  it("treats an unreadable cost as free", () => {
    expect(gapAfter(Number.NaN)).toBe(MIN_GAP_MS);
    expect(gapAfter(-5)).toBe(MIN_GAP_MS);
  });

  it("looks at once the first time, after the gap when wanted, and only on the idle look otherwise", () => {
    expect(nextSnapshotAt({ lastAnsweredAt: undefined, lastCostMs: 0 }, false)).toBe(
      Number.NEGATIVE_INFINITY,
    );
    expect(nextSnapshotAt({ lastAnsweredAt: 1000, lastCostMs: 180 }, true)).toBeCloseTo(2020, 0);
    expect(nextSnapshotAt({ lastAnsweredAt: 1000, lastCostMs: 180 }, false)).toBe(1000 + IDLE_LOOK_MS);
    expect(nextSnapshotAt({ lastAnsweredAt: 0, lastCostMs: 3700 }, false)).toBeCloseTo(
      gapAfter(3700) * IDLE_GAPS,
      0,
    );
  });

  it("sees unseen traffic only when the page loaded more than onRequestFinished told of", () => {
    expect(hasUnseenTraffic(3, 3)).toBe(false);
    expect(hasUnseenTraffic(4, 3)).toBe(true);
    expect(hasUnseenTraffic(0, 2)).toBe(false);
    expect(["fetch", "xhr", "script", "eventsource"].every(isTimedResource)).toBe(true);
    expect(["document", "websocket"].some(isTimedResource)).toBe(false);
  });
});
