import { describe, expect, it } from "vitest";
import {
  CHEAP_CALL_MS,
  gapAfter,
  MIN_GAP_MS,
  nextSnapshotAt,
  QUIET_GAPS,
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

  it("looks at once the first time", () => {
    expect(nextSnapshotAt({ lastAnsweredAt: undefined, lastCostMs: 0 }, false)).toBe(
      Number.NEGATIVE_INFINITY,
    );
  });

  it("keeps a cheap log on every gap, busy or quiet, so a lone unread response shows within a second or two", () => {
    const cheap = { lastAnsweredAt: 1000, lastCostMs: CHEAP_CALL_MS };
    expect(nextSnapshotAt(cheap, false)).toBe(nextSnapshotAt(cheap, true));
    expect(nextSnapshotAt(cheap, false) - 1000 + CHEAP_CALL_MS).toBeLessThan(2000);
  });

  it("asks a costly log less often while the page is quiet", () => {
    const costly = { lastAnsweredAt: 0, lastCostMs: 3700 };
    expect(nextSnapshotAt(costly, true)).toBeCloseTo(gapAfter(3700), 0);
    expect(nextSnapshotAt(costly, false)).toBeCloseTo(gapAfter(3700) * QUIET_GAPS, 0);
  });
});
