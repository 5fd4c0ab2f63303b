import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSizeValue, parseSizeValue } from "../../../src/core/filter/size-filter-value";

describe("parseSizeValue (1024-based, as Chrome)", () => {
  it.each<[string, ReturnType<typeof parseSizeValue>]>([
    ["0", { ok: true, bytes: 0 }],
    ["100k", { ok: true, bytes: 102400 }],
    ["100K", { ok: true, bytes: 102400 }],
    ["2M", { ok: true, bytes: 2097152 }],
    ["0.5k", { ok: true, bytes: 512 }],
    ["100kb", { ok: false, suggestion: "100k" }],
    ["3 MiB", { ok: false, suggestion: "3M" }],
    ["1G", { ok: false, suggestion: "1024M" }],
    ["12B", { ok: false, suggestion: "12" }],
    ["9999999999999999M", { ok: false }],
    ["-1", { ok: false }],
    ["1e3", { ok: false }],
  ])("%j", (value, expected) => {
    expect(parseSizeValue(value)).toEqual(expected);
  });

  it("formats every byte count so that it parses back", () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), (bytes) => {
        expect(parseSizeValue(formatSizeValue(bytes))).toEqual({ ok: true, bytes });
      }),
    );
  });
});
