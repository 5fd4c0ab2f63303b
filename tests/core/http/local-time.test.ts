import { describe, expect, it } from "vitest";
import {
  formatLocalTime,
  formatSeconds,
  formatUtcOffset,
  formatWait,
} from "../../../src/core/http/local-time";

const now = new Date("2026-11-25T13:02:28Z");

describe("formatLocalTime", () => {
  it.each<[string, number, string]>([
    ["2026-11-25T13:03:10Z", 60, "14:03:10 (UTC+01:00)"],
    ["2026-11-25T13:03:10Z", 0, "13:03:10 (UTC+00:00)"],
    ["2026-11-25T13:03:10Z", -210, "09:33:10 (UTC-03:30)"],
    ["2026-11-25T23:30:00Z", 60, "2026-11-26 00:30:00 (UTC+01:00)"],
    ["2026-11-25T13:03:10Z", 345, "18:48:10 (UTC+05:45)"],
  ])("%s at offset %i → %s", (at, offset, expected) => {
    expect(formatLocalTime(new Date(at), now, offset)).toBe(expected);
  });
});

describe("formatUtcOffset / formatSeconds", () => {
  it.each<[number, string]>([
    [0, "UTC+00:00"],
    [60, "UTC+01:00"],
    [-480, "UTC-08:00"],
    [330, "UTC+05:30"],
  ])("%i → %s", (offset, expected) => {
    expect(formatUtcOffset(offset)).toBe(expected);
  });

  it.each<[number, string]>([
    [0, "0 s"],
    [42, "42 s"],
    [119, "119 s"],
    [600, "600 s (about 10 min)"],
    [5400, "5400 s (about 1.5 h)"],
    [259200, "259200 s (about 3 days)"],
  ])("%i → %s", (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });
});

describe("formatWait", () => {
  const until = new Date("2026-11-25T13:03:10Z");
  it.each<[number, string]>([
    [-42_000, "42 s left"],
    [-1, "1 s left"],
    [-600_000, "10 min left"],
    [0, "the wait is over"],
    [4_000, "the wait is over"],
    [30_000, "the wait ended 30 s ago"],
    [180_000, "the wait ended 3 min ago"],
    [86_400_000 + 3_600_000, "the wait ended 25 h ago"],
    [5 * 86_400_000, "the wait ended 5 days ago"],
  ])("%i ms after the end → %s", (offset, expected) => {
    expect(formatWait(until, new Date(until.getTime() + offset))).toBe(expected);
  });

  it("says nothing of a time it cannot read", () => {
    expect(formatWait(new Date(Number.NaN), until)).toBe("");
  });
});
