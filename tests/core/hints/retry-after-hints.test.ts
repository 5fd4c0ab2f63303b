import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryAfterHints } from "../../../src/core/hints/retry-after-hints";
import { recordWith } from "../record-builder";

const now = new Date("2026-11-25T14:02:28Z");

describe("parseRetryAfter (RFC 9110 §10.2.3)", () => {
  it.each<[string, number | undefined, string | undefined]>([
    ["42", 42, "2026-11-25T14:03:10.000Z"],
    [" 0 ", 0, "2026-11-25T14:02:28.000Z"],
    ["007", 7, "2026-11-25T14:02:35.000Z"],
    ["Wed, 25 Nov 2026 14:03:10 GMT", 42, "2026-11-25T14:03:10.000Z"],
    ["Wednesday, 25-Nov-26 14:03:10 GMT", 42, "2026-11-25T14:03:10.000Z"],
    ["Wed Nov 25 14:03:10 2026", 42, "2026-11-25T14:03:10.000Z"],
    ["Wed, 25 Nov 2026 14:00:00 GMT", 0, "2026-11-25T14:00:00.000Z"],
    ["99999999999999999999", 2 ** 31, "2094-12-13T17:16:36.000Z"],
    ["-5", undefined, undefined],
    ["1.5", undefined, undefined],
    ["42s", undefined, undefined],
    ["4 2", undefined, undefined],
    ["tomorrow", undefined, undefined],
    ["", undefined, undefined],
  ])("%j → %s s", (value, seconds, at) => {
    const result = parseRetryAfter(value, now);
    expect(result?.seconds).toBe(seconds);
    expect(result?.at.toISOString()).toBe(at);
  });

  it("gives back n seconds for every delta-seconds n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        const result = parseRetryAfter(String(n), now);
        expect(result?.seconds).toBe(n);
        expect(result?.at.getTime()).toBe(now.getTime() + n * 1000);
      }),
    );
  });

  it("reads any IMF-fixdate as that instant, seconds counted up from now and never negative", () => {
    const range = {
      min: new Date("1970-01-01T00:00:00Z"),
      max: new Date("9999-12-31T23:59:59Z"),
      noInvalidDate: true,
    };
    fc.assert(
      fc.property(fc.date(range), (date) => {
        const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
        const result = parseRetryAfter(whole.toUTCString(), now);
        expect(result?.at.getTime()).toBe(whole.getTime());
        expect(result?.seconds).toBe(Math.max(0, Math.ceil((whole.getTime() - now.getTime()) / 1000)));
      }),
    );
  });

  it("never throws; a result always has finite non-negative seconds and a valid date", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.bigInt().map(String),
          fc.double().map(String),
        ),
        (value) => {
          const result = parseRetryAfter(value, now);
          if (!result) return;
          expect(Number.isFinite(result.seconds) && result.seconds >= 0).toBe(true);
          expect(Number.isNaN(result.at.getTime())).toBe(false);
        },
      ),
    );
  });
});

const hintNow = new Date("2026-11-25T13:02:28Z");

describe("retryAfterHints", () => {
  it.each<[string | undefined, number, string[]]>([
    ["42", 60, ["Retry-After: wait 42 s after the response, until 14:03:10 (UTC+01:00)."]],
    [
      "Wed, 25 Nov 2026 13:03:10 GMT",
      -300,
      ["Retry-After: wait 42 s after the response, until 08:03:10 (UTC-05:00)."],
    ],
    ["3600", 0, ["Retry-After: wait 3600 s (about 1 h) after the response, until 14:02:28 (UTC+00:00)."]],
    [
      "Wed, 25 Nov 2026 12:00:00 GMT",
      0,
      ["Retry-After names a time already past (12:00:00 (UTC+00:00)): retrying now is allowed."],
    ],
    ["soon", 0, ["Retry-After “soon” is neither seconds nor an HTTP-date; clients will ignore it."]],
    [undefined, 0, []],
  ])("%j at offset %i", (value, offset, expected) => {
    const record = recordWith({
      status: 429,
      responseHeaders: value === undefined ? {} : { "Retry-After": value },
    });
    expect(retryAfterHints(record, hintNow, offset).map((h) => h.text)).toEqual(expected);
  });
});

describe("the end of the wait, for whoever counts down to it", () => {
  it("is the time Retry-After names, as of the response", () => {
    const record = recordWith({ responseHeaders: { "Retry-After": "30" } });
    expect(retryAfterHints(record, hintNow, 0)[0]?.until).toBe("2026-11-25T13:02:58.000Z");
  });
});
