import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatStatusRange, parseStatusValue } from "../../../src/core/filter/status-filter-value";

const INF = Number.POSITIVE_INFINITY;

describe("parseStatusValue", () => {
  it.each<[string, ReturnType<typeof parseStatusValue>]>([
    ["404", { ok: true, ranges: [{ min: 404, max: 404 }] }],
    ["5xx", { ok: true, ranges: [{ min: 500, max: 599 }] }],
    [">=400", { ok: true, ranges: [{ min: 400, max: INF }] }],
    ["<1", { ok: true, ranges: [{ min: 0, max: 0 }] }],
    ["<0", { ok: false }],
    ["499-400", { ok: false, suggestion: "400-499" }],
    ["400-", { ok: false, suggestion: ">=400" }],
    ["4**", { ok: false, suggestion: "4xx" }],
    ["4", { ok: true, ranges: [{ min: 4, max: 4 }] }],
    ["=404", { ok: false, suggestion: "404" }],
    ["404,", { ok: false }],
    ["", { ok: false }],
  ])("%j", (value, expected) => {
    expect(parseStatusValue(value)).toEqual(expected);
  });

  it("formats every range so that it parses back", () => {
    const range = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((min) => ({ min, max: INF })),
      fc.tuple(fc.nat(999), fc.nat(999)).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(range, (r) => {
        expect(parseStatusValue(formatStatusRange(r))).toEqual({ ok: true, ranges: [r] });
      }),
    );
  });
});
