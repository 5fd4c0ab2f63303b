import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHttpDate } from "../../../src/core/http/http-date";

const now = new Date("2026-11-25T10:00:00Z");

describe("parseHttpDate (RFC 9110 §5.6.7)", () => {
  it.each<[string, string | undefined]>([
    ["Sun, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37.000Z"],
    ["  Wed, 25 Nov 2026 10:00:42 GMT ", "2026-11-25T10:00:42.000Z"],
    ["wed, 25 nov 2026 10:00:42 gmt", "2026-11-25T10:00:42.000Z"],
    ["Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37.000Z"],
    ["Thursday, 01-Jan-76 00:00:00 GMT", "2076-01-01T00:00:00.000Z"],
    ["Saturday, 01-Jan-77 00:00:00 GMT", "1977-01-01T00:00:00.000Z"],
    ["Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37.000Z"],
    ["Sun Nov 16 08:49:37 1994", "1994-11-16T08:49:37.000Z"],
    ["Tue, 30 Jun 2015 23:59:60 GMT", "2015-07-01T00:00:00.000Z"],
    ["Sun, 31 Feb 2026 08:49:37 GMT", undefined],
    ["Sun, 06 Nov 1994 24:00:00 GMT", undefined],
    ["Sun, 06 Nov 1994 08:49:37 UTC", undefined],
    ["Sun, 6 Nov 1994 08:49:37 GMT", undefined],
    ["1994-11-06T08:49:37Z", undefined],
    ["", undefined],
    ["120", undefined],
  ])("%j", (value, expected) => {
    expect(parseHttpDate(value, now)?.toISOString()).toBe(expected);
  });

  it("reads back every IMF-fixdate it could have written", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1970-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
          expect(parseHttpDate(whole.toUTCString(), now)?.getTime()).toBe(whole.getTime());
        },
      ),
    );
  });

  it("never throws and returns a valid date or nothing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (value) => {
        const date = parseHttpDate(value, now);
        if (date) expect(Number.isNaN(date.getTime())).toBe(false);
      }),
    );
  });
});
