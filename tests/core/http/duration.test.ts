import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDuration } from "../../../src/core/http/duration";

describe("formatDuration", () => {
  it.each<[number, string]>([
    [0, "0 ms"],
    [0.4, "0 ms"],
    [120, "120 ms"],
    [999.4, "999 ms"],
    [999.5, "1.00 s"],
    [1200, "1.20 s"],
    [59_994, "59.99 s"],
    [59_996, "1.0 min"],
    [150_000, "2.5 min"],
    [3_600_000, "1.0 hrs"],
    [2 * 86_400_000, "2.0 days"],
  ])("%f ms → %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it("never writes a rounded value that reaches the next unit", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (ms) => {
        expect(formatDuration(ms)).not.toMatch(/^(1000 ms|60\.00 s|60\.0 min|24\.0 hrs)$/);
      }),
    );
  });
});
